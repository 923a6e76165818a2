import { createHash } from 'node:crypto';
import type { Article, Document } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';

/** Why an input was not turned into an article. */
export type RejectReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'bad-encoding'
  | 'not-an-article'
  | 'too-deep'
  | 'unreadable';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: RejectReason; message: string };

export interface ExtractOptions {
  /** Inputs larger than this many bytes are rejected (`too-large`). */
  maxBytes?: number;
}

/**
 * Document → Article. PROVISIONAL plain-text path (title = first line, rest = paragraphs);
 * the full stage (decoding, HTML, boilerplate, repairs, language) replaces it.
 */
export function extract(doc: Document, _opts: ExtractOptions = {}): ExtractResult {
  const text = new TextDecoder('utf-8').decode(doc.bytes);
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return { ok: false, reason: 'empty', message: `${doc.source}: the input is empty` };
  const [title, ...paragraphs] = lines;
  const body = paragraphs.join('\n\n');
  return {
    ok: true,
    article: {
      id: articleId(title, body),
      source: doc.source,
      url: doc.url,
      title,
      language: /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en',
      paragraphs,
      text: body,
      removed: [],
      repairs: [],
      encoding: { name: 'utf-8', from: 'default' },
      warnings: [],
    },
  };
}

/** Content hash of the normalised title and text, so that the same article is one article. */
export function articleId(title: string, text: string): string {
  const key = matchKey(`${title}\n${text}`).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex').slice(0, 20);
}
