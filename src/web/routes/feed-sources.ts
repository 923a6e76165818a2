import type { Context } from 'hono';
import { timeline } from '../../claims/index.js';
import { claimsDb, getClaim, type ClaimEntry } from '../../store/claims.js';
import { getEntity } from '../../store/web-entities.js';
import { hasCriteria, searchArticles } from '../../store/web-search.js';
import { listStatementPage } from '../../store/web-statements.js';
import { getStory } from '../../store/web-stories.js';
import { rfc3339, type AtomEntry } from '../feeds/atom.js';
import { sentenceHref } from '../pages/claim.js';
import { searchQuery } from '../pages/search.js';
import { STANCE_LABELS } from '../pages/statement.js';
import { readParams } from '../params.js';
import { absolute, articleHref, claimHref, entityHref, storyHref, type Site } from '../site.js';
import { EPOCH, FEED_ENTRIES, newest, statementEntry, type FeedResult } from './feeds.js';
import { SEARCH_PARAMS } from './search.js';

// What each feed holds, whatever its format (src/web/routes/feeds.ts renders Atom or RSS).

const byNewest = (a: AtomEntry, b: AtomEntry) => b.updated.localeCompare(a.updated);

/** Statements by and about an entity. */
export async function entityFeed(c: Context, site: Site): Promise<FeedResult> {
  const id = c.req.param('id')!;
  const entity = await getEntity(site.store.db, id);
  if (!entity) return { ok: false, status: 404, message: 'No such entity.' };
  const [said, about] = await Promise.all([
    listStatementPage(site.store.db, { speakerEntity: id, limit: FEED_ENTRIES }),
    listStatementPage(site.store.db, { aboutEntity: id, limit: FEED_ENTRIES }),
  ]);
  const seen = new Set<string>();
  const statements = [...said.items, ...about.items].filter((s) => !seen.has(s.id) && seen.add(s.id));
  const entries = statements.map((s) => statementEntry(c, site, s)).sort(byNewest).slice(0, FEED_ENTRIES);
  const page = absolute(site, c, entityHref(id));
  return { ok: true, feed: { id: page, title: `isnad: ${entity.name}`, alternate: page, updated: newest(entries), entries } };
}

/** Every statement of a claim, one entry each, newest first. */
export async function claimFeed(c: Context, site: Site): Promise<FeedResult> {
  const id = c.req.param('id')!;
  const claim = await getClaim(claimsDb(site.store.db), id);
  if (!claim) return { ok: false, status: 404, message: 'No such claim.' };
  const entries = (timeline(claim.members) as ClaimEntry[]).map((e): AtomEntry => {
    const url = absolute(site, c, sentenceHref(e));
    const date = rfc3339(e.date) ?? EPOCH;
    return {
      id: url, url, lang: e.lang, updated: date, published: date, author: e.speaker.text,
      title: `${e.speaker.text} ${STANCE_LABELS[e.stance] ?? e.stance}: ${e.content}`,
      summary: `${e.content} — ${e.article.title}${e.outlet ? ` (${e.outlet})` : ''}`,
    };
  }).reverse().slice(0, FEED_ENTRIES);
  const page = absolute(site, c, claimHref(id));
  return { ok: true, feed: { id: page, title: `isnad claim: ${claim.title}`, alternate: page, updated: newest(entries), entries } };
}

/** The articles of a story, newest first. */
export async function storyFeed(c: Context, site: Site): Promise<FeedResult> {
  const id = c.req.param('id')!;
  const story = await getStory(site.store.db, id);
  if (!story) return { ok: false, status: 404, message: 'No such story.' };
  const entries = story.members.map((m): AtomEntry => {
    const url = absolute(site, c, articleHref(m.articleId));
    const date = rfc3339(m.publishedAt) ?? rfc3339(story.lastDay) ?? EPOCH;
    return { id: url, url, lang: m.language, title: m.title, updated: date, published: date, ...(m.outlet ? { author: m.outlet } : {}) };
  }).sort(byNewest).slice(0, FEED_ENTRIES);
  const page = absolute(site, c, storyHref(id));
  return { ok: true, feed: { id: page, title: `isnad story: ${story.title}`, alternate: page, updated: newest(entries), entries } };
}

/** Articles matching a search, newest first. */
export async function searchFeed(c: Context, site: Site): Promise<FeedResult> {
  const r = readParams(new URL(c.req.url).searchParams, SEARCH_PARAMS);
  if (!r.ok) return { ok: false, status: 400, message: `Bad parameter ${r.error.field}: ${r.error.reason}.` };
  const p = r.params;
  if (!hasCriteria(p)) return { ok: false, status: 400, message: 'A search feed needs words (q=) or a filter.' };
  const page = await searchArticles(site.store.db, { ...p, limit: FEED_ENTRIES, order: 'newest' }, { cache: site.cache });
  const entries: AtomEntry[] = page.items.map((a) => ({
    id: absolute(site, c, articleHref(a.id)),
    title: a.title,
    lang: a.language,
    url: absolute(site, c, articleHref(a.id)),
    updated: rfc3339(a.ingestedAt) ?? EPOCH,
    ...(rfc3339(a.publishedAt) ? { published: rfc3339(a.publishedAt) } : {}),
    ...(a.outlet ? { author: a.outlet } : {}),
    summary: a.snippet,
  }));
  const alternate = absolute(site, c, `/search${searchQuery(p)}`);
  return { ok: true, feed: { id: alternate, title: `isnad search: ${p.q ?? ''}`.trim(), alternate, updated: newest(entries), entries } };
}
