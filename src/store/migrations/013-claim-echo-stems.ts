import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect.js';

// The predicate stems of a pooled statement (src/claims/stems.ts `predicateStems`): read from its article, names left
// out, so kept with it — a paraphrase in a later article is compared on them (src/claims/paraphrase.ts). Rows pooled
// before this migration have none: their stems are read from the content alone.
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  /** JSON string[][]: each predicate word's stems; null on rows pooled before. */
  await db.schema.alterTable('claim_echoes').addColumn('stems', t.text).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('claim_echoes').dropColumn('stems').execute();
}
