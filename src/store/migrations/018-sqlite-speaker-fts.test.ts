import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ARABIC, ENGLISH } from '../../web/testing/fixtures.js';
import { connectSqlite } from '../connect.js';
import { storeOver } from '../index.js';
import type { Database } from '../schema.js';
import { searchArticles } from '../web-search.js';
import { MIGRATIONS } from './index.js';

// Migration 018 moved SQLite's speaker keys from migration 012's rows to an FTS5 index kept by triggers: the
// speaker search (written for the index) finds the articles stored before it, the index follows the statements
// when an article is analysed again or deleted by hand, and undoing it makes the rows again.

const speakers = [{ speaker: 'بيسكوف', stance: 'deny' }, { speaker: 'Dmitry Peskov' }, { speaker: 'envoy', stance: 'deny' }, { speaker: 'envoy بيسكوف' }] as const;
const found = [['نفي في الكرملين'], ['نفي في الكرملين'], ['Envoy rejects report'], []];
/** The articles of each speaker search, answered from the speakers' list (not article by article). */
const titles = (db: Kysely<Database>) => Promise.all(speakers.map(async (s) => (await searchArticles(db, s, { rareSpeaker: 1000, cache: false })).items.map((h) => h.title)));
const indexed = async (db: Kysely<Database>, key: string) =>
  (await sql<{ n: number }>`select count(*) as n from statement_speakers where statement_speakers match ${`keys : "${key}"`}`.execute(db)).rows[0]!.n;

const speakerKeyRows = async (db: Kysely<Database>) => Number((await sql<{ n: number }>`select count(*) as n from statement_speaker_keys`.execute(db)).rows[0]!.n);

describe('migration 018 on a SQLite store made before it', () => {
  it('fills the index from the stored statements, keeps it in step, and makes the rows again when undone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-m018-'));
    const db = connectSqlite(join(dir, 'isnad.db'));
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
      expect((await migrator.migrateTo('017-claim-echo-keys-compact')).error).toBeUndefined();
      const store = storeOver(db, join(dir, 'isnad.db'), () => new Date('2024-10-16T08:00:00Z'));
      for (const a of [ARABIC, ENGLISH]) await store.saveAnalysis(a);
      const rows = await speakerKeyRows(db);
      expect(rows).toBeGreaterThan(0);

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      await expect(titles(db)).resolves.toEqual(found);
      expect(await indexed(db, 'بيسكوف')).toBe(1);
      // Analysed again without the statement, then with it: the index follows.
      await store.saveAnalysis({ ...ARABIC, statements: [] }, { replace: true });
      expect(await indexed(db, 'بيسكوف')).toBe(0);
      await store.saveAnalysis(ARABIC, { replace: true });
      expect(await indexed(db, 'بيسكوف')).toBe(1);
      // Deleted by hand: the cascade takes the statements after the article row is gone; its rows go by range.
      await db.deleteFrom('articles').where('id', '=', ARABIC.article.id).execute();
      expect(await indexed(db, 'بيسكوف')).toBe(0);
      expect(await indexed(db, 'envoy')).toBe(1);
      await store.saveAnalysis(ARABIC);

      expect((await migrator.migrateTo('017-claim-echo-keys-compact')).error).toBeUndefined();
      expect(await speakerKeyRows(db)).toBe(rows);
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
