import type { Feed, FeedItemRecord } from '../store/feeds.js';
import { pageDocument, type ArticleHints, type SourceResult } from '../source/index.js';
import { canonicalUrl } from '../urls/index.js';
import type { FeedItem } from './parse.js';
import { feedHtmlText } from './text.js';
import type { FeedDeps } from './types.js';

/** Markup in a feed's summary or content: then its text is taken out of the HTML first. */
const LOOKS_LIKE_HTML = /<\/?[a-z][\s\S]*?>/i;

/** An item's identity within its feed: its canonical URL, else its guid; undefined when it has neither. */
export function itemKey(item: FeedItem): string | undefined {
  return (item.url && canonicalUrl(item.url)) || item.guid;
}

/**
 * Takes one new feed item: fetches its page and stores the article; when the page cannot be had,
 * stores the feed's own text (title + summary/content) instead and says so. 'later' when the
 * page's host asked us to wait: the item is left for the next poll.
 */
export async function takeItem(item: FeedItem, key: string, feed: Feed, deps: FeedDeps): Promise<FeedItemRecord | 'later'> {
  const base = {
    feedId: feed.id, key, seenAt: deps.now().toISOString(),
    ...(item.url ? { url: item.url } : {}), ...(item.guid ? { guid: item.guid } : {}), ...(item.title ? { title: item.title } : {}),
  };
  const hints: ArticleHints = {
    ...(item.title ? { title: item.title } : {}), ...(feed.title ? { outlet: feed.title } : {}), ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
  };
  let why: string;
  if (item.url) {
    const page = await deps.fetcher.fetchPage(item.url);
    if (!page.ok && page.reason === 'rate-limited') return 'later';
    if (page.ok && !page.notModified) {
      const stored = await deps.ingest({ ok: true, source: item.url, doc: pageDocument(item.url, page, deps.now), hints });
      if (stored.status !== 'rejected') return { ...base, status: 'stored', articleId: stored.id };
      why = `the page was rejected (${stored.reason}): ${stored.message}`;
    } else why = page.ok ? `HTTP ${page.status} without a body` : `the page could not be fetched (${page.reason}): ${page.message}`;
  } else why = 'the item has no link';
  const own = feedTextSource(item, feed, deps.now, hints);
  if (!own) return { ...base, status: 'rejected', reason: `${why}; and the feed gives no text for it` };
  const stored = await deps.ingest(own);
  if (stored.status === 'rejected') return { ...base, status: 'rejected', reason: `${why}; the feed's text was rejected too (${stored.reason}): ${stored.message}` };
  return { ...base, status: 'fetch-failed-kept-feed-text', articleId: stored.id, reason: why };
}

/** The feed's own text of an item as a plain-text Document: its title, a blank line, its content or summary. */
export function feedTextSource(item: FeedItem, feed: Feed, now: () => Date, hints: ArticleHints): SourceResult | undefined {
  const raw = item.content ?? item.summary;
  const body = raw && LOOKS_LIKE_HTML.test(raw) ? feedHtmlText(raw) : raw;
  if (!body && !item.title) return undefined;
  const source = item.url ?? `${feed.url}#${item.guid ?? item.title}`;
  const text = [item.title, body].filter(Boolean).join('\n\n');
  return {
    ok: true,
    source,
    doc: { bytes: new TextEncoder().encode(text), source, contentType: 'text/plain', fetchedAt: now().toISOString(), ...(item.url ? { url: item.url } : {}) },
    hints,
  };
}
