import { open, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { dayOfFile, dayOfUrl } from './name-date.js';
import { rejection, type ArticleHints, type SourceOptions, type SourceResult } from './types.js';

/** What a file name says about its content. */
export function contentTypeOf(path: string): string | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'text/html';
  if (ext === '.txt' || ext === '.text') return 'text/plain';
  return undefined;
}

/** Reads one file into a Document; a file over the size cap is rejected after a stat, unread. */
export async function readFileSource(path: string, opts: SourceOptions, url?: string): Promise<SourceResult> {
  const full = resolve(opts.cwd ?? process.cwd(), path);
  try {
    const info = await stat(full);
    if (!info.isFile()) return rejection(path, 'unreadable', 'not a regular file');
    if (info.size > opts.maxBytes) return rejection(path, 'too-large', `${info.size} bytes, more than the ${opts.maxBytes}-byte limit`);
    const handle = await open(full, 'r');
    try {
      // Read at most one byte past the cap: the file may have grown since the stat.
      const buf = Buffer.alloc(Math.min(info.size, opts.maxBytes) + 1);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      if (bytesRead > opts.maxBytes) return rejection(path, 'too-large', `more than the ${opts.maxBytes}-byte limit`);
      const now = (opts.now ?? (() => new Date()))();
      const doc = { bytes: new Uint8Array(buf.buffer, buf.byteOffset, bytesRead), source: path, fetchedAt: now.toISOString() };
      const contentType = contentTypeOf(path);
      const hints = namedDay(path, url, now);
      return { ok: true, source: path, doc: { ...doc, ...(contentType ? { contentType } : {}), ...(url ? { url } : {}) }, ...(hints ? { hints } : {}) };
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return rejection(path, 'not-found', 'no such file');
    return rejection(path, 'unreadable', (e as Error).message);
  }
}

/** The day the file's name holds, else the day its URL (SOURCES.tsv) holds, as a hint. */
function namedDay(path: string, url: string | undefined, now: Date): ArticleHints | undefined {
  const file = dayOfFile(path, now);
  if (file) return { publishedAt: file, publishedFrom: 'the file name' };
  const page = url ? dayOfUrl(url, now) : undefined;
  return page ? { publishedAt: page, publishedFrom: 'the URL' } : undefined;
}
