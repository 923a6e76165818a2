import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect.js';

// Token buckets of the rate limits (src/alerts/rate-limit.ts), in the store so that every serving
// process — the workers of `serve --workers N`, several machines on one PostgreSQL — shares them.
// One row per limiter and key; a row untouched long enough to be full again is pruned (absent = full).
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('rate_limits')
    /** Which limit: `ip`, `email`. */
    .addColumn('limiter', t.text, (c) => c.notNull())
    /** What is limited: a client address, an email address. */
    .addColumn('key', t.text, (c) => c.notNull())
    /** Tokens left at `at_ms` (fractional: refill is continuous). */
    .addColumn('tokens', t.real, (c) => c.notNull())
    /** Milliseconds since the epoch of the last take (a double: exact for every date of interest). */
    .addColumn('at_ms', t.real, (c) => c.notNull())
    /** 1 when the last take got a token, 0 when it was refused: what the take's RETURNING reads. */
    .addColumn('granted', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['limiter', 'key'])
    .execute();
  // Pruning deletes a limiter's rows untouched since a time.
  await db.schema.createIndex('rate_limits_at').on('rate_limits').columns(['limiter', 'at_ms']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limits').execute();
}
