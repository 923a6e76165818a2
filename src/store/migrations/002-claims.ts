import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../dialect.js';

// Claims (statements about one proposition), which statements are in them and how, and the user's corrections.
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('claims')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('concept', t.text, (c) => c.notNull())
    .addColumn('key_entities', t.text, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('lang', t.text, (c) => c.notNull())
    .addColumn('first_seen', t.text, (c) => c.notNull())
    .addColumn('last_seen', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claims_concept_seen').on('claims').columns(['concept', 'last_seen']).execute();

  // No foreign key on statement_id: re-analysis replaces an article's statements (same ids), and its
  // rows here are replaced right after by placement; reads join statements, so a stale row never shows.
  await db.schema
    .createTable('claim_statements')
    .addColumn('claim_id', t.text, (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('statement_id', t.text, (c) => c.primaryKey())
    .addColumn('article_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', t.text, (c) => c.notNull().check(sql`position in ('for', 'against', 'unsure')`))
    .addColumn('origin', t.text, (c) => c.notNull().check(sql`origin in ('auto', 'user')`))
    .addColumn('rule', t.text, (c) => c.notNull())
    .addColumn('speaker_key', t.text, (c) => c.notNull())
    .addColumn('entities', t.text, (c) => c.notNull())
    .addColumn('date', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_statements_claim').on('claim_statements').columns(['claim_id', 'date']).execute();
  await db.schema.createIndex('claim_statements_article').on('claim_statements').column('article_id').execute();

  await db.schema
    .createTable('claim_corrections')
    .addColumn('seq', 'integer', t.serial)
    .addColumn('kind', t.text, (c) => c.notNull().check(sql`kind in ('merge', 'move-out')`))
    .addColumn('args', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['claim_corrections', 'claim_statements', 'claims']) await db.schema.dropTable(t).execute();
}
