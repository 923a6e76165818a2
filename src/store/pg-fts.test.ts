import { randomBytes } from 'node:crypto';
import { Migrator, sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import type { Analysis } from '../model/index.js';
import { connectPostgres } from './connect.js';
import { openStore, type Store } from './index.js';
import { shadowText } from './keys.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';
import { tsvectorBinary } from './tsvector.js';

// PostgreSQL's full-text vector made by the client (./tsvector.ts, migration 011) is to_tsvector's, key for
// key and position for position, or is left to the server; rows written without it get it from the trigger.

const PG_URL = process.env.ISNAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `isnad_test_pgfts_${randomBytes(6).toString('hex')}`;
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
});
afterAll(async () => {
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

/** Whether the server reads the binary vector as equal to to_tsvector('simple', keys), and prints it alike. */
async function sameAsServer(keys: string, vector: Buffer): Promise<boolean> {
  const r = await client.query(`select $2::tsvector = to_tsvector('simple', $1) and $2::tsvector::text = to_tsvector('simple', $1)::text as same`, [keys, vector]);
  return r.rows[0].same as boolean;
}

const repeat = (key: string, times: number) => Array.from({ length: times }, () => key).join(' ');

describe('tsvectorBinary', () => {
  it.each([
    ['no key at all', ''],
    ['one Arabic key', 'الكرملين'],
    ['a repeated key keeps each position', 'الكرملين كرملين الكرملين بيسكوف'],
    ['Latin, digits and Arabic letters with digits', 'pyongyang 2024 و15 ب100 1853م 1e5 0x10 a1b2 00012'],
    ['keys in byte order whatever their order in the text (a prefix first)', 'ب ا اب 9 10 z a ab'],
    ['more than 255 occurrences of a key keep the first 255', repeat('قال', 300)],
    ['positions past 16383 are all 16383', `${Array.from({ length: 16390 }, (_, i) => `k${i}`).join(' ')} نهاية k3 نهاية k16385`],
    ['the shadow text of a real sentence', shadowText('نفى المتحدث باسم الكرملين دميتري بيسكوف التكهنات بأن الجيش الكوري الشمالي يشارك في القتال.')],
  ])('is to_tsvector\'s for %s', async (_name, keys) => {
    const vector = tsvectorBinary(keys);
    expect(vector).not.toBeNull();
    expect(await sameAsServer(keys, vector!)).toBe(true);
  });

  it.each([
    ['a hyphenated key (the parser adds its parts)', 'اف-16 طائرة'],
    ['an apostrophe', "don't"],
    ['an uppercase letter (the dictionary would fold it)', 'Pyongyang'],
    ['a tatweel', 'الكرمـلين'],
    ['a letter outside the plain set', 'پاکستان'],
    ['a key too long to be indexed', 'ب'.repeat(1100)],
  ])('leaves the vector to the server for %s', (_name, keys) => {
    expect(tsvectorBinary(keys)).toBeNull();
  });
});

function analysisOf(text: string): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'test.txt' });
  if (!r.ok) throw new Error(r.message);
  return analyze(r.article);
}

const PLAIN = 'نفي في الكرملين\nنفى المتحدث باسم الكرملين دميتري بيسكوف التكهنات بأن الجيش الكوري الشمالي يشارك في القتال.';
const HYPHENATED = 'طائرات اف-16 في الكرملين\nقال مسؤول إن طائرات اف-16 وصلت إلى الكرملين أمس في زيارة لم يعلن عنها.';

describe('PostgreSQL full-text rows (migration 011)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ path: PG_URL, schema });
  });
  afterAll(async () => store.close());

  const vectors = async (db: Kysely<Database>) => (await sql<{ same: boolean }>`select tsv = to_tsvector('simple', keys) as same from articles_fts order by rowid`.execute(db)).rows.map((r) => r.same);

  it('stores to_tsvector\'s vector whether the client made it or left it to the server, and search finds both', async () => {
    expect(tsvectorBinary(shadowText(HYPHENATED))).toBeNull();
    expect((await store.saveAnalyses([{ analysis: analysisOf(PLAIN) }, { analysis: analysisOf(HYPHENATED) }])).map((o) => o.ok)).toEqual([true, true]);
    expect(await vectors(store.db)).toEqual([true, true]);
    expect((await store.search('الكرملين')).map((h) => h.title)).toEqual(['طائرات اف-16 في الكرملين', 'نفي في الكرملين']);
    expect((await store.search('اف-16')).map((h) => h.title)).toEqual(['طائرات اف-16 في الكرملين']);
  });

  it('fills the vector of a row written without one (an import) and makes it anew when the keys change', async () => {
    await sql`insert into articles_fts (rowid, keys) values (1000, 'الكرملين بيسكوف')`.execute(store.db);
    await sql`update articles_fts set keys = 'بيونغيانغ' where rowid = 1000`.execute(store.db);
    const r = await sql<{ tsv: string }>`select tsv::text as tsv from articles_fts where rowid = 1000`.execute(store.db);
    expect(r.rows[0]?.tsv).toBe("'بيونغيانغ':1");
  });
});

describe('migration 011 on a store made before it', () => {
  it('keeps the stored vectors and no longer generates them', async () => {
    const old = `${schema}_old`;
    const db = await connectPostgres(PG_URL, { schema: old });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, migrationTableSchema: old });
      expect((await migrator.migrateTo('010-claim-echoes')).error).toBeUndefined();
      await sql`insert into articles_fts (rowid, keys) values (1, 'الكرملين كرملين بيسكوف'), (2, 'اف-16 طائرة')`.execute(db);
      const before = (await sql<{ tsv: string }>`select tsv::text as tsv from articles_fts order by rowid`.execute(db)).rows;
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect((await sql<{ tsv: string }>`select tsv::text as tsv from articles_fts order by rowid`.execute(db)).rows).toEqual(before);
      const generated = await sql<{ g: string }>`select attgenerated as g from pg_attribute where attrelid = 'articles_fts'::regclass and attname = 'tsv'`.execute(db);
      expect(generated.rows[0]?.g).toBe('');
      // And back: generated again, the same vectors, searchable through the index made anew.
      expect((await migrator.migrateTo('010-claim-echoes')).error).toBeUndefined();
      expect((await sql<{ tsv: string }>`select tsv::text as tsv from articles_fts order by rowid`.execute(db)).rows).toEqual(before);
    } finally {
      await db.destroy();
      await client.query(`drop schema if exists "${old}" cascade`);
    }
  });
});
