import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ARABIC, ENGLISH } from '../../web/testing/fixtures.js';
import { connectSqlite } from '../connect.js';
import { exportLines, importLines, openStore, storeOver } from '../index.js';
import type { Database } from '../schema.js';
import { searchArticles } from '../web-search.js';
import { MIGRATIONS } from './index.js';

// Migration 020 made SQLite's writer fill the speakers' index (not a trigger) and took the foreign keys of mentions and
// statements away: the rows stored before it are kept as they were, the speaker search finds articles stored before and
// after it, analysed again, imported, or gone, deleting by hand behaves as the foreign keys did, and undoing it brings
// the keys and the trigger back.

const MIGRATED_BEFORE = '019-sqlite-contentless-fts';
const now = () => new Date('2024-10-16T08:00:00Z');

/** The articles of a speaker search answered from the speakers' index. */
const bySpeaker = async (db: Kysely<Database>, speaker: string, stance?: 'deny') =>
  (await searchArticles(db, { speaker, ...(stance ? { stance } : {}) }, { rareSpeaker: 1000, cache: false })).items.map((h) => h.title);
/** Every word of the speakers' index with the statement it is in (the index keeps no text, but its words). */
const speakerWords = async (db: Kysely<Database>) => {
  await sql`create virtual table if not exists temp.speaker_words using fts5vocab(main, statement_speakers, 'instance')`.execute(db);
  return (await sql<object>`select * from temp.speaker_words order by doc, col, offset`.execute(db)).rows;
};
const foreignKeys = async (db: Kysely<Database>, table: string) => (await sql<object>`select * from pragma_foreign_key_list(${table})`.execute(db)).rows.length;
const trigger = async (db: Kysely<Database>, name: string) =>
  (await sql<object>`select 1 from sqlite_schema where type = 'trigger' and name = ${name}`.execute(db)).rows.length === 1;
const lines = async (db: Kysely<Database>) => {
  const out: string[] = [];
  for await (const l of exportLines(db)) out.push(l);
  return out;
};
const count = async (db: Kysely<Database>, table: 'mentions' | 'statements' | 'entities', articleId?: string) =>
  Number((await db.selectFrom(table).select((e) => e.fn.countAll().as('n'))
    .$if(articleId !== undefined, (q) => q.where('article_id' as never, '=', articleId as never)).executeTakeFirstOrThrow()).n);

describe('migration 020 on a SQLite store made before it', () => {
  it('keeps the rows and the speakers\' index, which the writer then fills, and deletions behave as the foreign keys did', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-m020-'));
    const db = connectSqlite(join(dir, 'isnad.db'));
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
      expect((await migrator.migrateTo(MIGRATED_BEFORE)).error).toBeUndefined();
      const store = storeOver(db, join(dir, 'isnad.db'), now);
      await store.saveAnalysis(ARABIC);
      const before = { rows: await lines(db), words: await speakerWords(db) };
      expect(await foreignKeys(db, 'mentions')).toBe(2);
      expect(await foreignKeys(db, 'statements')).toBe(1);

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect(await lines(db)).toEqual(before.rows);
      expect(await speakerWords(db)).toEqual(before.words);
      expect([await foreignKeys(db, 'mentions'), await foreignKeys(db, 'statements')]).toEqual([0, 0]);
      expect(await trigger(db, 'statement_speakers_insert')).toBe(false);
      // Written by the writer now, in a batch as one article: found as before.
      expect((await store.saveAnalyses([{ analysis: ENGLISH }])).map((o) => o.ok)).toEqual([true]);
      await expect(bySpeaker(db, 'بيسكوف', 'deny')).resolves.toEqual([ARABIC.article.title]);
      await expect(bySpeaker(db, 'envoy', 'deny')).resolves.toEqual([ENGLISH.article.title]);
      // Analysed again without the statement, then with it: the index follows (the delete trigger, then the writer).
      await store.saveAnalysis({ ...ARABIC, statements: [] }, { replace: true });
      await expect(bySpeaker(db, 'بيسكوف')).resolves.toEqual([]);
      await store.saveAnalysis(ARABIC, { replace: true });
      await expect(bySpeaker(db, 'بيسكوف', 'deny')).resolves.toEqual([ARABIC.article.title]);
      const words = await speakerWords(db);

      // Export → import into a new store: the index is made from the imported statements.
      const exported = await lines(db);
      const copy = await openStore({ path: join(dir, 'copy.db'), now });
      try {
        await importLines(copy.db, (async function* () { yield* exported; })());
        expect(await lines(copy.db)).toEqual(exported);
        expect(await speakerWords(copy.db)).toEqual(words);
        await expect(bySpeaker(copy.db, 'envoy', 'deny')).resolves.toEqual([ENGLISH.article.title]);
      } finally {
        await copy.close();
      }

      // By hand: an entity still mentioned stays; an article takes its rows and index rows with it.
      const mentioned = ARABIC.entities.find((e) => e.mentions.length)!;
      await expect(db.deleteFrom('entities').where('id', '=', mentioned.id).execute()).rejects.toThrow(/still mentioned/);
      await db.deleteFrom('articles').where('id', '=', ARABIC.article.id).execute();
      expect([await count(db, 'mentions', ARABIC.article.id), await count(db, 'statements', ARABIC.article.id)]).toEqual([0, 0]);
      expect(await count(db, 'statements', ENGLISH.article.id)).toBeGreaterThan(0);
      await expect(bySpeaker(db, 'بيسكوف')).resolves.toEqual([]);
      await expect(bySpeaker(db, 'envoy', 'deny')).resolves.toEqual([ENGLISH.article.title]);

      // Undone: the keys and the trigger are back, and the trigger writes the index again.
      expect((await migrator.migrateTo(MIGRATED_BEFORE)).error).toBeUndefined();
      expect([await foreignKeys(db, 'mentions'), await foreignKeys(db, 'statements')]).toEqual([2, 1]);
      expect(await trigger(db, 'statement_speakers_insert')).toBe(true);
      await store.saveAnalysis(ARABIC);
      await expect(bySpeaker(db, 'بيسكوف', 'deny')).resolves.toEqual([ARABIC.article.title]);
      await expect(db.deleteFrom('entities').where('id', '=', mentioned.id).execute()).rejects.toThrow(/FOREIGN KEY/);
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
