import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { mergeClaims, moveIn, moveOut, type CorrectionResult } from '../../claims/index.js';
import { claimRecord, claimsDb, getClaim } from '../../store/claims.js';
import { refuseWriter } from '../api/auth.js';
import { apiError, type ApiStatus } from '../api/errors.js';
import type { Site } from '../site.js';
import { claimBody } from './api-claims.js';

// The claim corrections of the JSON API (`isnad claims merge`, `move-out` and `move-in`), behind the bearer
// token like POST /api/v1/articles; mounted only on a writable site, before the API's 404.

/** Bytes of a correction's JSON body: one claim or statement id. */
const CORRECTION_MAX_BYTES = 4 * 1024;

/** The HTTP status of each refusal of the claims store. */
export const REFUSAL_STATUS: Record<Extract<CorrectionResult, { ok: false }>['reason'], ApiStatus & (404 | 409)> = {
  'no-such-claim': 404, 'no-such-statement': 404, 'same-claim': 409, 'not-in-a-claim': 409, 'already-in-claim': 409,
};

/** The one id of a correction's body (`{"from": …}`, `{"statement": …}`), trimmed, or the 400 answer. */
async function bodyId(c: Context, field: string, what: string): Promise<{ ok: true; id: string } | { ok: false; res: Response }> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { ok: false, res: apiError(c, 400, 'body', 'must be a JSON object') };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, res: apiError(c, 400, 'body', 'must be a JSON object') };
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) if (k !== field) return { ok: false, res: apiError(c, 400, k, `unknown field; expected ${field}`) };
  const v = b[field];
  if (typeof v !== 'string' || !v.trim()) return { ok: false, res: apiError(c, 400, field, `must be a non-empty ${what} id`) };
  return { ok: true, id: v.trim() };
}

/** The claim a correction left, as GET /api/v1/claims/{id} answers it; `removed` when its last statement moved out. */
async function answer(c: Context, site: Site, id: string): Promise<Response> {
  const claim = await getClaim(claimsDb(site.store.db), id);
  return claim ? c.json(claimBody(site, c, claim)) : c.json({ id, removed: true as const });
}

export function mountCorrectionsApi(app: Hono, site: Site, base: string): void {
  const limit = bodyLimit({ maxSize: CORRECTION_MAX_BYTES, onError: (c) => apiError(c, 413, 'body', `longer than ${CORRECTION_MAX_BYTES} bytes`) });

  app.post(`${base}/claims/:id/merge`, limit, async (c) => {
    const refused = refuseWriter(c, site);
    if (refused) return refused;
    const body = await bodyId(c, 'from', 'claim');
    if (!body.ok) return body.res;
    const into = c.req.param('id');
    const r = await mergeClaims(site.store, into, body.id, { now: site.now });
    if (r.ok) return answer(c, site, r.claim);
    // Name the id the client must fix: `from`, unless the claim of the path is the unknown one.
    const field = r.reason === 'no-such-claim' && !(await claimRecord(claimsDb(site.store.db), into)) ? 'id' : 'from';
    return apiError(c, REFUSAL_STATUS[r.reason], field, r.message);
  });

  app.post(`${base}/statements/:id/move-out`, limit, async (c) => {
    const refused = refuseWriter(c, site);
    if (refused) return refused;
    const r = await moveOut(site.store, c.req.param('id'), { now: site.now });
    return r.ok ? answer(c, site, r.claim) : apiError(c, REFUSAL_STATUS[r.reason], 'id', r.message);
  });

  app.post(`${base}/claims/:id/move-in`, limit, async (c) => {
    const refused = refuseWriter(c, site);
    if (refused) return refused;
    const body = await bodyId(c, 'statement', 'statement');
    if (!body.ok) return body.res;
    const r = await moveIn(site.store, body.id, c.req.param('id'), { now: site.now });
    // Name what the client must fix: the claim of the path when it is unknown, else the statement.
    return r.ok ? answer(c, site, r.claim) : apiError(c, REFUSAL_STATUS[r.reason], r.reason === 'no-such-claim' ? 'id' : 'statement', r.message);
  });
}
