import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectPostgres, connectSqlite } from '../connect.js';
import { dropSchema, TEST_PG_URL } from '../testing.js';
import { MIGRATIONS } from './index.js';

// Migration 021 lets the corrections table hold `move-in`: the corrections recorded before it stay, in their order and
// with their numbers; a kind it does not know is still refused; undoing it refuses while a move-in is recorded.

const BEFORE = '020-sqlite-ingest-journal';
const now = '2024-10-15T12:00:00.000Z';
const record = (db: Kysely<any>, kind: string, args: object) =>
  db.insertInto('claim_corrections').values({ kind, args: JSON.stringify(args), created_at: now }).execute();
const rows = async (db: Kysely<any>) => (await db.selectFrom('claim_corrections').select(['seq', 'kind', 'args']).orderBy('seq').execute())
  .map((r) => ({ seq: Number(r.seq), kind: r.kind, args: JSON.parse(r.args) }));

async function upAndDown(db: Kysely<any>, migrator: Migrator): Promise<void> {
  expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
  await record(db, 'merge', { into: 'a', from: 'b' });
  await record(db, 'move-out', { statementId: 'x:1', articleId: 'x', claimId: 'a', content: 'c' });
  await expect(record(db, 'move-in', { statementId: 'x:2', articleId: 'x', claimId: 'a', content: 'd' })).rejects.toThrow();
  const before = await rows(db);

  expect((await migrator.migrateToLatest()).error).toBeUndefined();
  expect(await rows(db)).toEqual(before);
  await record(db, 'move-in', { statementId: 'x:2', articleId: 'x', claimId: 'a', content: 'd' });
  // Numbered after the rows kept (never reusing one; PostgreSQL's sequence skips the number the refused row took), and
  // anything else still refused.
  const after = await rows(db);
  expect(after.map((r) => r.kind)).toEqual(['merge', 'move-out', 'move-in']);
  expect(after[2].seq).toBeGreaterThan(after[1].seq);
  await expect(record(db, 'split', {})).rejects.toThrow();

  const refused = await migrator.migrateTo(BEFORE);
  expect(String(refused.error)).toMatch(/1 move-in correction\(s\) are recorded/);
  expect((await rows(db)).length).toBe(3);
  await sql`delete from claim_corrections where kind = 'move-in'`.execute(db);
  expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
  expect(await rows(db)).toEqual(before);
  await expect(record(db, 'move-in', {})).rejects.toThrow();
}

describe('migration 021 (move-in corrections)', () => {
  it('on SQLite: keeps the corrections, accepts move-in, and is undone only without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-m021-'));
    const db = connectSqlite(join(dir, 'isnad.db'));
    try {
      await upAndDown(db, new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } }));
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on PostgreSQL: the same', async () => {
    const schema = `isnad_test_m021_${randomBytes(6).toString('hex')}`;
    const db = await connectPostgres(TEST_PG_URL, { schema });
    try {
      await upAndDown(db, new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, migrationTableSchema: schema }));
    } finally {
      await db.destroy();
      await dropSchema(schema);
    }
  });
});
