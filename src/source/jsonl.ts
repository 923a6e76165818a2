import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { dayOfUrl } from './name-date.js';
import type { Document } from '../model/index.js';
import { rejection, type ArticleHints, type SourceOptions, type SourceResult } from './types.js';

/**
 * One Document per line of a JSONL file (`file.jsonl:LINE`), streamed: the file may be larger
 * than memory, each line must fit the size cap. A line is `{text | html, url?, title?, outlet?, publishedAt?}`.
 */
export async function* readJsonlSource(path: string, opts: SourceOptions): AsyncGenerator<SourceResult> {
  const stream = createReadStream(resolve(opts.cwd ?? process.cwd(), path));
  const opened = await new Promise<Error | null>((ok) => stream.once('open', () => ok(null)).once('error', ok));
  if (opened) {
    const code = (opened as NodeJS.ErrnoException).code;
    yield rejection(path, code === 'ENOENT' ? 'not-found' : 'unreadable', opened.message);
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      yield recordSource(`${path}:${n}`, line, opts);
    }
  } catch (e) {
    yield rejection(`${path}:${n + 1}`, 'unreadable', (e as Error).message);
  }
}

/** One JSONL record → a Document (a text record with a title is `title`, a blank line, `text`). */
export function recordSource(source: string, line: string, opts: SourceOptions): SourceResult {
  const size = Buffer.byteLength(line);
  if (size > opts.maxBytes) return rejection(source, 'too-large', `${size} bytes, more than the ${opts.maxBytes}-byte limit`);
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return rejection(source, 'bad-record', `not JSON (${(e as Error).message})`);
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return rejection(source, 'bad-record', 'not a JSON object');
  const r = rec as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string) : undefined);
  const html = str('html');
  const text = str('text');
  if (!html && !text) return rejection(source, 'bad-record', 'has neither a "text" nor an "html" field');
  const title = str('title');
  const body = html ?? (title ? `${title}\n\n${text}` : text!);
  const now = (opts.now ?? (() => new Date()))();
  const doc: Document = {
    bytes: new TextEncoder().encode(body),
    source,
    contentType: html ? 'text/html' : 'text/plain',
    fetchedAt: now.toISOString(),
  };
  const url = str('url');
  if (url) doc.url = url;
  const hints: ArticleHints = {};
  if (title) hints.title = title;
  if (str('outlet')) hints.outlet = str('outlet');
  if (str('publishedAt')) hints.publishedAt = str('publishedAt');
  else if (url && dayOfUrl(url, now)) Object.assign(hints, { publishedAt: dayOfUrl(url, now), publishedFrom: 'the URL' });
  return { ok: true, source, doc, ...(Object.keys(hints).length ? { hints } : {}) };
}
