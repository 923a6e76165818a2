import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../cli/io.js';
import { main } from '../cli/main.js';
import { startTestServer, type TestServer } from '../fetch/test-server.js';
import { rss } from './fixtures.js';

let dir: string;
let server: TestServer;
let clock: Date;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
    stdin: (async function* () {})(), env: { ISNAD_DB: join(dir, 'isnad.db') }, cwd: dir, now: () => clock,
  };
  return { code: await main(['node', 'isnad', ...args], io), out, err };
}

const page = `<html><head><title>Envoy denies troop report</title></head><body><article><h1>Envoy denies troop report</h1>${[1, 2, 3]
  .map((i) => `<p>The envoy denied the report on Monday. This is paragraph ${i}, long enough to be read as an article.</p>`).join('')}</article></body></html>`;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-feeds-cli-'));
  clock = new Date('2024-10-15T12:00:00Z');
  server = await startTestServer((req, res) => {
    if (req.url === '/feed') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([{ guid: 'a', link: `${server.url}/a`, title: 'Envoy denies troop report' }]));
    if (req.url === '/a') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    res.writeHead(404).end();
  });
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('isnad feeds and isnad watch', () => {
  it('adds, lists, watches once and removes a feed', async () => {
    expect(await run(['feeds', 'add', `${server.url}/feed`, '--every', '30m'])).toMatchObject({ code: 0, out: `following: feed 1 ${server.url}/feed every 30m\n` });
    expect((await run(['feeds', 'add', `${server.url}/feed`])).out).toMatch(/^already following: feed 1/);

    const watched = await run(['watch', '--once', '--allow-private', '--host-interval', '0']);
    expect(watched.code).toBe(0);
    expect(watched.err).toContain('1 items, 1 stored');

    const listed = JSON.parse((await run(['feeds', 'list', '--format', 'json'])).out);
    expect(listed).toMatchObject([{ id: 1, url: `${server.url}/feed`, everySeconds: 1800, title: 'Wire', lastPolledAt: '2024-10-15T12:00:00.000Z', nextPollAt: '2024-10-15T12:30:00.000Z', items: { stored: 1 } }]);
    expect((await run(['feeds', 'list'])).out).toMatch(/^1\thttp:\/\/127\.0\.0\.1:\d+\/feed\tevery 30m\tpolled 2024-10-15T12:00:00.000Z\t/);

    expect(await run(['feeds', 'remove', `${server.url.toUpperCase()}/feed`])).toMatchObject({ code: 0, out: `no longer following: feed 1 ${server.url}/feed\n` });
    expect(await run(['feeds', 'remove', '1'])).toMatchObject({ code: 1, err: 'isnad: 1: no such feed (see isnad feeds list)\n' });
  });

  it('refuses the loopback feed without --allow-private, and exits 1 with the reason', async () => {
    await run(['feeds', 'add', `${server.url}/feed`]);
    const r = await run(['watch', '--once']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('failed (private-address): 127.0.0.1 is a private, loopback or link-local address (use --allow-private to fetch it)');
    expect(server.requests).toEqual([]);
  });

  it('refuses bad feed URLs and intervals as usage errors', async () => {
    expect((await run(['feeds', 'add', 'file:///etc/passwd'])).code).toBe(2);
    expect((await run(['feeds', 'add', 'https://example.org/rss', '--every', '5s'])).code).toBe(2);
  });
});
