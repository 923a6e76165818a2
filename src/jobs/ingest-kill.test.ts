import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INGEST_BATCH_ARTICLES } from '../cli/pipeline.js';
import { syntheticArticle } from './synthetic.js';
import { createTestPg, isnad, until, type TestPg } from './testing.js';

// `isnad ingest` of a folder as a real child process, killed (SIGKILL) at a random point and run
// again: every article stored once, on SQLite and on PostgreSQL (a fresh database). And two processes
// ingesting into one SQLite file at once.

/** Articles in the folder. */
const N = 300;

let dir: string;
let folder: string;
let pgdb: TestPg | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-ingest-kill-'));
  folder = join(dir, 'articles');
  mkdirSync(folder);
  for (let i = 0; i < N; i++) {
    const a = syntheticArticle(i);
    writeFileSync(join(folder, a.name), a.text);
  }
});

afterEach(async () => {
  await pgdb?.drop();
  pgdb = undefined;
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

interface Target {
  name: string;
  open(): Promise<{ db: string; count: (table: string) => Promise<number>; close: () => Promise<void> }>;
}

const sqlite: Target = {
  name: 'sqlite',
  async open() {
    const file = join(dir, 'isnad.db');
    return {
      db: file,
      count: async (table) => {
        if (!existsSync(file)) return 0;
        const h = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
        try {
          return Number((h.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);
        } catch {
          return 0; // not migrated yet
        } finally {
          h.close();
        }
      },
      close: async () => undefined,
    };
  },
};

const postgres: Target = {
  name: 'postgres',
  async open() {
    pgdb = await createTestPg();
    const client = new pg.Client({ connectionString: pgdb.url });
    await client.connect();
    return {
      db: pgdb.url,
      count: async (table) => {
        try {
          return Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
        } catch {
          return 0;
        }
      },
      close: () => client.end(),
    };
  },
};

const summary = (stderr: string) => {
  const m = /stored (\d+), duplicates (\d+), rejected (\d+)/.exec(stderr);
  if (!m) throw new Error(`no summary line in:\n${stderr}`);
  return { stored: Number(m[1]), duplicates: Number(m[2]), rejected: Number(m[3]) };
};

describe('isnad ingest killed and run again', () => {
  for (const target of [sqlite, postgres]) {
    it(`stores every article of a folder exactly once after a SIGKILL at a random point (${target.name})`, async () => {
      const t = await target.open();
      try {
        // Somewhere from the first tenth on, before the last batch (a whole batch commits at once).
        const killAfter = Math.floor(N * 0.1 + (N * 0.9 - INGEST_BATCH_ARTICLES - N * 0.1) * Math.random());
        const first = isnad(['--db', t.db, 'ingest', folder]);
        await until(async () => {
          if ((await t.count('articles')) >= killAfter) return true;
          // A run that stopped on its own (a store it could not open or migrate) fails here, not at the timeout.
          if (first.proc.exitCode !== null) throw new Error(`isnad ingest exited (${first.proc.exitCode}) before storing ${killAfter}:\n${first.stderr()}`);
          return false;
        }, 300_000, 20);
        first.proc.kill('SIGKILL');
        expect((await first.done).signal).toBe('SIGKILL');
        const before = await t.count('articles');
        expect(before, `killed after ${killAfter}`).toBeLessThan(N);

        const again = await isnad(['--db', t.db, 'ingest', folder]).done;
        expect(again.code, again.stderr).toBe(0);
        expect(summary(again.stderr)).toEqual({ stored: N - before, duplicates: before, rejected: 0 });
        expect(await t.count('articles')).toBe(N);
        expect(await t.count('articles_fts')).toBe(N);
        expect(await t.count('(select distinct article_id from statements) s')).toBe(N);
        expect(await t.count('(select article_id, start, "end" from mentions group by 1, 2, 3 having count(*) > 1) d')).toBe(0);
        // Placed once each, including an article stored by the killed run but not yet placed.
        expect(await t.count('story_members')).toBe(N);
      } finally {
        await t.close();
      }
    }, 600_000);
  }

  it('two processes ingesting the same folder into one SQLite file store each article once, without SQLITE_BUSY', async () => {
    const t = await sqlite.open();
    const runs = await Promise.all([isnad(['--db', t.db, 'ingest', folder]).done, isnad(['--db', t.db, 'ingest', folder]).done]);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/SQLITE_BUSY|database is locked/);
    }
    const [a, b] = runs.map((r) => summary(r.stderr));
    expect(a!.stored + b!.stored).toBe(N);
    expect(a!.duplicates + b!.duplicates).toBe(N);
    expect(await t.count('articles')).toBe(N);
    expect(await t.count('story_members')).toBe(N);
  }, 600_000);
});
