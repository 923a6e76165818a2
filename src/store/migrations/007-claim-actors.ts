import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect.js';

// The actor a claim statement names first (src/claims/frame.ts `actor`): kept, so that a new statement joining a stored
// claim about a broad concept (attack, aid, sanctions…) is compared on it as it is in memory (`Israel attacked Iran` is
// not `Iran attacked Israel`). Null where none is named, and on rows placed before this migration (until their
// article is placed again).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('claim_statements').addColumn('actor', columnTypes(db).text).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('claim_statements').dropColumn('actor').execute();
}
