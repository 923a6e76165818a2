/** @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { claimReview, tally } from '../../claims/index.js';
import { rankNearby } from '../../claims/nearby.js';
import { claimsDb, getClaim } from '../../store/claims.js';
import { storiesDb } from '../../store/stories.js';
import { countClaimsBelow, listClaimPage } from '../../store/web-claims.js';
import { originsOf } from '../../store/web-articles.js';
import { ungroupedNear } from '../../store/ungrouped.js';
import { correctCsrf } from '../correct/csrf.js';
import { JsonLd } from '../jsonld.js';
import { ClaimListPage, ClaimPage } from '../pages/claim.js';
import { CorrectBox, type CorrectView } from '../pages/correct.js';
import { SubscribeBox } from '../pages/subscribe.js';
import { claimHref, type Site } from '../site.js';
import { subscribeCsrf } from '../subscribe/csrf.js';
import { notFound, render } from './render.js';

/**
 * One claim's page, with the statements nearby that the grouping left in no claim; with a write token,
 * a button each to move one in and the correction forms, filled with `last` (the try that failed, and
 * why) and answered with `status`.
 */
export async function showClaim(c: Context, site: Site, id: string, last: Omit<CorrectView, 'csrf'> = {}, status: ContentfulStatusCode = 200) {
  const claim = await getClaim(claimsDb(site.store.db), id);
  if (!claim) return notFound(c, site, 'No such claim');
  const articleIds = [...new Set(claim.members.map((m) => m.articleId))];
  const [stories, origins, ungrouped] = await Promise.all([
    articleIds.length
      ? storiesDb(site.store.db).selectFrom('story_members as m').innerJoin('stories as s', 's.id', 'm.story_id')
        .select(['s.id', 's.title', 's.language']).distinct().where('m.article_id', 'in', articleIds).orderBy('s.id').execute()
      : [],
    originsOf(site.store.db, articleIds),
    ungroupedNear(site.store.db, articleIds),
  ]);
  const nearby = rankNearby(claim.members.map((m) => m.content), ungrouped);
  const href = claimHref(id);
  const csrf = subscribeCsrf(c, site);
  const correct = correctCsrf(c, site);
  return render(c, site, { title: claim.title, titleLang: claim.lang, description: `Claim: ${claim.title}`, type: 'article', path: href, feed: `${href}/feed.atom` },
    <>
      <ClaimPage claim={claim} positions={tally(claim.members)} stories={stories} chains={{ origins, registry: site.outlets }}
        nearby={nearby} {...(correct ? { csrf: correct } : {})} />
      {correct && <CorrectBox claim={claim} view={{ ...last, csrf: correct }} />}
      {csrf && <SubscribeBox kind="claim" target={id} csrf={csrf} />}
      <JsonLd data={claimReview(claim, site.now())} />
    </>, status);
}

/** Fewest statements a claim holds to be listed on /claims by default. */
const LISTED_MIN_STATEMENTS = 2;

/** The claims list and one claim's page. */
export function mountClaims(app: Hono, site: Site): void {
  app.get('/claims', async (c) => {
    const params = new URL(c.req.url).searchParams;
    const cursor = params.get('cursor') ?? undefined;
    // A proposition stated once is a claim in waiting: listed only on asking (?all=1).
    const all = params.get('all') === '1';
    const page = await listClaimPage(site.store.db, { limit: site.pageSize, cursor, minStatements: all ? 1 : LISTED_MIN_STATEMENTS });
    const hidden = all ? 0 : await countClaimsBelow(site.store.db, LISTED_MIN_STATEMENTS);
    return render(c, site, { title: 'Claims', path: '/claims' }, <ClaimListPage items={page.items} next={page.nextCursor} all={all} hidden={hidden} />);
  });

  app.get('/claims/:id', (c) => showClaim(c, site, c.req.param('id')));
}
