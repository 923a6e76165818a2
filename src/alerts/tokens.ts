import { createHmac } from 'node:crypto';
import { sameSecret } from '../web/add/csrf.js';

// Signed, expiring tokens of the links in emails: `<purpose>.<subscription ids>.<expiry s>.<mac>`,
// the ids joined by `-` (a digest's one-click unsubscribe ends every subscription it covers), the MAC
// an HMAC-SHA256 with ISNAD_SECRET, compared in constant time.

export type TokenPurpose = 'confirm' | 'unsubscribe' | 'manage';

/** Seconds a confirmation link works. */
export const CONFIRM_TTL_S = 3 * 24 * 3600;
/** Seconds unsubscribe and manage links work: long, since old emails are still clicked. */
export const UNSUBSCRIBE_TTL_S = 365 * 24 * 3600;
/** Subscriptions one token may name (a digest's every subscription); bounds the work of a forged token. */
export const MAX_TOKEN_IDS = 200;

export const TTL_OF: Record<TokenPurpose, number> = { confirm: CONFIRM_TTL_S, unsubscribe: UNSUBSCRIBE_TTL_S, manage: UNSUBSCRIBE_TTL_S };

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

/** A token for one subscription, or for several at once (`unsubscribe` of a digest). */
export function signToken(secret: string, purpose: TokenPurpose, subscriptions: number | readonly number[], now: Date): string {
  const ids = typeof subscriptions === 'number' ? [subscriptions] : [...new Set(subscriptions)].sort((a, b) => a - b);
  if (!ids.length || ids.length > MAX_TOKEN_IDS) throw new RangeError(`a token names 1 to ${MAX_TOKEN_IDS} subscriptions, not ${ids.length}`);
  const body = `${purpose}.${ids.join('-')}.${Math.floor(now.getTime() / 1000) + TTL_OF[purpose]}`;
  return `${body}.${mac(secret, body)}`;
}

export type TokenCheck =
  | { ok: true; subscriptionId: number; subscriptionIds: number[] }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose' };

const IDS = new RegExp(`^\\d{1,15}(-\\d{1,15}){0,${MAX_TOKEN_IDS - 1}}$`);

export function verifyToken(secret: string, token: string, purpose: TokenPurpose, now: Date): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 4 || !IDS.test(parts[1]!) || !/^\d{1,15}$/.test(parts[2]!)) return { ok: false, reason: 'malformed' };
  const [p, id, exp, given] = parts as [string, string, string, string];
  if (!sameSecret(given, mac(secret, `${p}.${id}.${exp}`))) return { ok: false, reason: 'bad-signature' };
  if (p !== purpose) return { ok: false, reason: 'wrong-purpose' };
  if (Number(exp) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  const subscriptionIds = id.split('-').map(Number);
  return { ok: true, subscriptionId: subscriptionIds[0]!, subscriptionIds };
}
