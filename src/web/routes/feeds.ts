import type { Context, Hono } from 'hono';
import { STANCE_LABELS } from '../pages/statement.js';
import { atomXml, rfc3339, type AtomEntry, type AtomFeed } from '../feeds/atom.js';
import { rssXml } from '../feeds/rss.js';
import { absolute, articleHref, type Site } from '../site.js';
import type { StatementWithArticle } from '../../store/web-statements.js';
import { claimFeed, entityFeed, searchFeed, storyFeed } from './feed-sources.js';

/** Entries per feed. */
export const FEED_ENTRIES = 50;
/** An empty feed's `updated` when nothing was ever stored. */
export const EPOCH = '1970-01-01T00:00:00.000Z';

const FORMATS = {
  atom: { type: 'application/atom+xml; charset=utf-8', render: atomXml },
  rss: { type: 'application/rss+xml; charset=utf-8', render: rssXml },
} as const;
type Format = keyof typeof FORMATS;

/** A feed, or the plain-text answer saying why there is none. */
export type FeedResult = { ok: true; feed: Omit<AtomFeed, 'self'> } | { ok: false; status: 400 | 404; message: string };
export type FeedSource = (c: Context, site: Site) => Promise<FeedResult>;

export const newest = (entries: AtomEntry[]) => entries.reduce((m, e) => (e.updated > m ? e.updated : m), EPOCH);

/** Atom (`feed.atom`) and RSS 2.0 (`feed.rss`) of entities, claims, stories and searches. */
export function mountFeeds(app: Hono, site: Site): void {
  const both = (page: string, source: FeedSource) => {
    for (const format of Object.keys(FORMATS) as Format[]) {
      app.get(`${page}/feed.${format}`, async (c) => {
        const r = await source(c, site);
        if (!r.ok) return c.text(r.message, r.status);
        const u = new URL(c.req.url);
        const self = absolute(site, c, `${u.pathname}${u.search}`);
        return c.body(FORMATS[format].render({ ...r.feed, self }), 200, { 'Content-Type': FORMATS[format].type });
      });
    }
  };
  both('/entities/:id', entityFeed);
  both('/claims/:id', claimFeed);
  both('/stories/:id', storyFeed);
  both('/search', searchFeed);
}

/** One statement as an entry, linked to its sentence in the article. */
export function statementEntry(c: Context, site: Site, s: Pick<StatementWithArticle, 'articleId' | 'ordinal' | 'speaker' | 'stance' | 'content' | 'article'>): AtomEntry {
  const url = absolute(site, c, `${articleHref(s.articleId)}#s-${s.ordinal}`);
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
