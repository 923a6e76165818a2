import { SUBSCRIPTION_KINDS, SUBSCRIPTION_MODES } from '../store/migrations/005-alerts.js';
import type { NewSubscription } from '../store/alerts.js';

// What a subscription request may hold; refusals are values with the field and the reason.

/** RFC 5321's limit on a path: longer addresses cannot be delivered. */
export const EMAIL_MAX_CHARS = 254;
/** Characters of a subscription's target (an id, an outlet, search words). */
export const TARGET_MAX_CHARS = 200;
/** An address: no spaces, controls or angle brackets; one @; a dot in the domain. */
const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export type Checked = { ok: true; value: NewSubscription } | { ok: false; field: string; reason: string };

export function checkSubscription(input: Record<string, unknown>): Checked {
  const { email, kind, target, mode = 'immediate' } = input;
  if (typeof email !== 'string' || !email) return { ok: false, field: 'email', reason: 'is required' };
  if (CONTROL.test(email)) return { ok: false, field: 'email', reason: 'must be one address on one line (no line breaks or control characters)' };
  if (email.length > EMAIL_MAX_CHARS) return { ok: false, field: 'email', reason: `is longer than ${EMAIL_MAX_CHARS} characters` };
  if (!EMAIL.test(email)) return { ok: false, field: 'email', reason: 'is not an email address' };
  if (typeof kind !== 'string' || !(SUBSCRIPTION_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, field: 'kind', reason: `must be one of ${SUBSCRIPTION_KINDS.join(', ')}` };
  }
  if (typeof mode !== 'string' || !(SUBSCRIPTION_MODES as readonly string[]).includes(mode)) {
    return { ok: false, field: 'mode', reason: `must be one of ${SUBSCRIPTION_MODES.join(', ')}` };
  }
  if (typeof target !== 'string' || !target.trim()) return { ok: false, field: 'target', reason: 'is required' };
  if (target.length > TARGET_MAX_CHARS || CONTROL.test(target)) return { ok: false, field: 'target', reason: `must be one line of at most ${TARGET_MAX_CHARS} characters` };
  // Outlets are matched case-insensitively (src/alerts/enqueue.ts).
  const t = kind === 'outlet' ? target.trim().toLowerCase() : target.trim();
  return { ok: true, value: { email: email.toLowerCase(), kind: kind as NewSubscription['kind'], target: t, mode: mode as NewSubscription['mode'] } };
}
