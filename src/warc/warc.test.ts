import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/index.js';
import { ingest } from '../cli/pipeline.js';
import { readSources, type SourceOptions, type SourceResult } from '../source/index.js';
import { openStore } from '../store/index.js';
import { parseHttpResponse } from './http.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-warc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const opts = (extra: Partial<SourceOptions> = {}): SourceOptions => ({
  maxBytes: 100_000, fetchTimeoutMs: 1000, userAgent: 'isnad/0.1', cwd: dir, now: () => new Date('2024-10-15T00:00:00Z'), ...extra,
});

/** One WARC record, headers then block then the blank lines that end it. */
function record(type: string, headers: Record<string, string>, block: Buffer | string, version = '1.0'): Buffer {
  const body = Buffer.from(block);
  const head = [`WARC/${version}`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${body.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(head + '\r\n\r\n'), body, Buffer.from('\r\n\r\n')]);
}

function page(title: string, sentence: string): string {
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${[1, 2, 3].map((i) => `<p>${sentence} This is paragraph ${i} of the report, which goes on for a while to be an article.</p>`).join('')}</article></body></html>`;
}

function httpResponse(body: Buffer | string, headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' }, status = '200 OK'): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(head + '\r\n\r\n'), Buffer.from(body)]);
}

/** A small crawl: warcinfo, a request, three article responses (one chunked and gzipped, one WARC/1.1), an image. */
function crawl(): Buffer[] {
  const chunked = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n0\r\n\r\n')]);
  return [
    record('warcinfo', { 'WARC-Date': '2024-10-14T08:00:00Z' }, 'software: test\r\n'),
    record('request', { 'WARC-Target-URI': 'https://news.example/a' }, 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n'),
    record('response', { 'WARC-Target-URI': '<https://news.example/a>', 'WARC-Date': '2024-10-14T08:00:01Z' },
      httpResponse(page('Envoy denies troop report', 'The envoy denied the report on Monday.'))),
    record('response', { 'WARC-Target-URI': 'https://news.example/b', 'WARC-Date': '2024-10-14T08:00:02Z' },
      httpResponse(chunked(gzipSync(page('Minister warns of escalation', 'The minister warned of an escalation.'))), {
        'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip',
      })),
    record('response', { 'WARC-Target-URI': 'https://news.example/c', 'WARC-Date': '2024-10-14T08:00:03Z' },
      httpResponse(page('Pentagon could not confirm deployment', 'The Pentagon said it could not confirm the deployment.')), '1.1'),
    record('response', { 'WARC-Target-URI': 'https://news.example/logo.png' }, httpResponse('PNG', { 'Content-Type': 'image/png' })),
  ];
}

async function all(args: string[], extra: Partial<SourceOptions> = {}): Promise<SourceResult[]> {
  const out: SourceResult[] = [];
  for await (const r of readSources(args, opts(extra))) out.push(r);
  return out;
}

describe('WARC files', () => {
  it('reads the response records of a .warc.gz (a gzip member per record) as documents', async () => {
    writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(crawl().map((r) => gzipSync(r))));
    const rs = await all(['crawl.warc.gz']);
    expect(rs.map((r) => r.source)).toEqual(['crawl.warc.gz:3', 'crawl.warc.gz:4', 'crawl.warc.gz:5']);
    expect(rs[0]).toMatchObject({ ok: true, doc: { url: 'https://news.example/a', contentType: 'text/html', declaredCharset: 'utf-8', fetchedAt: '2024-10-14T08:00:01.000Z' } });
    expect(rs[1].ok && new TextDecoder().decode(rs[1].doc.bytes)).toContain('Minister warns of escalation');
  });

  it('reads an uncompressed .warc the same way', async () => {
    writeFileSync(join(dir, 'crawl.warc'), Buffer.concat(crawl()));
    expect((await all(['crawl.warc'])).map((r) => r.ok)).toEqual([true, true, true]);
  });

  it('stores the three articles of a .warc.gz in a SQLite file', async () => {
    writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(crawl().map((r) => gzipSync(r))));
    const config = resolveConfig({ db: join(dir, 'isnad.db') }, {}, { cwd: dir, home: dir });
    const store = await openStore({ path: config.dbPath });
    try {
      const summary = await ingest(['crawl.warc.gz'], store, config, opts());
      expect(summary).toMatchObject({ stored: 3, rejected: 0 });
      const urls = (await store.db.selectFrom('articles').select('url').orderBy('url').execute()).map((r) => r.url);
      expect(urls).toEqual(['https://news.example/a', 'https://news.example/b', 'https://news.example/c']);
    } finally {
      await store.close();
    }
  });

  it('rejects a record over the size bound on its own and goes on', async () => {
    const big = record('response', { 'WARC-Target-URI': 'https://news.example/big' }, httpResponse('x'.repeat(200_000)));
    writeFileSync(join(dir, 'mixed.warc.gz'), Buffer.concat([big, ...crawl()].map((r) => gzipSync(r))));
    const rs = await all(['mixed.warc.gz']);
    expect(rs[0]).toMatchObject({ ok: false, source: 'mixed.warc.gz:1', reason: 'too-large' });
    expect(rs.slice(1).every((r) => r.ok)).toBe(true);
  });

  it('says when a file is not WARC, or ends inside a record', async () => {
    writeFileSync(join(dir, 'not.warc'), 'hello\r\n\r\n');
    expect(await all(['not.warc'])).toMatchObject([{ ok: false, reason: 'unreadable', message: expect.stringContaining('does not start with a WARC version line') }]);
    writeFileSync(join(dir, 'cut.warc'), Buffer.concat(crawl()).subarray(0, 700));
    expect((await all(['cut.warc'])).at(-1)).toMatchObject({ ok: false, reason: 'unreadable', message: expect.stringContaining('ends inside') });
  });
});

describe('HTTP response blocks', () => {
  it('parses status and headers, undoes chunking, and bounds a decompressed body', () => {
    const r = parseHttpResponse(httpResponse('4\r\nabcd\r\n0\r\n\r\n', { 'Transfer-Encoding': 'chunked' }), 100);
    expect(r).toMatchObject({ status: 200 });
    expect('body' in r && Buffer.from(r.body).toString()).toBe('abcd');
    const bomb = parseHttpResponse(httpResponse(gzipSync(Buffer.alloc(1_000_000)), { 'Content-Encoding': 'gzip' }), 1000);
    expect(bomb).toMatchObject({ error: expect.stringContaining('could not be decoded') });
    expect(parseHttpResponse(Buffer.from('garbage'), 100)).toMatchObject({ error: 'no end to the HTTP headers' });
  });
});
