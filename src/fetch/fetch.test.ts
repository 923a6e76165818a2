import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs, createFetcher, isPrivateAddress, parseRetryAfter, type FetcherOptions } from './index.js';
import { guardSocket, PrivateAddressError } from './guard.js';
import { startTestServer, type TestServer } from './test-server.js';

const NOW = new Date('2024-10-15T12:00:00Z');
const options = (extra: Partial<FetcherOptions> = {}): FetcherOptions => ({
  userAgent: 'isnad/0.1 (+https://github.com/isnad)', allowPrivate: true, maxBytes: 10_000, maxDecompressedBytes: 50_000,
  timeoutMs: 2000, maxRedirects: 5, perHostConcurrency: 2, perHostIntervalMs: 0, now: () => NOW, ...extra,
});

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('fetching from a real server on loopback', () => {
  it('fetches a page as isnad, follows a redirect and reports the final URL, type and charset', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/old') return res.writeHead(301, { location: '/new' }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset="Windows-1256"', etag: '"v1"' }).end('<p>hi</p>');
    });
    const r = await createFetcher(options()).fetchPage(`${server.url}/old`);
    expect(r).toMatchObject({ ok: true, status: 200, url: `${server.url}/new`, contentType: 'text/html', charset: 'windows-1256', etag: '"v1"' });
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('<p>hi</p>');
    expect(server.requests.find((q) => q.path === '/old')?.headers['user-agent']).toBe('isnad/0.1 (+https://github.com/isnad)');
  });

  it('refuses 127.0.0.1 when private addresses are not allowed, without connecting', async () => {
    server = await startTestServer((_q, res) => res.end('secret'));
    const r = await createFetcher(options({ allowPrivate: false })).fetchPage(`${server.url}/admin`);
    expect(r).toMatchObject({ ok: false, reason: 'private-address' });
    expect(server.requests).toEqual([]);
  });

  it('refuses a host name that resolves to loopback (checked on the address connected to)', async () => {
    server = await startTestServer((_q, res) => res.end('secret'));
    const resolve = async () => [{ address: '127.0.0.1', family: 4 as const }];
    const r = await createFetcher(options({ allowPrivate: false, resolve })).fetchPage(`http://outlet.test:${server.port}/`, { robots: false });
    expect(r).toMatchObject({ ok: false, reason: 'private-address', message: expect.stringContaining('outlet.test is at 127.0.0.1, which is a private') });
    expect(server.requests).toEqual([]);
    const allowed = await createFetcher(options({ allowPrivate: false, allowHosts: ['outlet.test'], resolve })).fetchPage(`http://outlet.test:${server.port}/`, { robots: false });
    expect(allowed).toMatchObject({ ok: true, status: 200 });
  });

  it('refuses a redirect to a private address when private addresses are not allowed', async () => {
    server = await startTestServer((_q, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
    const r = await createFetcher(options({ allowPrivate: false, allowHosts: ['127.0.0.1'] })).fetchPage(`${server.url}/go`, { robots: false });
    expect(r).toMatchObject({ ok: false, reason: 'private-address', message: expect.stringContaining('169.254.169.254') });
  });

  it('refuses schemes other than http and https, also after a redirect', async () => {
    server = await startTestServer((_q, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect(await createFetcher(options()).fetchPage('ftp://example.org/x')).toMatchObject({ ok: false, reason: 'refused-scheme' });
    expect(await createFetcher(options()).fetchPage(`${server.url}/x`, { robots: false })).toMatchObject({ ok: false, reason: 'refused-scheme', message: 'redirected to file:///etc/passwd' });
  });

  it('answers a conditional GET with 304 as "not modified"', async () => {
    server = await startTestServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 14 Oct 2024 10:00:00 GMT' }).end('body');
    });
    const fetcher = createFetcher(options());
    const first = await fetcher.fetchPage(`${server.url}/feed`, { robots: false });
    expect(first).toMatchObject({ ok: true, status: 200, etag: '"v1"', lastModified: 'Mon, 14 Oct 2024 10:00:00 GMT' });
    expect(await fetcher.fetchPage(`${server.url}/feed`, { etag: '"v1"', robots: false })).toMatchObject({ ok: true, status: 304, notModified: true });
  });

  it('honours 429 with Retry-After: says how long to wait and does not ask again before then', async () => {
    server = await startTestServer((_q, res) => res.writeHead(429, { 'retry-after': '120' }).end());
    const fetcher = createFetcher(options());
    expect(await fetcher.fetchPage(`${server.url}/a`, { robots: false })).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 120_000, status: 429 });
    expect(await fetcher.fetchPage(`${server.url}/b`, { robots: false })).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 120_000 });
    expect(server.requests.map((q) => q.path)).toEqual(['/a']);
  });

  it('refuses a redirect loop with a clear reason', async () => {
    server = await startTestServer((req, res) => res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end());
    expect(await createFetcher(options()).fetchPage(`${server.url}/a`, { robots: false })).toMatchObject({
      ok: false, reason: 'too-many-redirects', message: `redirect loop: ${server.url}/b sends back to ${server.url}/a`,
    });
  });

  it('gives up after the redirect limit', async () => {
    server = await startTestServer((req, res) => res.writeHead(302, { location: `/r${Number(req.url!.slice(2)) + 1}` }).end());
    const r = await createFetcher(options({ maxRedirects: 3 })).fetchPage(`${server.url}/r0`, { robots: false });
    expect(r).toMatchObject({ ok: false, reason: 'too-many-redirects', message: expect.stringContaining('more than 3 redirects') });
    expect(server.requests).toHaveLength(4);
  });

  it('rejects a page over the size bound, declared or streamed', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/declared') return res.writeHead(200, { 'content-length': '20000' }).end('x'.repeat(20000));
      res.writeHead(200);
      for (let i = 0; i < 20; i++) res.write('x'.repeat(1000));
      res.end();
    });
    const fetcher = createFetcher(options());
    expect(await fetcher.fetchPage(`${server.url}/declared`, { robots: false })).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringContaining('20000 bytes declared') });
    expect(await fetcher.fetchPage(`${server.url}/streamed`, { robots: false })).toMatchObject({ ok: false, reason: 'too-large', message: 'more than the 10000-byte limit' });
  });

  it('stops a gzip bomb at the decompressed bound', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024)); // 50 MiB of zeros in ~50 KiB
    server = await startTestServer((_q, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    const r = await createFetcher(options({ maxBytes: 100_000, maxDecompressedBytes: 1_000_000 })).fetchPage(`${server.url}/bomb`, { robots: false });
    expect(r).toMatchObject({ ok: false, reason: 'too-large', message: 'more than 1000000 bytes once decompressed' });
  });

  it('stops an endless gzip stream at the decompressed bound instead of reading it for ever', async () => {
    // The server compresses zeros until the client hangs up: only a fetcher that stops at the bound returns.
    server = await startTestServer((_q, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      const gzip = createGzip();
      gzip.pipe(res);
      const zeros = Buffer.alloc(64 * 1024);
      const pump = () => { while (!res.destroyed && gzip.write(zeros)); if (!res.destroyed) gzip.once('drain', pump); };
      res.on('close', () => gzip.destroy());
      pump();
    });
    const r = await createFetcher(options({ maxBytes: 10_000_000, maxDecompressedBytes: 1_000_000, timeoutMs: 60_000 })).fetchPage(`${server.url}/endless`, { robots: false });
    expect(r).toMatchObject({ ok: false, reason: 'too-large', message: 'more than 1000000 bytes once decompressed' });
  });

  const encodings: [string, (b: Buffer) => Buffer][] = [['gzip', gzipSync], ['br', brotliCompressSync], ['deflate', deflateSync]];
  for (const [name, encode] of encodings) {
    it(`undoes ${name} Content-Encoding`, async () => {
      server = await startTestServer((_q, res) => res.writeHead(200, { 'content-encoding': name }).end(encode(Buffer.from('مرحبا'))));
      const r = await createFetcher(options()).fetchPage(`${server.url}/`, { robots: false });
      expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('مرحبا');
    });
  }

  it('gives up after the timeout', async () => {
    server = await startTestServer(() => {});
    expect(await createFetcher(options({ timeoutMs: 100 })).fetchPage(`${server.url}/slow`, { robots: false })).toMatchObject({
      ok: false, reason: 'timeout', message: 'no answer within 0.1 s',
    });
  });

  it('gives up on a body that trickles past the timeout', async () => {
    server = await startTestServer((_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const drip = setInterval(() => res.write('x'), 20);
      res.on('close', () => clearInterval(drip));
    });
    expect(await createFetcher(options({ timeoutMs: 150 })).fetchPage(`${server.url}/drip`, { robots: false })).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('spaces the requests to one host by the interval', async () => {
    server = await startTestServer((_q, res) => res.end('ok'));
    const fetcher = createFetcher(options({ perHostIntervalMs: 100, now: () => new Date() }));
    const started = Date.now();
    for (const p of ['/1', '/2', '/3']) expect(await fetcher.fetchPage(`${server.url}${p}`, { robots: false })).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('reports an HTTP error with its status', async () => {
    server = await startTestServer((_q, res) => res.writeHead(404).end('no'));
    expect(await createFetcher(options()).fetchPage(`${server.url}/x`, { robots: false })).toMatchObject({ ok: false, reason: 'http-error', status: 404, message: 'HTTP 404 Not Found' });
  });

  it('respects robots.txt, read once per host; a missing robots.txt allows everything', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/robots.txt') return res.end('User-agent: isnad\nDisallow: /private/\n');
      res.end('ok');
    });
    const fetcher = createFetcher(options());
    expect(await fetcher.fetchPage(`${server.url}/private/x`)).toMatchObject({ ok: false, reason: 'robots', message: expect.stringContaining('disallows') });
    expect(await fetcher.fetchPage(`${server.url}/public/x`)).toMatchObject({ ok: true });
    expect(server.requests.map((q) => q.path)).toEqual(['/robots.txt', '/public/x']);
    const open = await startTestServer((req, res) => (req.url === '/robots.txt' ? res.writeHead(404).end() : res.end('ok')));
    try {
      expect(await createFetcher(options()).fetchPage(`${open.url}/any`)).toMatchObject({ ok: true });
    } finally {
      await open.close();
    }
  });

  it('keeps to the per-host concurrency cap', async () => {
    let inFlight = 0;
    let most = 0;
    server = await startTestServer((_q, res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        res.end('ok');
      }, 30);
    });
    const fetcher = createFetcher(options({ perHostConcurrency: 1 }));
    const rs = await Promise.all([1, 2, 3].map((i) => fetcher.fetchPage(`${server!.url}/${i}`, { robots: false })));
    expect(rs.every((r) => r.ok)).toBe(true);
    expect(most).toBe(1);
  });
});

describe('addresses', () => {
  it('destroys a socket that connected to a private address (the last check, after DNS)', () => {
    const socket = Object.assign(new EventEmitter(), { remoteAddress: undefined as string | undefined, destroyed: undefined as Error | undefined, destroy(e: Error) { this.destroyed = e; } });
    guardSocket(socket as unknown as Socket, 'outlet.test', { allowPrivate: false });
    socket.remoteAddress = '10.0.0.7';
    socket.emit('connect');
    expect(socket.destroyed).toBeInstanceOf(PrivateAddressError);
    expect(socket.destroyed?.message).toBe('outlet.test is at 10.0.0.7, which is a private, loopback or link-local address (use --allow-private to fetch it)');
  });

  const cases: [string, boolean][] = [
    ['127.0.0.1', true], ['127.8.9.10', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.31.255.255', true], ['172.32.0.1', false],
    ['192.168.1.1', true], ['169.254.169.254', true], ['0.0.0.0', true], ['100.100.100.200', true], ['8.8.8.8', false],
    ['::1', true], ['[::1]', true], ['::', true], ['fd00:ec2::254', true], ['fc00::1', true], ['fe80::1%eth0', true],
    ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true], ['::ffff:a9fe:a9fe', true], ['64:ff9b::a00:1', true],
    ['2001:4860:4860::8888', false], ['::ffff:8.8.8.8', false], ['example.org', false],
  ];
  for (const [ip, expected] of cases) {
    it(`${expected ? 'refuses' : 'allows'} ${ip}`, () => expect(isPrivateAddress(ip)).toBe(expected));
  }
});

describe('waiting', () => {
  it('reads Retry-After as seconds or as a date, capped at a day', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('Tue, 15 Oct 2024 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('999999999', NOW)).toBe(24 * 3600 * 1000);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });

  it('backs off by doubling, never less than the server asked', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, { baseMs: 1000, maxMs: 3000 }))).toEqual([1000, 2000, 3000]);
    expect(backoffMs(1, { baseMs: 1000, retryAfterMs: 5000 })).toBe(5000);
  });
});
