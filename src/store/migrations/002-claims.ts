import { sql, type Kysely } from 'kysely';

// Claims (statements about one proposition), which statements are in them and how, and the user's corrections.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concept', 'text', (c) => c.notNull())
    .addColumn('key_entities', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claims_concept_seen').on('claims').columns(['concept', 'last_seen']).execute();

  // No foreign key on statement_id: re-analysis replaces an article's statements (same ids), and its
  // rows here are replaced right after by placement; reads join statements, so a stale row never shows.
  await db.schema
    .createTable('claim_statements')
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('statement_id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'text', (c) => c.notNull().check(sql`position in ('for', 'against', 'unsure')`))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('auto', 'user')`))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('speaker_key', 'text', (c) => c.notNull())
    .addColumn('entities', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_statements_claim').on('claim_statements').columns(['claim_id', 'date']).execute();
  await db.schema.createIndex('claim_statements_article').on('claim_statements').column('article_id').execute();

  await db.schema
    .createTable('claim_corrections')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('merge', 'move-out')`))
    .addColumn('args', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['claim_corrections', 'claim_statements', 'claims']) await db.schema.dropTable(t).execute();
}
