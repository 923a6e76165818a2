import { parseFeed as parseAnyFeed } from 'feedsmith';
import { MAX_ITEMS_PER_POLL } from './constants.js';
import { guardFeed, type FeedRejectReason } from './guard.js';

/** One item of a feed, whatever its format. */
export interface FeedItem {
  guid?: string;
  /** The article's link, as the feed gives it. */
  url?: string;
  title?: string;
  /** A short summary (RSS description, Atom summary, JSON Feed summary). */
  summary?: string;
  /** The full text when the feed carries it (content:encoded, Atom content, content_html/content_text). */
  content?: string;
  publishedAt?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  items: FeedItem[];
}

export type FeedParseResult = { ok: true; feed: ParsedFeed } | { ok: false; reason: FeedRejectReason; message: string };

/** RSS 2.0 (and 0.9x, RDF) , Atom and JSON Feed, through feedsmith, after the guard's checks. */
export function parseFeedBytes(bytes: Uint8Array, maxBytes: number): FeedParseResult {
  const guarded = guardFeed(bytes, maxBytes);
  if (!guarded.ok) return guarded;
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseAnyFeed(guarded.kind === 'json' ? JSON.parse(guarded.text) : guarded.text) as { format: string; feed: unknown };
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'SyntaxError') return { ok: false, reason: 'malformed', message: `JSON that does not parse (${(e as Error).message})` };
    if (name === 'DetectError') return { ok: false, reason: 'not-a-feed', message: `${guarded.kind === 'json' ? 'JSON' : 'XML'}, but not RSS, Atom, RDF or JSON Feed` };
    return { ok: false, reason: 'malformed', message: `the feed does not parse (${(e as Error).message})` };
  }
  const feed = parsed.feed as Rec;
  const format = parsed.format as ParsedFeed['format'];
  const raw = (format === 'atom' ? feed.entries : feed.items) as Rec[] | undefined;
  const items = (Array.isArray(raw) ? raw : []).slice(0, MAX_ITEMS_PER_POLL).map((i) => withIsoDate(ITEM_OF[format](i)));
  const title = text(feed.title);
  return { ok: true, feed: { format, ...(title ? { title } : {}), items } };
}

type Rec = Record<string, unknown>;

/** RSS dates are RFC 822 (`Mon, 14 Oct 2024 10:00:00 GMT`): stored as ISO, or dropped when unreadable. */
function withIsoDate(i: FeedItem): FeedItem {
  if (!i.publishedAt) return i;
  const at = Date.parse(i.publishedAt);
  const { publishedAt: _, ...rest } = i;
  return Number.isNaN(at) ? rest : { ...rest, publishedAt: new Date(at).toISOString() };
}

/** A string, or the `value` of a text construct (`{ value, type }`), trimmed; undefined when empty. */
function text(v: unknown): string | undefined {
  const s = typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as Rec).value === 'string' ? ((v as Rec).value as string) : undefined;
  return s?.trim() || undefined;
}

const get = (v: unknown, key: string): unknown => (v && typeof v === 'object' ? (v as Rec)[key] : undefined);

function item(fields: Record<keyof FeedItem, unknown>): FeedItem {
  const out: FeedItem = {};
  for (const [k, v] of Object.entries(fields) as [keyof FeedItem, unknown][]) {
    const t = text(v);
    if (t) out[k] = t;
  }
  return out;
}

/** The alternate link of an Atom entry (the first link when none says so). */
function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const alt = links.find((l) => !get(l, 'rel') || get(l, 'rel') === 'alternate') ?? links[0];
  return text(get(alt, 'href'));
}

const ITEM_OF: Record<ParsedFeed['format'], (i: Rec) => FeedItem> = {
  rss: (i) => item({
    guid: get(i, 'guid'), url: i.link ?? (get(i.guid, 'isPermaLink') !== false ? get(i, 'guid') : undefined), title: i.title, summary: i.description,
    content: get(i.content, 'encoded'), publishedAt: i.pubDate ?? get(i.dc, 'date'),
  }),
  rdf: (i) => item({ guid: i.about ?? i.link, url: i.link, title: i.title, summary: i.description, content: get(i.content, 'encoded'), publishedAt: get(i.dc, 'date') }),
  atom: (i) => item({
    guid: i.id, url: atomLink(i.links), title: i.title, summary: i.summary, content: i.content, publishedAt: i.published ?? i.updated,
  }),
  json: (i) => item({
    guid: i.id, url: i.url ?? i.external_url, title: i.title, summary: i.summary, content: i.content_html ?? i.content_text, publishedAt: i.date_published,
  }),
};
