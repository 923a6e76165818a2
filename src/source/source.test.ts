import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSources, type SourceOptions, type SourceResult } from './index.js';
import { parseTsvLine } from './sources-tsv.js';
import { dayInName } from './name-date.js';

let dir: string;
const opts = (extra: Partial<SourceOptions> = {}): SourceOptions => ({
  maxBytes: 1000, fetchTimeoutMs: 200, userAgent: 'isnad/0.1', cwd: dir, now: () => new Date('2024-10-15T00:00:00Z'), ...extra,
});

async function all(args: string[], extra: Partial<SourceOptions> = {}): Promise<SourceResult[]> {
  const out: SourceResult[] = [];
  for await (const r of readSources(args, opts(extra))) out.push(r);
  return out;
}
const text = (r: SourceResult) => (r.ok ? new TextDecoder().decode(r.doc.bytes) : `!${r.reason}`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-source-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('files and folders', () => {
  it('reads a file with the content type its name implies', async () => {
    writeFileSync(join(dir, 'a.html'), '<p>hi</p>');
    const [r] = await all(['a.html']);
    expect(r).toMatchObject({ ok: true, source: 'a.html', doc: { source: 'a.html', contentType: 'text/html', fetchedAt: '2024-10-15T00:00:00.000Z' } });
  });

  it('rejects a file over the size cap without reading it', async () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(1001));
    expect(await all(['big.txt'])).toEqual([{ ok: false, source: 'big.txt', reason: 'too-large', message: 'big.txt: 1001 bytes, more than the 1000-byte limit' }]);
  });

  it('reads a folder recursively, only .txt .html .htm .jsonl, in order, with URLs from SOURCES.tsv', async () => {
    mkdirSync(join(dir, 'f', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'f', 'b.txt'), 'B');
    writeFileSync(join(dir, 'f', 'sub', 'a.htm'), 'A');
    writeFileSync(join(dir, 'f', 'skip.pdf'), 'P');
    writeFileSync(join(dir, 'f', 'SOURCES.tsv'), 'file\toriginal_url\tlicence\nb.txt\thttps://example.org/b\t"CC ""BY"""\n');
    const rs = await all(['f']);
    expect(rs.map((r) => r.source)).toEqual(['f/b.txt', 'f/sub/a.htm']);
    expect(rs[0].ok && rs[0].doc.url).toBe('https://example.org/b');
  });

  it('expands globs and says when nothing matches', async () => {
    writeFileSync(join(dir, 'x1.txt'), '1');
    writeFileSync(join(dir, 'x2.txt'), '2');
    expect((await all(['x*.txt'])).map(text)).toEqual(['1', '2']);
    expect(await all(['y*.txt'])).toMatchObject([{ ok: false, reason: 'not-found' }]);
  });

  it('gives a result per item: a missing file does not stop the others', async () => {
    writeFileSync(join(dir, 'ok.txt'), 'fine');
    expect((await all(['missing.txt', 'ok.txt'])).map(text)).toEqual(['!not-found', 'fine']);
  });
});

describe('JSONL', () => {
  it('makes a document a line, sourced file.jsonl:LINE, title + blank line + text', async () => {
    writeFileSync(join(dir, 'feed.jsonl'), [
      JSON.stringify({ title: 'T', text: 'Body', url: 'https://e.org/1', outlet: 'Outlet', publishedAt: '2024-10-14' }),
      '',
      JSON.stringify({ html: '<h1>H</h1>' }),
      '{not json',
      JSON.stringify({ url: 'https://e.org/3' }),
      JSON.stringify({ text: 'y'.repeat(2000) }),
    ].join('\n'));
    const rs = await all(['feed.jsonl']);
    expect(rs.map((r) => r.source)).toEqual(['feed.jsonl:1', 'feed.jsonl:3', 'feed.jsonl:4', 'feed.jsonl:5', 'feed.jsonl:6']);
    expect(text(rs[0])).toBe('T\n\nBody');
    expect(rs[0]).toMatchObject({ doc: { url: 'https://e.org/1', contentType: 'text/plain' }, hints: { title: 'T', outlet: 'Outlet', publishedAt: '2024-10-14' } });
    expect(rs[1]).toMatchObject({ ok: true, doc: { contentType: 'text/html' } });
    expect(rs.slice(2).map(text)).toEqual(['!bad-record', '!bad-record', '!too-large']);
  });

  it('a record with no date takes the day its URL holds, said to come from the URL; its own date wins', async () => {
    writeFileSync(join(dir, 'feed.jsonl'), [
      JSON.stringify({ text: 'Body', url: 'https://e.org/2024/05/01/story' }),
      JSON.stringify({ text: 'Body', url: 'https://e.org/2024/05/01/story', publishedAt: '2024-05-02' }),
    ].join('\n'));
    const rs = await all(['feed.jsonl']);
    expect(rs[0]).toMatchObject({ hints: { publishedAt: '2024-05-01', publishedFrom: 'the URL' } });
    expect(rs[1].ok && rs[1].hints).toEqual({ publishedAt: '2024-05-02' });
  });
});

describe('URLs', () => {
  const respond = (body: string, init: ResponseInit & { url?: string } = {}) => {
    const res = new Response(body, init);
    if (init.url) Object.defineProperty(res, 'url', { value: init.url });
    return res;
  };

  it('fetches http(s) with the isnad user agent and keeps the declared charset', async () => {
    let agent = '';
    const fetch = (async (_u: string, init?: RequestInit) => {
      agent = new Headers(init?.headers).get('user-agent') ?? '';
      return respond('<p>x</p>', { headers: { 'content-type': 'text/html; charset=Windows-1256' }, url: 'https://e.org/a' });
    }) as typeof globalThis.fetch;
    const [r] = await all(['https://e.org/a'], { fetch });
    expect(agent).toBe('isnad/0.1');
    expect(r).toMatchObject({ ok: true, doc: { url: 'https://e.org/a', contentType: 'text/html', declaredCharset: 'windows-1256' } });
  });

  it('refuses other schemes', async () => {
    expect(await all(['ftp://e.org/a', 'file:///etc/passwd'])).toMatchObject([{ reason: 'bad-url' }, { reason: 'bad-url' }]);
  });

  const cases: [string, () => Promise<Response>, string][] = [
    ['an HTTP error', async () => respond('no', { status: 404 }), 'http-error'],
    ['a declared length over the cap', async () => respond('x', { headers: { 'content-length': '5000' } }), 'too-large'],
    ['a body over the cap', async () => respond('x'.repeat(5000)), 'too-large'],
    ['a network failure', async () => { throw new TypeError('fetch failed'); }, 'fetch-failed'],
  ];
  for (const [name, answer, reason] of cases) {
    it(`rejects ${name} as ${reason}`, async () => {
      expect(await all(['https://e.org/a'], { fetch: answer as unknown as typeof globalThis.fetch })).toMatchObject([{ ok: false, reason }]);
    });
  }

  it('gives up after the timeout', async () => {
    const fetch = ((_u: string, init?: RequestInit) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof globalThis.fetch;
    const [r] = await all(['https://e.org/slow'], { fetch, fetchTimeoutMs: 50 });
    expect(r).toMatchObject({ ok: false, reason: 'fetch-failed', message: 'https://e.org/slow: no answer within 0.05 s' });
  });
});

describe('stdin', () => {
  it('reads - from the injected stream, up to the cap', async () => {
    const stdin = (async function* () { yield 'hello '; yield Buffer.from('world'); })();
    expect((await all(['-'], { stdin })).map(text)).toEqual(['hello world']);
    const big = (async function* () { yield 'x'.repeat(1001); })();
    expect((await all(['-'], { stdin: big })).map(text)).toEqual(['!too-large']);
  });
});

it('parses quoted TSV fields', () => {
  expect(parseTsvLine('a\t"say ""hi"""\t')).toEqual(['a', 'say "hi"', '']);
});

describe('the day a file or URL is named by (name-date.ts)', () => {
  const NOW = new Date('2024-10-15T00:00:00Z');
  it.each([
    ['wnen-2020-01-11-cairo-summit.txt', '2020-01-11'],
    ['snn_2015_07_24_1887.txt', '2015-07-24'],
    ['/news/2024/05/01/story.html', '2024-05-01'],
    ['report-2020-13-45.txt', undefined],
    ['report-2023-02-30.txt', undefined],
    ['id-20200111.txt', undefined],
    ['2020-01-11', '2020-01-11'],
    ['x-12020-01-11.txt', undefined],
    ['mixed-2020-01/11.txt', undefined],
    ['ahead-2024-10-20.txt', undefined],
  ])('%s → %s', (name, day) => {
    expect(dayInName(name, NOW)).toBe(day);
  });

  it('a file named by its day gives that day as a hint, said to come from the file name; folders do not count', async () => {
    mkdirSync(join(dir, '2019-03-03'));
    writeFileSync(join(dir, 'wnen-2020-01-11-summit.txt'), 'Summit\n\nThe ministers met.');
    writeFileSync(join(dir, '2019-03-03', 'plain.txt'), 'Plain\n\nNo date here.');
    const [named] = await all(['wnen-2020-01-11-summit.txt']);
    expect(named).toMatchObject({ ok: true, hints: { publishedAt: '2020-01-11', publishedFrom: 'the file name' } });
    const [plain] = await all([join('2019-03-03', 'plain.txt')]);
    expect(plain.ok && plain.hints).toBeFalsy();
  });
});
