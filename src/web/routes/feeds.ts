import type { Context, Hono } from 'hono';
import { getEntity } from '../../store/web-entities.js';
import { hasCriteria, searchArticles } from '../../store/web-search.js';
import { listStatementPage, type StatementWithArticle } from '../../store/web-statements.js';
import { atomXml, rfc3339, type AtomEntry } from '../feeds/atom.js';
import { searchQuery } from '../pages/search.js';
import { STANCE_LABELS } from '../pages/statement.js';
import { readParams } from '../params.js';
import { absolute, articleHref, entityHref, type Site } from '../site.js';
import { SEARCH_PARAMS } from './search.js';

/** Entries per feed. */
export const FEED_ENTRIES = 50;
const ATOM = 'application/atom+xml; charset=utf-8';
/** An empty feed's `updated` when nothing was ever stored. */
const EPOCH = '1970-01-01T00:00:00.000Z';

const newest = (entries: AtomEntry[]) => entries.reduce((m, e) => (e.updated > m ? e.updated : m), EPOCH);

/** Atom feeds: statements by or about an entity; articles matching a search. */
export function mountFeeds(app: Hono, site: Site): void {
  app.get('/entities/:id/feed.atom', async (c) => {
    const id = c.req.param('id');
    const entity = await getEntity(site.store.db, id);
    if (!entity) return c.text('No such entity.', 404);
    const [said, about] = await Promise.all([
      listStatementPage(site.store.db, { speakerEntity: id, limit: FEED_ENTRIES }),
      listStatementPage(site.store.db, { aboutEntity: id, limit: FEED_ENTRIES }),
    ]);
    const seen = new Set<string>();
    const statements = [...said.items, ...about.items].filter((s) => !seen.has(s.id) && seen.add(s.id));
    const entries = statements.map((s) => statementEntry(c, site, s))
      .sort((a, b) => b.updated.localeCompare(a.updated)).slice(0, FEED_ENTRIES);
    const page = entityHref(id);
    return c.body(atomXml({
      id: absolute(site, c, page), title: `isnad: ${entity.name}`, self: absolute(site, c, `${page}/feed.atom`),
      alternate: absolute(site, c, page), updated: newest(entries), entries,
    }), 200, { 'Content-Type': ATOM });
  });

  app.get('/search/feed.atom', async (c) => {
    const r = readParams(new URL(c.req.url).searchParams, SEARCH_PARAMS);
    if (!r.ok) return c.text(`Bad parameter ${r.error.field}: ${r.error.reason}.`, 400);
    const p = r.params;
    if (!hasCriteria(p)) return c.text('A search feed needs words (q=) or a filter.', 400);
    const page = await searchArticles(site.store.db, { ...p, limit: FEED_ENTRIES, order: 'newest' });
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
    const q = searchQuery(p);
    return c.body(atomXml({
      id: absolute(site, c, `/search${q}`), title: `isnad search: ${p.q ?? ''}`.trim(), self: absolute(site, c, `/search/feed.atom${q}`),
      alternate: absolute(site, c, `/search${q}`), updated: newest(entries), entries,
    }), 200, { 'Content-Type': ATOM });
  });
}

function statementEntry(c: Context, site: Site, s: StatementWithArticle): AtomEntry {
  const url = absolute(site, c, `${articleHref(s.articleId)}#statement-${s.ordinal}`);
  return {
    id: url,
    title: `${s.speaker.text} ${STANCE_LABELS[s.stance] ?? s.stance}: ${s.content}`,
    lang: s.article.language,
    url,
    updated: rfc3339(s.article.ingestedAt) ?? EPOCH,
    ...(rfc3339(s.article.publishedAt) ? { published: rfc3339(s.article.publishedAt) } : {}),
    author: s.speaker.text,
    summary: `${s.content} — ${s.article.title}${s.article.outlet ? ` (${s.article.outlet})` : ''}`,
  };
}
