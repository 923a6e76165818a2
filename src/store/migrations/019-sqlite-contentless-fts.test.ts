import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ARABIC, ENGLISH } from '../../web/testing/fixtures.js';
import { connectSqlite } from '../connect.js';
import { storeOver } from '../index.js';
import type { Database } from '../schema.js';
import { search } from '../search.js';
import { searchArticles } from '../web-search.js';
import { MIGRATIONS } from './index.js';

// Migration 019 made SQLite's full-text indexes split keys with the ascii tokenizer and the articles' one contentless: the articles stored before it are still found (by a
// word spelled with diacritics too), an article analysed again is found once, the index holds no text any more, and
// undoing the migration makes the text again from the articles, as it was.

const titles = async (db: Kysely<Database>, query: string) => (await search(db, query)).map((h) => h.title);
const indexText = async (db: Kysely<Database>) => (await sql<{ keys: string | null }>`select keys from articles_fts order by rowid`.execute(db)).rows.map((r) => r.keys);
/** The articles of a speaker search answered from the speakers' index (made again by the migration). */
const bySpeaker = async (db: Kysely<Database>, speaker: string) => (await searchArticles(db, { speaker, stance: 'deny' }, { rareSpeaker: 1000, cache: false })).items.map((h) => h.title);
const indexes = async (db: Kysely<Database>) => (await sql<{ name: string }>`select name from sqlite_schema where type = 'index' and tbl_name = 'statements'`.execute(db)).rows.map((r) => r.name);

describe('migration 019 on a SQLite store made before it', () => {
  it('keeps every article searchable without the index holding their text, and gives the text back when undone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-m019-'));
    const db = connectSqlite(join(dir, 'isnad.db'));
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
      expect((await migrator.migrateTo('018-sqlite-speaker-fts')).error).toBeUndefined();
      const store = storeOver(db, join(dir, 'isnad.db'), () => new Date('2024-10-16T08:00:00Z'));
      for (const a of [ARABIC, ENGLISH]) await store.saveAnalysis(a);
      const before = await indexText(db);
      expect(before.every((k) => typeof k === 'string' && k.length > 0)).toBe(true);
      expect(await indexes(db)).toContain('statements_stance');

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect(await indexText(db)).toEqual([null, null]);
      expect(await indexes(db)).not.toContain('statements_stance');
      // Matching goes through the keys, as before (a word with its diacritics finds it without).
      await expect(titles(db, 'الكِرملين')).resolves.toEqual([ARABIC.article.title]);
      await expect(titles(db, 'grain')).resolves.toEqual([ENGLISH.article.title]);
      await expect(bySpeaker(db, 'بيسكوف')).resolves.toEqual([ARABIC.article.title]);
      await expect(bySpeaker(db, 'envoy')).resolves.toEqual([ENGLISH.article.title]);
      // Replaced by its rowid without the old text.
      await store.saveAnalysis(ARABIC, { replace: true });
      await expect(titles(db, 'بيسكوف')).resolves.toEqual([ARABIC.article.title]);
      expect((await sql<{ n: number }>`select count(*) as n from articles_fts`.execute(db)).rows[0]!.n).toBe(2);

      expect((await migrator.migrateTo('018-sqlite-speaker-fts')).error).toBeUndefined();
      expect(await indexText(db)).toEqual(before);
      expect(await indexes(db)).toContain('statements_stance');
      await expect(bySpeaker(db, 'envoy')).resolves.toEqual([ENGLISH.article.title]);
      await expect(titles(db, 'grain')).resolves.toEqual([ENGLISH.article.title]);
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
