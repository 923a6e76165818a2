import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../store/migrations/index.js';
import { TEST_PG_URL } from '../../store/testing.js';
import type { Io } from '../io.js';
import { main } from '../main.js';

const SAMPLES = resolve(import.meta.dirname, '../../../samples');
const TWO = [join(SAMPLES, 'rt-dprk-troops.ar.txt'), join(SAMPLES, 'en/wnen-2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-do.txt')];

let dir: string;
let schema: string;
/** The test's PostgreSQL store: a schema of its own, chosen through the URL's `options` (libpq's). */
const pgUrl = () => `${TEST_PG_URL}${TEST_PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

const run = (db: string, ...args: string[]) => runWith(db, '', args);

async function runWith(db: string, stdin: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
    stdin: (async function* () {
      // In two pieces, cut inside a line and inside a character.
      const bytes = new TextEncoder().encode(stdin);
      const cut = bytes.findIndex((b) => b >= 0x80) + 1;
      yield bytes.slice(0, cut);
      yield bytes.slice(cut);
    })(), env: { ISNAD_DB: db }, cwd: dir, now: () => new Date('2024-10-15T12:00:00Z'),
  };
  return { code: await main(['node', 'isnad', ...args], io), out, err };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-cli-export-'));
  schema = `isnad_test_cli_${Math.random().toString(36).slice(2, 10)}`;
  await admin(`create schema "${schema}"`);
});
afterEach(async () => {
  await admin(`drop schema if exists "${schema}" cascade`);
  rmSync(dir, { recursive: true, force: true });
});

describe('isnad migrate / export / import', () => {
  it('prints the version after migrating, on SQLite and PostgreSQL', async () => {
    const names = Object.keys(MIGRATIONS);
    const first = await run(pgUrl(), 'migrate');
    expect(first).toMatchObject({ code: 0, out: `${names.at(-1)}\n` });
    expect(first.err).toContain(`(postgres): applied ${names.join(', ')}`);
    expect((await run(pgUrl(), 'migrate')).err).toContain('up to date');
    expect(await run(join(dir, 'a.db'), 'migrate')).toMatchObject({ code: 0, out: `${names.at(-1)}\n` });
  });

  it('gives the same file after SQLite → PostgreSQL → SQLite, and a searchable store on each', async () => {
    const a = join(dir, 'a.db');
    expect((await run(a, 'ingest', ...TWO)).code).toBe(0);
    expect((await run(a, 'export', 'a.jsonl')).code).toBe(0);
    const exported = readFileSync(join(dir, 'a.jsonl'), 'utf8');
    const tables = exported.trim().split('\n').map((l) => JSON.parse(l).table);
    expect([...new Set(tables)]).toEqual(expect.arrayContaining(['articles', 'entities', 'mentions', 'statements', 'claims', 'claim_statements', 'republish_signatures', 'stories', 'story_members']));

    const imported = await run(pgUrl(), 'import', 'a.jsonl');
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.err).toContain('imported articles 2, ');
    expect((await run(pgUrl(), 'export', 'b.jsonl')).code).toBe(0);
    expect(readFileSync(join(dir, 'b.jsonl'), 'utf8')).toBe(exported);

    const c = join(dir, 'c.db');
    expect((await runWith(c, readFileSync(join(dir, 'b.jsonl'), 'utf8'), ['import', '-'])).code).toBe(0);
    const back = await run(c, 'export');
    expect(back.out).toBe(exported);

    for (const db of [pgUrl(), c]) {
      const hits = JSON.parse((await run(db, 'search', '--format', 'json', 'كرملين')).out);
      expect(hits.map((h: { outlet: string }) => h.outlet)).toEqual(['RT World News']);
    }
    // The numbering goes on after the imported rows.
    const more = await run(pgUrl(), 'ingest', join(SAMPLES, 'ar/wnar-021-politics.txt'));
    expect(more.err).toBe('stored 1, duplicates 0, rejected 0\n');
    const listed = JSON.parse((await run(pgUrl(), 'search', '--format', 'json', 'كرملين')).out);
    expect(listed.length).toBeGreaterThan(0);
  });

  it('refuses a store that is not empty, and a bad line, storing nothing', async () => {
    const a = join(dir, 'a.db');
    await run(a, 'ingest', TWO[0]);
    await run(a, 'export', 'a.jsonl');
    const again = await run(a, 'import', 'a.jsonl');
    expect(again.code).toBe(1);
    expect(again.err).toContain('the store is not empty (table articles has rows)');

    const lines = readFileSync(join(dir, 'a.jsonl'), 'utf8').split('\n');
    lines.splice(3, 0, '{"table":"nope","row":{}}');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'bad.jsonl'), lines.join('\n'));
    const bad = await run(pgUrl(), 'import', 'bad.jsonl');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('cannot import bad.jsonl: line 4: unknown table "nope"');
    expect((await run(pgUrl(), 'export')).out).toBe('');

    const missing = await run(join(dir, 'new.db'), 'import', 'none.jsonl');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot import none.jsonl');
  });
});
