import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { checkCsrf, newCsrfToken } from '../add/csrf.js';
import type { Site } from '../site.js';

// The subscribe forms' CSRF token: the Add page's signed double submit (src/web/add/csrf.ts), in a
// cookie of its own. One token per browser, kept while it is valid, so that two open pages both
// submit; the cookie's life is renewed by every page that shows a form.

export const SUBSCRIBE_CSRF_COOKIE = 'isnad_subscribe';
/** Seconds the cookie lives after the last page that showed a form. */
const SUBSCRIBE_CSRF_MAX_AGE_S = 12 * 3600;

/** The token to put in this page's subscribe form (setting its cookie), or undefined when subscriptions are not served. */
export function subscribeCsrf(c: Context, site: Site): string | undefined {
  if (!site.subscribe) return undefined;
  const had = getCookie(c, SUBSCRIBE_CSRF_COOKIE);
  const token = had && checkCsrf(site.csrfSecret, had, had) ? had : newCsrfToken(site.csrfSecret);
  // Path /: the cookie must reach the pages (to be reused) as well as POST /subscriptions.
  setCookie(c, SUBSCRIBE_CSRF_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'Strict', maxAge: SUBSCRIBE_CSRF_MAX_AGE_S, secure: new URL(c.req.url).protocol === 'https:',
  });
  // The page holds this browser's token: no shared cache may keep it.
  c.header('Cache-Control', 'private, no-cache');
  return token;
}

/** Whether a posted form's token matches this browser's cookie and our signature. */
export function subscribeCsrfOk(c: Context, site: Site, field: string | undefined): boolean {
  return checkCsrf(site.csrfSecret, getCookie(c, SUBSCRIBE_CSRF_COOKIE), field);
}
