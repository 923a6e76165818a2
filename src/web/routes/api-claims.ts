import type { Context, Hono } from 'hono';
import { tally, timeline } from '../../claims/index.js';
import { claimsDb, getClaim, type ClaimEntry, type ClaimWithEntries } from '../../store/claims.js';
import { listClaimPage } from '../../store/web-claims.js';
import { getStory, listStoryPage } from '../../store/web-stories.js';
import { ordinalOf } from '../pages/claim.js';
import { absolute, claimHref, storyHref, type Site } from '../site.js';

// The claims and stories endpoints of the JSON API (mounted by mountApi before its 404).

type ApiError = (c: Context, status: 400 | 404, field: string, reason: string) => Response;

const entryOf = (e: ClaimEntry) => ({
  statementId: e.statementId, articleId: e.articleId, ordinal: Number(ordinalOf(e.statementId)), position: e.position, stance: e.stance,
  rule: e.rule, origin: e.origin, speaker: e.speaker, content: e.content, lang: e.lang, date: e.date, ...(e.undated ? { undated: true } : {}),
  ...(e.outlet ? { outlet: e.outlet } : {}), article: e.article,
});

/** A claim as `GET /api/v1/claims/{id}` answers it (and the corrections that change one). */
export function claimBody(site: Site, c: Context, claim: ClaimWithEntries) {
  const { members, ...record } = claim;
  return {
    ...record, url: absolute(site, c, claimHref(claim.id)), positions: tally(members),
    timeline: (timeline(members) as ClaimEntry[]).map(entryOf),
  };
}

export function mountClaimsApi(app: Hono, site: Site, base: string, limitOf: (c: Context) => { ok: true; limit?: number; cursor?: string } | { ok: false; res: Response }, apiError: ApiError): void {
  const db = site.store.db;
  app.get(`${base}/claims`, async (c) => {
    const r = limitOf(c);
    if (!r.ok) return r.res;
    if (r.cursor && !/^\d+$/.test(r.cursor)) return apiError(c, 400, 'cursor', 'is not a cursor returned by this API');
    return c.json(await listClaimPage(db, { limit: r.limit ?? 50, cursor: r.cursor }));
  });

  app.get(`${base}/claims/:id`, async (c) => {
    const r = limitOf(c);
    if (!r.ok) return r.res;
    const claim = await getClaim(claimsDb(db), c.req.param('id'));
    if (!claim) return apiError(c, 404, 'id', 'no claim has this id');
    return c.json(claimBody(site, c, claim));
  });

  app.get(`${base}/stories`, async (c) => {
    const r = limitOf(c);
    if (!r.ok) return r.res;
    if (r.cursor && !/^\d+$/.test(r.cursor)) return apiError(c, 400, 'cursor', 'is not a cursor returned by this API');
    const page = await listStoryPage(db, { limit: r.limit ?? 50, cursor: r.cursor });
    return c.json({ ...page, items: page.items.map((s) => ({ ...s, url: absolute(site, c, storyHref(s.id)) })) });
  });

  app.get(`${base}/stories/:id`, async (c) => {
    const r = limitOf(c);
    if (!r.ok) return r.res;
    const story = await getStory(db, c.req.param('id'));
    if (!story) return apiError(c, 404, 'id', 'no story has this id');
    return c.json({ ...story, url: absolute(site, c, storyHref(story.id)) });
  });
}
