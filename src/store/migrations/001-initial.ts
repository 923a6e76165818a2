import { sql, type Kysely } from 'kysely';
import { columnTypes, createFtsTable } from '../dialect.js';
import { STANCES } from '../../model/index.js';

// Articles, entities, mentions, statements and the full-text index.
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('articles')
    .addColumn('seq', 'integer', t.serial)
    .addColumn('id', t.text, (c) => c.notNull().unique())
    .addColumn('source', t.text, (c) => c.notNull())
    .addColumn('url', t.text)
    .addColumn('canonical_url', t.text)
    .addColumn('outlet', t.text)
    .addColumn('site', t.text)
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('dek', t.text)
    .addColumn('byline', t.text)
    .addColumn('published_at', t.text)
    .addColumn('language', t.text, (c) => c.notNull())
    .addColumn('paragraphs', t.text, (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('removed', t.text, (c) => c.notNull())
    .addColumn('repairs', t.text, (c) => c.notNull())
    .addColumn('encoding', t.text, (c) => c.notNull())
    .addColumn('warnings', t.text, (c) => c.notNull())
    .addColumn('extractor', t.text, (c) => c.notNull())
    .addColumn('ingested_at', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('articles_language').on('articles').columns(['language', 'seq']).execute();

  await db.schema
    .createTable('entities')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('names', t.text, (c) => c.notNull())
    .addColumn('country', t.text)
    .execute();

  await db.schema
    .createTable('mentions')
    .addColumn('article_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', t.text, (c) => c.notNull().references('entities.id'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', t.text, (c) => c.notNull())
    .addColumn('via', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'start', 'end', 'entity_id'])
    .execute();
  await db.schema.createIndex('mentions_entity').on('mentions').column('entity_id').execute();

  const stances = STANCES.map((s) => `'${s}'`).join(', ');
  await db.schema
    .createTable('statements')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('article_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('speaker_text', t.text, (c) => c.notNull())
    .addColumn('speaker_entity', t.text)
    .addColumn('cue', t.text, (c) => c.notNull())
    .addColumn('stance', t.text, (c) => c.notNull().check(sql.raw(`stance in (${stances})`)))
    .addColumn('content', t.text, (c) => c.notNull())
    .addColumn('content_start', 'integer', (c) => c.notNull())
    .addColumn('content_end', 'integer', (c) => c.notNull())
    .addColumn('direct', 'integer', (c) => c.notNull())
    .addColumn('targets', t.text, (c) => c.notNull())
    .addColumn('time_value', t.text)
    .addColumn('time_text', t.text)
    .addColumn('rule', t.text, (c) => c.notNull())
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('speaker_keys', t.text, (c) => c.notNull())
    .addColumn('about_keys', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('statements_article').on('statements').columns(['article_id', 'ordinal']).execute();
  await db.schema.createIndex('statements_stance').on('statements').column('stance').execute();

  // The indexed text is already made of normalised keys (FTS5 on SQLite, a tsvector on PostgreSQL).
  await createFtsTable(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table articles_fts`.execute(db);
  for (const t of ['statements', 'mentions', 'entities', 'articles']) await db.schema.dropTable(t).execute();
}
