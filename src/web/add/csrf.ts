import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Signed double-submit tokens for the /add form: the same token in a cookie and in a hidden
// field, signed with a per-process secret, so that another site can neither read nor forge it.

export const CSRF_COOKIE = 'isnad_csrf';
export const CSRF_FIELD = 'csrf';
/** Random bytes in a token's nonce. */
const NONCE_BYTES = 18;

const sign = (secret: Uint8Array, nonce: string) => createHmac('sha256', secret).update(nonce).digest('base64url');

export function newCsrfToken(secret: Uint8Array): string {
  const nonce = randomBytes(NONCE_BYTES).toString('base64url');
  return `${nonce}.${sign(secret, nonce)}`;
}

/** True when the cookie and the field hold the same token, signed with our secret. */
export function checkCsrf(secret: Uint8Array, cookie: string | undefined, field: string | undefined): boolean {
  if (!cookie || !field || !sameSecret(cookie, field)) return false;
  const [nonce, mac, ...rest] = field.split('.');
  return Boolean(nonce && mac && rest.length === 0 && sameSecret(mac, sign(secret, nonce)));
}

/** Constant-time comparison of two strings of any length (compares their digests). */
export function sameSecret(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}
