import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../dialect.js';

// Republication (copy / near-copy / translation links) and stories (articles about one event).
// Signature rows are the compact source the in-memory indexes are rebuilt from on start;
// `seq` lets a running process catch up with rows another process added.
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('republish_signatures')
    .addColumn('seq', 'integer', t.serial)
    .addColumn('article_id', t.text, (c) => c.notNull().unique().references('articles.id').onDelete('cascade'))
    .addColumn('language', t.text, (c) => c.notNull())
    .addColumn('origin_at', t.text, (c) => c.notNull())
    .addColumn('signature', t.blob, (c) => c.notNull())
    .addColumn('fingerprint', t.text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('republish_links')
    .addColumn('origin_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('copy_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', t.text, (c) => c.notNull().check(sqlIn('kind', ['copy', 'near-copy', 'translation'])))
    .addColumn('score', t.real, (c) => c.notNull())
    .addColumn('evidence', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('republish_links_pk', ['origin_id', 'copy_id'])
    .execute();
  await db.schema.createIndex('republish_links_copy').on('republish_links').column('copy_id').execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('language', t.text, (c) => c.notNull())
    .addColumn('first_day', 'integer', (c) => c.notNull())
    .addColumn('last_day', 'integer', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story_members')
    .addColumn('seq', 'integer', t.serial)
    .addColumn('article_id', t.text, (c) => c.notNull().unique().references('articles.id').onDelete('cascade'))
    .addColumn('story_id', t.text, (c) => c.notNull().references('stories.id'))
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('signature', t.blob, (c) => c.notNull())
    .addColumn('features', t.text, (c) => c.notNull())
    .addColumn('score', t.real, (c) => c.notNull())
    .addColumn('evidence', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('story_members_story').on('story_members').columns(['story_id', 'day']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['story_members', 'stories', 'republish_links', 'republish_signatures']) await db.schema.dropTable(t).execute();
}

function sqlIn(column: string, values: string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}
