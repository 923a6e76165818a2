// Atom 1.0 (RFC 4287) documents as strings: every text escaped, characters XML forbids dropped.

export interface AtomEntry {
  /** A permanent IRI (the entry's page URL with a fragment is fine). */
  id: string;
  title: string;
  /** Language of the title and summary (`ar`, `en`). */
  lang?: string;
  url: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  author?: string;
  summary?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own URL. */
  self: string;
  /** The HTML page it follows. */
  alternate: string;
  updated: string;
  entries: AtomEntry[];
}

/** Characters not allowed in XML 1.0 (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/** An ISO date (`2024-10-14`) or date-time as an RFC 3339 date-time; undefined when unreadable. */
export function rfc3339(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
const langAttr = (lang?: string) => (lang && /^[a-z]{2,3}$/.test(lang) ? ` xml:lang="${lang}"` : '');

export function atomXml(feed: AtomFeed): string {
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    el('id', feed.id),
    el('title', feed.title),
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    el('updated', feed.updated),
    '<author><name>isnad</name></author>',
    '<generator>isnad</generator>',
  ];
  for (const e of feed.entries) {
    out.push(
      `<entry${langAttr(e.lang)}>`,
      el('id', e.id),
      el('title', e.title),
      `<link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
      el('updated', e.updated),
      ...(e.published ? [el('published', e.published)] : []),
      ...(e.author ? [`<author>${el('name', e.author)}</author>`] : []),
      ...(e.summary ? [el('summary', e.summary)] : []),
      '</entry>',
    );
  }
  out.push('</feed>');
  return out.join('\n');
}
