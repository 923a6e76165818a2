import type { Context } from 'hono';
import { csrfOk, issueCsrf, type CsrfCookie } from '../add/csrf.js';
import type { Site } from '../site.js';

// The subscribe forms' CSRF token: the signed double submit of src/web/add/csrf.ts, in a cookie of
// its own. One token per browser, kept while it is valid, so that two open pages both submit; the
// cookie's life is renewed by every page that shows a form.

export const SUBSCRIBE_CSRF_COOKIE = 'isnad_subscribe';

// Path /: the cookie must reach the pages (to be reused) as well as POST /subscriptions.
const SPEC: CsrfCookie = { name: SUBSCRIBE_CSRF_COOKIE, path: '/', maxAgeS: 12 * 3600, reuse: true };

/** The token to put in this page's subscribe form (setting its cookie), or undefined when subscriptions are not served. */
export function subscribeCsrf(c: Context, site: Site): string | undefined {
  if (!site.subscribe) return undefined;
  const token = issueCsrf(c, site.csrfSecret, SPEC);
  // The page holds this browser's token: no shared cache may keep it.
  c.header('Cache-Control', 'private, no-cache');
  return token;
}

/** Whether a posted form's token matches this browser's cookie and our signature. */
export function subscribeCsrfOk(c: Context, site: Site, field: string | undefined): boolean {
  return csrfOk(c, site.csrfSecret, SPEC, field);
}
