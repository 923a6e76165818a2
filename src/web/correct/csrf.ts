import type { Context } from 'hono';
import { csrfOk, issueCsrf, type CsrfCookie } from '../add/csrf.js';
import type { Site } from '../site.js';

// The claim correction forms' CSRF token: the signed double submit of src/web/add/csrf.ts, in a
// cookie of its own. Path /claims reaches the claim pages (to reuse the token: two open claim pages
// both submit) and the routes they post to (/claims/:id/merge, /claims/:id/move-in, /claims/:id/move-out).

export const CORRECT_CSRF_COOKIE = 'isnad_correct';

const SPEC: CsrfCookie = { name: CORRECT_CSRF_COOKIE, path: '/claims', maxAgeS: 2 * 3600, reuse: true };

/** The token for this page's correction forms (setting its cookie), or undefined when writing is not configured. */
export function correctCsrf(c: Context, site: Site): string | undefined {
  if (!site.writeToken) return undefined;
  const token = issueCsrf(c, site.csrfSecret, SPEC);
  // The page holds this browser's token: no shared cache may keep it.
  c.header('Cache-Control', 'private, no-cache');
  return token;
}

export function correctCsrfOk(c: Context, site: Site, field: string | undefined): boolean {
  return csrfOk(c, site.csrfSecret, SPEC, field);
}
