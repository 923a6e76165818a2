import { xmlEscape, type AtomFeed } from './atom.js';

// RSS 2.0 of the same feed an Atom document is made from: every text escaped, dates in RFC 822.

/** An RFC 3339 date-time as RFC 822 (`Tue, 15 Oct 2024 00:00:00 GMT`). */
export const rfc822 = (iso: string) => new Date(iso).toUTCString();

const el = (name: string, text: string) => `<${name}>${xmlEscape(text)}</${name}>`;

export function rssXml(feed: AtomFeed): string {
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    el('title', feed.title),
    el('link', feed.alternate),
    el('description', feed.title),
    `<atom:link rel="self" type="application/rss+xml" href="${xmlEscape(feed.self)}"/>`,
    el('lastBuildDate', rfc822(feed.updated)),
    el('generator', 'isnad'),
  ];
  for (const e of feed.entries) {
    out.push(
      '<item>',
      el('title', e.title),
      el('link', e.url),
      `<guid isPermaLink="true">${xmlEscape(e.id)}</guid>`,
      el('pubDate', rfc822(e.published ?? e.updated)),
      ...(e.author ? [el('dc:creator', e.author)] : []),
      ...(e.lang ? [el('dc:language', e.lang)] : []),
      ...(e.summary ? [el('description', e.summary)] : []),
      '</item>',
    );
  }
  out.push('</channel>', '</rss>');
  return out.join('\n');
}
