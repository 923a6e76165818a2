import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../cli/io.js';
import { main } from '../cli/main.js';
import { startTestServer, type TestServer } from '../fetch/test-server.js';
import { createTestPg, type TestPg } from '../jobs/testing.js';
import { rss } from './fixtures.js';

// `isnad watch --enqueue` on PostgreSQL end to end: the watch loop queues a poll per due feed, an
// `isnad worker` polls it against a real loopback server, fetches, analyses, stores and places each
// new item. A fresh database per test.

let dir: string;
let db: TestPg;
let server: TestServer;

async function run(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: Io = {
    stdout: () => undefined, stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
    stdin: (async function* () {})(), env: { ISNAD_DB: db.url }, cwd: dir,
  };
  return { code: await main(['node', 'isnad', ...args], io), err };
}

const page = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${[1, 2, 3]
  .map((i) => `<p>The envoy denied the report on Monday, the ministry said. This is paragraph ${i}, long enough to be read as an article.</p>`).join('')}</article></body></html>`;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-watch-queue-'));
  db = await createTestPg();
  server = await startTestServer((req, res) => {
    if (req.url === '/feed') {
      return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([
        { guid: 'a', link: `${server.url}/a`, title: 'Envoy denies troop report' },
        { guid: 'b', link: `${server.url}/b`, title: 'Ministry warns of escalation' },
      ]));
    }
    if (req.url === '/a') return res.writeHead(200, { 'content-type': 'text/html' }).end(page('Envoy denies troop report'));
    if (req.url === '/b') return res.writeHead(200, { 'content-type': 'text/html' }).end(page('Ministry warns of escalation'));
    res.writeHead(404).end();
  });
}, 60_000);

afterEach(async () => {
  await server.close();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('watch --enqueue with workers on PostgreSQL', () => {
  it('queues a poll of a due feed once, and a worker stores and places its items', async () => {
    expect((await run(['feeds', 'add', `${server.url}/feed`])).code).toBe(0);
    const watched = await run(['watch', '--enqueue', '--once', '--allow-private']);
    expect(watched.code, watched.err).toBe(0);
    // Still due (no worker yet): queued again, the feed's key keeps it one job.
    expect((await run(['watch', '--enqueue', '--once', '--allow-private'])).code).toBe(0);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const count = async (q: string) => Number((await client.query(q)).rows[0].n);
      expect(await count("select count(*) as n from isnad_jobs.job where name = 'poll-feed'")).toBe(1);
      expect(await count('select count(*) as n from articles')).toBe(0);

      const worked = await run(['worker', '--drain', '--poll', '0.5']);
      expect(worked.code, worked.err).toBe(0);
      expect(worked.err).toMatch(/feed 1 \S+: 2 items, 2 stored/);
      expect(worked.err).toMatch(/2 placed, 1 feed polls, 0 failures/);
      expect(await count('select count(*) as n from articles')).toBe(2);
      expect(await count("select count(*) as n from feed_items where status = 'stored'")).toBe(2);
      expect(await count('select count(*) as n from story_members')).toBe(2);
      expect(await count("select count(*) as n from isnad_jobs.job where state <> 'completed'")).toBe(0);
      expect(await count('select count(*) as n from feeds where last_polled_at is not null')).toBe(1);

      // Polled: not due again for 15 minutes, so nothing is queued.
      expect((await run(['watch', '--enqueue', '--once', '--allow-private'])).code).toBe(0);
      expect(await count("select count(*) as n from isnad_jobs.job where name = 'poll-feed'")).toBe(1);
    } finally {
      await client.end();
    }
  }, 300_000);

  it('refuses --enqueue with SQLite, as a usage error', async () => {
    let err = '';
    const io: Io = {
      stdout: () => undefined, stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
      stdin: (async function* () {})(), env: { ISNAD_DB: join(dir, 'isnad.db') }, cwd: dir,
    };
    expect(await main(['node', 'isnad', 'watch', '--enqueue', '--once'], io)).toBe(2);
    expect(err).toContain('--enqueue queues jobs for `isnad worker` in PostgreSQL');
    expect(await main(['node', 'isnad', 'worker'], io)).toBe(2);
  });
});
