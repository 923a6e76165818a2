import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticArticle } from './synthetic.js';
import { createTestPg, isnad, until, type TestPg } from './testing.js';

// `isnad worker` processes against one PostgreSQL database (a fresh one per test), as real child
// processes: jobs queued by `isnad ingest --enqueue`, raced for, killed mid-job.

/** Articles queued for the racing workers. */
const MANY = Number(process.env.ISNAD_TEST_MANY ?? 2000);
/** Articles queued for the killed worker and its successor (placed too: placement is serial, about 5/s on PostgreSQL). */
const SOME = 150;
/** The heartbeat deadline of the kill test: the shortest pg-boss allows. */
const HEARTBEAT = '10';

let db: TestPg;
let dir: string;
let client: pg.Client;

beforeEach(async () => {
  db = await createTestPg();
  dir = mkdtempSync(join(tmpdir(), 'isnad-workers-'));
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
}, 60_000);

afterEach(async () => {
  await client.end();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

function writeArticles(n: number): string {
  const folder = join(dir, 'articles');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i);
    writeFileSync(join(folder, a.name), a.text);
  }
  return folder;
}

const count = async (q: string): Promise<number> => Number((await client.query(q)).rows[0].n);

async function enqueue(folder: string, n: number, env: Record<string, string> = {}): Promise<void> {
  const r = await isnad(['--db', db.url, 'ingest', '--enqueue', folder], env).done;
  expect(r.stderr).toContain(`queued ${n}, already queued 0, rejected 0`);
  expect(r.code).toBe(0);
}

/** The summary line of a worker that stopped: what it did. */
function summaryOf(stderr: string) {
  const m = /stopped: (\d+) stored, (\d+) duplicates, (\d+) rejected, (\d+) placed/.exec(stderr);
  if (!m) throw new Error(`no summary line in:\n${stderr}`);
  return { stored: Number(m[1]), duplicates: Number(m[2]), rejected: Number(m[3]), placed: Number(m[4]) };
}

/** Every article once, with its statements and mentions once, and one place job queued for it in its transaction. */
async function expectStoredOnce(n: number): Promise<void> {
  expect(await count('select count(*) as n from articles')).toBe(n);
  expect(await count('select count(*) as n from articles_fts')).toBe(n);
  expect(await count('select count(distinct article_id) as n from statements')).toBe(n);
  expect(await count('select count(*) as n from (select article_id, start, "end" from mentions group by 1, 2, 3 having count(*) > 1) d')).toBe(0);
  expect(await count("select count(*) as n from isnad_jobs.job where name = 'article' and state = 'completed'")).toBe(n);
  expect(await count("select count(*) as n from isnad_jobs.job where name = 'article' and state <> 'completed'")).toBe(0);
  expect(await count("select count(*) as n from isnad_jobs.job where name = 'place'")).toBe(n);
  expect(await count("select count(distinct data->>'articleId') as n from isnad_jobs.job where name = 'place'")).toBe(n);
}

/** …and placed once each: every job done. */
async function expectPlacedOnce(n: number): Promise<void> {
  await expectStoredOnce(n);
  expect(await count('select count(*) as n from story_members')).toBe(n);
  expect(await count("select count(*) as n from isnad_jobs.job where state <> 'completed'")).toBe(0);
}

describe('isnad worker processes on PostgreSQL', () => {
  for (const workers of [2, 4]) {
    it(`${workers} workers process ${MANY} queued articles, each exactly once`, async () => {
      const folder = writeArticles(MANY);
      await enqueue(folder, MANY);
      // Queued again while waiting: the jobs' keys (the documents' hashes) make it a no-op.
      const again = await isnad(['--db', db.url, 'ingest', '--enqueue', folder]).done;
      expect(again.stderr).toContain(`queued 0, already queued ${MANY}, rejected 0`);

      // The article queue only: placement is serial database-wide (src/jobs/place.ts) and would take
      // minutes for this many; the kill test below runs it. Each stored article queued its place job.
      const runs = await Promise.all(Array.from({ length: workers }, () => isnad(['--db', db.url, 'worker', '--queues', 'article', '--drain', '--poll', '0.5']).done));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      const done = runs.map((r) => summaryOf(r.stderr));
      // Each article job ran once: the workers' stores add up to every article, none found a duplicate.
      expect(done.reduce((s, d) => s + d.stored, 0)).toBe(MANY);
      expect(done.reduce((s, d) => s + d.duplicates + d.rejected, 0)).toBe(0);
      // They raced: every worker took some.
      for (const d of done) expect(d.stored).toBeGreaterThan(0);
      await expectStoredOnce(MANY);
      expect(await count("select count(*) as n from isnad_jobs.job where retry_count > 0")).toBe(0);
    }, 900_000);
  }

  it('a worker killed (SIGKILL) mid-job leaves its jobs to another worker, which finishes them without duplicate rows', async () => {
    const folder = writeArticles(SOME);
    await enqueue(folder, SOME, { ISNAD_JOB_HEARTBEAT_SECONDS: HEARTBEAT });
    // The kill lands between the check and the process's death, so the job seen running may have
    // finished by then: kill again (a new worker each time) until one dies holding a job.
    let orphans: string[] = [];
    for (let attempt = 0; attempt < 5 && orphans.length === 0; attempt++) {
      const worker = isnad(['--db', db.url, 'worker', '--heartbeat', HEARTBEAT, '--poll', '0.5']);
      const before = await count('select count(*) as n from articles');
      await until(async () => (await count('select count(*) as n from articles')) >= before + 10
        && (await count("select count(*) as n from isnad_jobs.job where name = 'article' and state = 'active'")) > 0, 300_000, 20);
      worker.proc.kill('SIGKILL');
      expect((await worker.done).signal).toBe('SIGKILL');
      // What it held when it died: claimed, never settled.
      orphans = (await client.query("select id from isnad_jobs.job where name = 'article' and state = 'active'")).rows.map((r) => r.id as string);
    }
    expect(orphans.length).toBeGreaterThan(0);
    const killedAt = await count('select count(*) as n from articles');
    expect(killedAt).toBeLessThan(SOME);

    const second = await isnad(['--db', db.url, 'worker', '--drain', '--heartbeat', HEARTBEAT, '--poll', '0.5']).done;
    expect(second.code, second.stderr).toBe(0);
    await expectPlacedOnce(SOME);
    // The orphans were retried (by the second worker) and are done.
    const retried = (await client.query('select id, retry_count from isnad_jobs.job where id = any($1)', [orphans])).rows;
    expect(retried).toHaveLength(orphans.length);
    for (const r of retried) expect(r.retry_count).toBeGreaterThanOrEqual(1);
  }, 900_000);
  it('a worker stopped by SIGTERM finishes the jobs it runs, leaves none half-done, and exits 0', async () => {
    const folder = writeArticles(SOME);
    await enqueue(folder, SOME);
    const worker = isnad(['--db', db.url, 'worker', '--queues', 'article', '--poll', '0.5']);
    await until(async () => (await count('select count(*) as n from articles')) >= 10, 300_000, 50);
    worker.proc.kill('SIGTERM');
    const r = await worker.done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('stopping: finishing the running jobs');
    // Nothing left claimed: every job it took was settled; what it stored is what it completed.
    expect(await count("select count(*) as n from isnad_jobs.job where name = 'article' and state = 'active'")).toBe(0);
    const stored = await count('select count(*) as n from articles');
    expect(stored).toBe(await count("select count(*) as n from isnad_jobs.job where name = 'article' and state = 'completed'"));
    expect(stored).toBe(summaryOf(r.stderr).stored);
  }, 600_000);
});
