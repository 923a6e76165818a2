import type { Fetcher } from '../fetch/index.js';
import type { Document } from '../model/index.js';

/** Why an input gave no document. */
export type SourceReason =
  | 'not-found'
  | 'too-large'
  | 'unreadable'
  | 'bad-url'
  | 'fetch-failed'
  | 'http-error'
  | 'private-address'
  | 'robots'
  | 'rate-limited'
  | 'bad-record'
  | 'no-files';

/**
 * Article fields a source knows better than the bytes do (a JSONL record's outlet and date), or knows when the bytes
 * say nothing (the day a file or URL is named by: name-date.ts).
 */
export interface ArticleHints {
  title?: string;
  outlet?: string;
  publishedAt?: string;
  /** Where a guessed `publishedAt` was read (`the file name`, `the URL`): the article says so when it takes it. */
  publishedFrom?: string;
}

export type SourceResult =
  | { ok: true; source: string; doc: Document; hints?: ArticleHints }
  | { ok: false; source: string; reason: SourceReason; message: string };

export type SourceRejection = Extract<SourceResult, { ok: false }>;

/** One thing to read: a file, a JSONL file (many documents), a URL or stdin. */
export type Input =
  | { kind: 'file'; path: string; url?: string }
  | { kind: 'jsonl'; path: string }
  | { kind: 'warc'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' };

export interface SourceOptions {
  /** Inputs (files, responses, JSONL lines) larger than this many bytes are rejected unread. */
  maxBytes: number;
  /** URL fetches give up after this many milliseconds. */
  fetchTimeoutMs: number;
  userAgent: string;
  /** A WHATWG fetch to use instead of the network (tests): no address checks, no robots.txt. */
  fetch?: typeof globalThis.fetch;
  /** The fetcher of URLs (default: the safe fetcher of src/fetch, made once per options object). */
  fetcher?: Fetcher;
  /** Fetch URLs on loopback, private and link-local addresses too (`--allow-private`). */
  allowPrivate?: boolean;
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Folder relative paths are read from (default: the process's). */
  cwd?: string;
  /** Clock for Document.fetchedAt. */
  now?: () => Date;
}

export const rejection = (source: string, reason: SourceReason, message: string): SourceRejection => ({
  ok: false, source, reason, message: `${source}: ${message}`,
});
