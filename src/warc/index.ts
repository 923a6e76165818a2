import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Document } from '../model/index.js';
import { rejection, type SourceOptions, type SourceResult } from '../source/types.js';
import { parseHttpResponse } from './http.js';
import { readWarcRecords, WarcFormatError } from './reader.js';

export { readWarcRecords, WarcFormatError, type WarcRecord } from './reader.js';
export { parseHttpResponse } from './http.js';

/** File names read as WARC. */
export const WARC_EXTENSIONS = ['.warc', '.warc.gz'];
/** The two bytes every gzip member starts with. */
const GZIP_MAGIC = [0x1f, 0x8b];
/** Media types of responses that may be articles; other responses (images, scripts) are passed over. */
const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;
/** An HTTP response block may hold its headers on top of the page: allowed this many bytes (64 KiB) over the page bound. */
const HTTP_HEAD_ALLOWANCE = 64 * 1024;

/**
 * The articles of a WARC file (`file.warc` or `file.warc.gz`, gzip member per record as Common
 * Crawl publishes): one Document per HTML or text response with a 2xx status, `file:N` for record
 * N, streamed so that the file may be larger than memory. Request, metadata, warcinfo and
 * non-article responses are passed over; a record over the size bound is rejected on its own.
 */
export async function* readWarcSource(path: string, opts: SourceOptions): AsyncGenerator<SourceResult> {
  const full = resolve(opts.cwd ?? process.cwd(), path);
  let stream: Readable;
  try {
    stream = await openDecompressed(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield rejection(path, code === 'ENOENT' ? 'not-found' : 'unreadable', (e as Error).message);
    return;
  }
  const wants = (h: Map<string, string>) => (h.get('warc-type') ?? '').toLowerCase() === 'response';
  try {
    for await (const rec of readWarcRecords(stream, { maxBlockBytes: opts.maxBytes + HTTP_HEAD_ALLOWANCE, wants })) {
      if (rec.type !== 'response') continue;
      const source = `${path}:${rec.ordinal}`;
      if (rec.tooLarge) {
        yield rejection(source, 'too-large', `a ${rec.contentLength}-byte response, more than the ${opts.maxBytes}-byte limit`);
        continue;
      }
      const http = parseHttpResponse(rec.block!, opts.maxBytes);
      if ('error' in http) {
        yield rejection(source, 'bad-record', http.error);
        continue;
      }
      const [media, ...params] = (http.headers.get('content-type') ?? '').split(';').map((p) => p.trim().toLowerCase());
      if (http.status < 200 || http.status >= 300 || (media && !ARTICLE_TYPES.test(media))) continue;
      const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/^"|"$/g, '');
      const url = rec.headers.get('warc-target-uri')?.replace(/^<|>$/g, '');
      const date = Date.parse(rec.headers.get('warc-date') ?? '');
      const doc: Document = {
        bytes: http.body,
        source,
        ...(url ? { url } : {}),
        ...(media ? { contentType: media } : {}),
        ...(charset ? { declaredCharset: charset } : {}),
        fetchedAt: Number.isNaN(date) ? (opts.now ?? (() => new Date()))().toISOString() : new Date(date).toISOString(),
      };
      yield { ok: true, source, doc };
    }
  } catch (e) {
    yield rejection(path, 'unreadable', e instanceof WarcFormatError ? e.message : `not a readable WARC file (${(e as Error).message})`);
  } finally {
    stream.destroy();
  }
}

/** The file as a stream of WARC bytes, gunzipped when it starts like gzip (every member in turn). */
async function openDecompressed(full: string): Promise<Readable> {
  const handle = await open(full, 'r');
  const head = Buffer.alloc(2);
  try {
    await handle.read(head, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(full);
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return raw;
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}
