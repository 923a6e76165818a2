import { sql, type Kysely } from 'kysely';
import { STANCES } from '../../model/index.js';

// Articles, entities, mentions, statements and the full-text index.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('outlet', 'text')
    .addColumn('site', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('dek', 'text')
    .addColumn('byline', 'text')
    .addColumn('published_at', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('paragraphs', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('removed', 'text', (c) => c.notNull())
    .addColumn('repairs', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('extractor', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('articles_language').on('articles').columns(['language', 'seq']).execute();

  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .execute();

  await db.schema
    .createTable('mentions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'start', 'end', 'entity_id'])
    .execute();
  await db.schema.createIndex('mentions_entity').on('mentions').column('entity_id').execute();

  const stances = STANCES.map((s) => `'${s}'`).join(', ');
  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('speaker_text', 'text', (c) => c.notNull())
    .addColumn('speaker_entity', 'text')
    .addColumn('cue', 'text', (c) => c.notNull())
    .addColumn('stance', 'text', (c) => c.notNull().check(sql.raw(`stance in (${stances})`)))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_start', 'integer', (c) => c.notNull())
    .addColumn('content_end', 'integer', (c) => c.notNull())
    .addColumn('direct', 'integer', (c) => c.notNull())
    .addColumn('targets', 'text', (c) => c.notNull())
    .addColumn('time_value', 'text')
    .addColumn('time_text', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('speaker_keys', 'text', (c) => c.notNull())
    .addColumn('about_keys', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('statements_article').on('statements').columns(['article_id', 'ordinal']).execute();
  await db.schema.createIndex('statements_stance').on('statements').column('stance').execute();

  // The indexed text is already made of normalised keys; unicode61 only splits it on spaces.
  await sql`create virtual table articles_fts using fts5(keys, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table articles_fts`.execute(db);
  for (const t of ['statements', 'mentions', 'entities', 'articles']) await db.schema.dropTable(t).execute();
}
