import { randomBytes } from 'node:crypto';
import { Migrator, sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ARABIC, ENGLISH } from '../../web/testing/fixtures.js';
import { connectPostgres } from '../connect.js';
import type { Store } from '../index.js';
import { storeOver } from '../index.js';
import type { Database } from '../schema.js';
import { dropSchema, storePerTest, TEST_DATABASES, TEST_PG_URL } from '../testing.js';
import { searchArticles } from '../web-search.js';
import { MIGRATIONS } from './index.js';

// Migration 015 took PostgreSQL's foreign keys of mentions and statements and migration 012's speaker-key
// rows away: deleting by hand still behaves as the foreign keys did, on both databases, and the speaker
// search finds the same articles before and after the migration, and after it is undone.

const count = async (db: Kysely<Database>, table: 'articles' | 'entities' | 'mentions' | 'statements') =>
  Number((await db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

for (const database of TEST_DATABASES) {
  describe(`an article or entity deleted by hand (${database.name})`, () => {
    let store: Store;
    storePerTest(database, (s) => { store = s; });

    it('takes the article\'s mentions and statements with it, and leaves the others', async () => {
      for (const a of [ARABIC, ENGLISH]) await store.saveAnalysis(a);
      const rowsOf = async (id: string) => Promise.all((['mentions', 'statements'] as const).map(async (t) =>
        Number((await store.db.selectFrom(t).select((e) => e.fn.countAll().as('n')).where('article_id', '=', id).executeTakeFirstOrThrow()).n)));
      const english = await rowsOf(ENGLISH.article.id);
      expect((await rowsOf(ARABIC.article.id)).every((n) => n > 0)).toBe(true);
      await store.db.deleteFrom('articles').where('id', '=', ARABIC.article.id).execute();
      expect(await rowsOf(ARABIC.article.id)).toEqual([0, 0]);
      expect(await rowsOf(ENGLISH.article.id)).toEqual(english);
    });

    it('refuses to delete an entity an article mentions, and deletes one no longer mentioned', async () => {
      await store.saveAnalysis(ARABIC);
      const mentioned = ARABIC.entities.find((e) => e.mentions.length)!;
      await expect(store.db.deleteFrom('entities').where('id', '=', mentioned.id).execute()).rejects.toThrow();
      expect(await count(store.db, 'entities')).toBeGreaterThan(0);
      await store.db.deleteFrom('articles').execute();
      await store.db.deleteFrom('entities').execute();
      expect(await count(store.db, 'entities')).toBe(0);
    });
  });
}

describe('migration 015 on a store made before it (postgres)', () => {
  it('finds a speaker\'s articles through the keys\' rows before, the GIN index after, and the rows made again when undone', async () => {
    const schema = `isnad_test_m015_${randomBytes(6).toString('hex')}`;
    const db = await connectPostgres(TEST_PG_URL, { schema });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, migrationTableSchema: schema });
      expect((await migrator.migrateTo('014-rate-limits')).error).toBeUndefined();
      const store = storeOver(db, TEST_PG_URL, () => new Date('2024-10-16T08:00:00Z'));
      for (const a of [ARABIC, ENGLISH]) await store.saveAnalysis(a);
      const speakers = [{ speaker: 'بيسكوف', stance: 'deny' }, { speaker: 'Dmitry Peskov' }, { speaker: 'envoy', stance: 'deny' }, { speaker: 'envoy بيسكوف' }] as const;
      const titles = async () => Promise.all(speakers.map(async (s) => (await searchArticles(db, s, { rareSpeaker: 1000 })).items.map((h) => h.title)));
      const speakerKeyRows = async () => Number((await sql<{ n: number }>`select count(*)::int as n from statement_speaker_keys`.execute(db)).rows[0]!.n);
      const rows = await speakerKeyRows();
      expect(rows).toBeGreaterThan(0);
      await expect(titles()).resolves.toEqual([['نفي في الكرملين'], ['نفي في الكرملين'], ['Envoy rejects report'], []]);

      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const tables = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_name = 'statement_speaker_keys'`.execute(db);
      expect(tables.rows[0]!.n).toBe(0);
      await expect(titles()).resolves.toEqual([['نفي في الكرملين'], ['نفي في الكرملين'], ['Envoy rejects report'], []]);
      // The key's statements are read through the index (on so few rows only if a scan of the table is ruled out).
      const plan = await db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        return (await sql<{ 'QUERY PLAN': string }>`explain select id from statements s where string_to_array(btrim(s.speaker_keys), ' ') @> array['بيسكوف']::text[]`.execute(trx)).rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('statements_speaker_keys');

      expect((await migrator.migrateTo('014-rate-limits')).error).toBeUndefined();
      expect(await speakerKeyRows()).toBe(rows);
      await expect(titles()).resolves.toEqual([['نفي في الكرملين'], ['نفي في الكرملين'], ['Envoy rejects report'], []]);
    } finally {
      await db.destroy();
      await dropSchema(schema);
    }
  });
});
