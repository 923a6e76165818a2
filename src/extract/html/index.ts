/**
 * The HTML path of article extraction: a page's HTML → its metadata and
 * main-text paragraphs, with what was dropped. Pure, bounded, no recursion.
 */
import { parsePage } from './01-parse.js';
import { readMetadata, type Metadata } from './02-metadata.js';
import { markPage } from './03-clean.js';
import { pickMain } from './04-score.js';
import { paragraphsOf, type Removed } from './05-paragraphs.js';
import { RETRY_BELOW_CHARS } from './constants.js';
import type { El } from './dom.js';

export type { Removed } from './05-paragraphs.js';

/** The page's metadata (less the <h1>, used only to find the title in the body) and its main text. */
export interface HtmlExtraction extends Omit<Metadata, 'h1'> {
  /** Main text, one entry per p / h2… / li / blockquote; whitespace collapsed. */
  paragraphs: string[];
  /** Notable blocks dropped inside or near the main content (at most ~20, texts cut to 200 characters). */
  removed: Removed[];
}

export function extractHtml(html: string, opts: { url?: string } = {}): HtmlExtraction {
  // 1. Parse into a bounded element tree.
  const page = parsePage(html);
  // 2. Metadata: meta, link, JSON-LD, <time>, byline/standfirst elements, URL.
  const { h1: _h1, ...meta } = readMetadata(page, opts.url);
  // 3–5. Mark what leaves the text, score the main content, collect its paragraphs;
  // when class/id hints leave too little, retry with only the comment-section hints (Readability's fallback).
  const marks = markPage(page, 'all');
  const main = pickMain(page, marks);
  let body = paragraphsOf(main.roots, marks, nearOf(main.top));
  if (length(body.paragraphs) < RETRY_BELOW_CHARS) {
    const plain = markPage(page, 'comments');
    const retry = paragraphsOf(pickMain(page, plain).roots, plain);
    if (length(retry.paragraphs) > length(body.paragraphs)) body = { paragraphs: retry.paragraphs, removed: body.removed };
  }
  return { ...meta, paragraphs: body.paragraphs, removed: body.removed };
}

/** The block around the article whose dropped parts are worth listing: the top candidate's grandparent, short of <body>. */
function nearOf(top: El | null): El | null {
  let near = top?.parent ?? null;
  if (near?.parent && !FRAME_TAGS.has(near.parent.tag)) near = near.parent;
  return near && !FRAME_TAGS.has(near.tag) ? near : top;
}
const FRAME_TAGS = new Set(['#root', 'html', 'body']);

function length(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.length;
  return n;
}
