import { createHash } from 'node:crypto';
import type { SourceResult } from '../source/index.js';
import { canonicalUrl } from '../urls/index.js';
import type { ArticleJob, NewJob } from './types.js';

// A document as an article job and back: bytes as base64 in the job's JSON, and the job's key.

type Ok = Extract<SourceResult, { ok: true }>;

/**
 * The job of a document read here (file, JSONL record, WARC record, stdin). Its key is the hash of
 * its bytes: queueing the same bytes again while they wait is a no-op, and once done the store's own
 * content hash makes a second run a duplicate.
 */
export function documentJob(item: Ok, replace = false): NewJob<'article'> {
  const { doc } = item;
  const data: ArticleJob = {
    kind: 'document',
    source: item.source,
    bytes: Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength).toString('base64'),
    ...(doc.contentType ? { contentType: doc.contentType } : {}),
    ...(doc.declaredCharset ? { declaredCharset: doc.declaredCharset } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.fetchedAt ? { fetchedAt: doc.fetchedAt } : {}),
    ...(item.hints ? { hints: item.hints } : {}),
    ...(replace ? { replace } : {}),
  };
  const hash = createHash('sha256').update(doc.bytes).digest('hex');
  return { data, key: `${replace ? 'replace' : 'doc'}:${hash}` };
}

/** The job of a URL a worker fetches itself; keyed by its canonical form. */
export function urlJob(url: string, allowPrivate: boolean, replace = false): NewJob<'article'> {
  return { data: { kind: 'url', url, ...(allowPrivate ? { allowPrivate } : {}), ...(replace ? { replace } : {}) }, key: `${replace ? 'replace-url' : 'url'}:${canonicalUrl(url) ?? url}` };
}

/** The document an article job of kind `document` carries. */
export function documentOf(job: Extract<ArticleJob, { kind: 'document' }>): Ok {
  return {
    ok: true,
    source: job.source,
    doc: {
      bytes: new Uint8Array(Buffer.from(job.bytes, 'base64')),
      source: job.source,
      ...(job.contentType ? { contentType: job.contentType } : {}),
      ...(job.declaredCharset ? { declaredCharset: job.declaredCharset } : {}),
      ...(job.url ? { url: job.url } : {}),
      ...(job.fetchedAt ? { fetchedAt: job.fetchedAt } : {}),
    },
    ...(job.hints ? { hints: job.hints } : {}),
  };
}
