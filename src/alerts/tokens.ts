import { createHmac } from 'node:crypto';
import { sameSecret } from '../web/add/csrf.js';

// Signed, expiring tokens of the links in emails: `<purpose>.<subscription id>.<expiry s>.<mac>`,
// the MAC an HMAC-SHA256 with ISNAD_SECRET, compared in constant time.

export type TokenPurpose = 'confirm' | 'unsubscribe' | 'manage';

/** Seconds a confirmation link works. */
export const CONFIRM_TTL_S = 3 * 24 * 3600;
/** Seconds unsubscribe and manage links work: long, since old emails are still clicked. */
export const UNSUBSCRIBE_TTL_S = 365 * 24 * 3600;

export const TTL_OF: Record<TokenPurpose, number> = { confirm: CONFIRM_TTL_S, unsubscribe: UNSUBSCRIBE_TTL_S, manage: UNSUBSCRIBE_TTL_S };

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

export function signToken(secret: string, purpose: TokenPurpose, subscriptionId: number, now: Date): string {
  const body = `${purpose}.${subscriptionId}.${Math.floor(now.getTime() / 1000) + TTL_OF[purpose]}`;
  return `${body}.${mac(secret, body)}`;
}

export type TokenCheck =
  | { ok: true; subscriptionId: number }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose' };

export function verifyToken(secret: string, token: string, purpose: TokenPurpose, now: Date): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 4 || !/^\d+$/.test(parts[1]!) || !/^\d+$/.test(parts[2]!)) return { ok: false, reason: 'malformed' };
  const [p, id, exp, given] = parts as [string, string, string, string];
  if (!sameSecret(given, mac(secret, `${p}.${id}.${exp}`))) return { ok: false, reason: 'bad-signature' };
  if (p !== purpose) return { ok: false, reason: 'wrong-purpose' };
  if (Number(exp) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, subscriptionId: Number(id) };
}
