import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect.js';

// The pool of concept-less statements (src/claims/echo.ts): each with the member it becomes in a claim, and the keys
// (canonical entities, quantities) it is looked up by. A claim is made only when a second statement echoes a first,
// so a statement waits here, in no claim, until one does. Rows go with their article.
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('claim_echoes')
    .addColumn('statement_id', t.text, (c) => c.primaryKey())
    .addColumn('article_id', t.text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('date', t.text, (c) => c.notNull())
    /** JSON Member (src/claims/types.ts). */
    .addColumn('member', t.text, (c) => c.notNull())
    /** JSON content words of the member (restatement.ts contentWords, each word's keys): kept, as analysing them is costly. */
    .addColumn('words', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claim_echoes_article').on('claim_echoes').column('article_id').execute();

  await db.schema
    .createTable('claim_echo_keys')
    .addColumn('key', t.text, (c) => c.notNull())
    // Rows go with their statement (and so with its article): placement deletes the article's claim_echoes rows only.
    .addColumn('statement_id', t.text, (c) => c.notNull().references('claim_echoes.statement_id').onDelete('cascade'))
    .addColumn('date', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_echo_keys_pk', ['key', 'statement_id'])
    .execute();
  // Candidates: statements sharing a key within a date window, read from the index alone (statement_id included).
  await db.schema.createIndex('claim_echo_keys_key_date').on('claim_echo_keys').columns(['key', 'date', 'statement_id']).execute();
  // The cascade from claim_echoes finds a statement's keys by it.
  await db.schema.createIndex('claim_echo_keys_statement').on('claim_echo_keys').column('statement_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['claim_echo_keys', 'claim_echoes']) await db.schema.dropTable(t).execute();
}
