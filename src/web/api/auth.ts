import type { Context } from 'hono';
import { sameSecret } from '../add/csrf.js';
import type { Site } from '../site.js';
import { apiError } from './errors.js';

/** The answer refusing a write request (403 without ISNAD_TOKEN, 401 without its bearer token), or undefined to go on. */
export function refuseWriter(c: Context, site: Site): Response | undefined {
  if (!site.writeToken) return apiError(c, 403, 'authorization', 'writing is disabled: the server has no ISNAD_TOKEN');
  const m = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '');
  if (m && sameSecret(m[1], site.writeToken)) return undefined;
  c.header('WWW-Authenticate', 'Bearer realm="isnad"');
  return apiError(c, 401, 'authorization', 'a valid "Authorization: Bearer <token>" header is required');
}
