import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { storeArticle } from '../../ingest/index.js';
import { listArticlesBy } from '../../store/web-articles.js';
import { getEntity } from '../../store/web-entities.js';
import { searchArticles } from '../../store/web-search.js';
import { listStatementPage } from '../../store/web-statements.js';
import { ADD_MAX_BYTES, analysePasted } from '../add/analyse.js';
import { refuseWriter } from '../api/auth.js';
import { apiError } from '../api/errors.js';
import { OPENAPI } from '../api/openapi.js';
import { readParams, type ParamName, type Params } from '../params.js';
import { absolute, articleHref, type Site } from '../site.js';
import { mountClaimsApi } from './api-claims.js';
import { mountCorrectionsApi } from './api-corrections.js';
import { SEARCH_PARAMS } from './search.js';

/** Statements of each list in an entity response. */
export const API_ENTITY_STATEMENTS = 20;
/** Items per API page when `limit` is not given. */
export const API_DEFAULT_LIMIT = 50;

export { apiError };

/** Validated parameters, or the 400 answer. */
function params(c: Context, allowed: readonly ParamName[]): { ok: true; p: Params } | { ok: false; res: Response } {
  const r = readParams(new URL(c.req.url).searchParams, allowed);
  return r.ok ? { ok: true, p: r.params } : { ok: false, res: apiError(c, 400, r.error.field, r.error.reason) };
}

/** The JSON API under /api/v1, described by /api/v1/openapi.json. */
export function mountApi(app: Hono, site: Site): void {
  const db = site.store.db;
  const base = '/api/v1';
  app.use(`${base}/*`, async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
  });

  app.get(`${base}/openapi.json`, (c) => c.json(OPENAPI));

  app.get(`${base}/articles`, async (c) => {
    const r = params(c, ['lang', 'outlet', 'limit', 'cursor']);
    if (!r.ok) return r.res;
    if (r.p.cursor && !/^\d+$/.test(r.p.cursor)) return apiError(c, 400, 'cursor', 'is not a cursor returned by this API');
    return c.json(await listArticlesBy(db, { ...r.p, limit: r.p.limit ?? API_DEFAULT_LIMIT }));
  });

  app.get(`${base}/articles/:id`, async (c) => {
    const r = params(c, []);
    if (!r.ok) return r.res;
    const stored = await site.store.getArticle(c.req.param('id'));
    if (!stored) return apiError(c, 404, 'id', 'no article has this id');
    return c.json({ ...stored, url: absolute(site, c, articleHref(stored.article.id)) });
  });

  app.get(`${base}/statements`, async (c) => {
    const r = params(c, ['speaker', 'stance', 'about', 'lang', 'speakerEntity', 'aboutEntity', 'limit', 'cursor']);
    if (!r.ok) return r.res;
    if (r.p.cursor && !/^\d+\.\d+$/.test(r.p.cursor)) return apiError(c, 400, 'cursor', 'is not a cursor returned by this API');
    return c.json(await listStatementPage(db, { ...r.p, limit: r.p.limit ?? API_DEFAULT_LIMIT }));
  });

  app.get(`${base}/entities/:id`, async (c) => {
    const r = params(c, []);
    if (!r.ok) return r.res;
    const id = c.req.param('id');
    const entity = await getEntity(db, id);
    if (!entity) return apiError(c, 404, 'id', 'no entity has this id');
    const [said, about] = await Promise.all([
      listStatementPage(db, { speakerEntity: id, limit: API_ENTITY_STATEMENTS }),
      listStatementPage(db, { aboutEntity: id, limit: API_ENTITY_STATEMENTS }),
    ]);
    return c.json({ entity, said, about });
  });

  app.get(`${base}/search`, async (c) => {
    const r = params(c, [...SEARCH_PARAMS, 'limit']);
    if (!r.ok) return r.res;
    const p = r.p;
    if (p.cursor && !/^\d+$/.test(p.cursor)) return apiError(c, 400, 'cursor', 'is not a cursor returned by this API');
    if (!p.q?.trim() && !p.outlet && !p.speaker && !p.stance && !p.from && !p.to) return apiError(c, 400, 'q', 'give words to look for, or a filter');
    const page = await searchArticles(db, { ...p, limit: p.limit ?? API_DEFAULT_LIMIT, offset: p.cursor ? Number(p.cursor) : 0 }, { cache: site.cache });
    return c.json({ items: page.items, ...(page.nextOffset ? { nextCursor: String(page.nextOffset) } : {}) });
  });

  if (site.writable) {
    app.post(`${base}/articles`, bodyLimit({ maxSize: ADD_MAX_BYTES + 16 * 1024, onError: (c) => apiError(c, 413, 'text', `longer than ${ADD_MAX_BYTES} bytes`) }), async (c) => {
      const refused = refuseWriter(c, site);
      if (refused) return refused;
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return apiError(c, 400, 'body', 'must be a JSON object');
      }
      const b = body as Record<string, unknown>;
      if (typeof b !== 'object' || b === null || Array.isArray(b)) return apiError(c, 400, 'body', 'must be a JSON object');
      for (const k of Object.keys(b)) if (!['text', 'url', 'outlet'].includes(k)) return apiError(c, 400, k, 'unknown field; expected text, url, outlet');
      if (typeof b.text !== 'string' || !b.text.trim()) return apiError(c, 400, 'text', 'must be a non-empty string');
      for (const k of ['url', 'outlet'] as const) if (b[k] !== undefined && typeof b[k] !== 'string') return apiError(c, 400, k, 'must be a string');
      const r = analysePasted({ text: b.text, url: b.url as string | undefined, outlet: b.outlet as string | undefined }, 'api:add', site.outlets);
      if (!r.ok) return apiError(c, 422, r.reason === 'bad-url' ? 'url' : 'text', `${r.reason}: ${r.message}`);
      // The one store path: claims, story and the alerts they cause, as `isnad ingest` stores (src/ingest).
      const saved = await storeArticle(site.store, r.analysis, { now: site.now });
      const url = absolute(site, c, articleHref(saved.id));
      return c.json({ id: saved.id, status: saved.status, url, statements: r.analysis.statements.length }, saved.status === 'stored' ? 201 : 200);
    });
    mountCorrectionsApi(app, site, base);
  }

  mountClaimsApi(app, site, base, (c) => {
    const path = new URL(c.req.url).pathname;
    const r = params(c, path.endsWith('/claims') || path.endsWith('/stories') ? ['limit', 'cursor'] : []);
    return r.ok ? { ok: true, limit: r.p.limit, cursor: r.p.cursor } : r;
  }, apiError);

  app.all(`${base}/*`, (c) => apiError(c, 404, 'path', 'no such endpoint; see /api/v1/openapi.json'));
}
