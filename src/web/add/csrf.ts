import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Site } from '../site.js';

// Signed double-submit tokens for the site's forms (/add, subscribe, claim corrections): the same token
// in a cookie and in a hidden field, signed with a per-process secret, so that another site can neither
// read nor forge it.

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

/** Where a family of forms keeps its token: the cookie's name, the paths it must reach, its life. */
export interface CsrfCookie {
  name: string;
  /** The cookie's path: it must cover the pages that show the forms and the routes they post to. */
  path: string;
  /** Seconds the cookie lives after the last page that showed a form. */
  maxAgeS: number;
  /** Keep this browser's valid token (two open pages both submit), or sign a new one per page. */
  reuse: boolean;
}

/** The token to put in this page's form, setting its cookie. */
export function issueCsrf(c: Context, secret: Uint8Array, spec: CsrfCookie): string {
  const had = spec.reuse ? getCookie(c, spec.name) : undefined;
  const token = had && checkCsrf(secret, had, had) ? had : newCsrfToken(secret);
  setCookie(c, spec.name, token, {
    path: spec.path, httpOnly: true, sameSite: 'Strict', maxAge: spec.maxAgeS, secure: new URL(c.req.url).protocol === 'https:',
  });
  return token;
}

/** Whether a posted form's token matches this browser's cookie and our signature. */
export function csrfOk(c: Context, secret: Uint8Array, spec: CsrfCookie, field: string | undefined): boolean {
  return checkCsrf(secret, getCookie(c, spec.name), field);
}

/**
 * The token functions of a family of forms served only when `served(site)`: `issue` gives the token for a page's forms
 * (setting its cookie; the page then holds this browser's token, so no shared cache may keep it), or undefined when the
 * forms are not served; `ok` checks a posted form's token.
 */
export function formCsrf(spec: CsrfCookie, served: (site: Site) => boolean) {
  return {
    issue(c: Context, site: Site): string | undefined {
      if (!served(site)) return undefined;
      const token = issueCsrf(c, site.csrfSecret, spec);
      c.header('Cache-Control', 'private, no-cache');
      return token;
    },
    ok: (c: Context, site: Site, field: string | undefined): boolean => csrfOk(c, site.csrfSecret, spec, field),
  };
}
