import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';

// The token buckets of migration 014-rate-limits, taken atomically: one INSERT … ON CONFLICT DO UPDATE
// … RETURNING per take. PostgreSQL locks the row for the upsert, so of two processes racing for the
// last token exactly one sees it; SQLite runs the statement under its write lock.

export interface RateLimitsTable {
  limiter: string;
  key: string;
  tokens: number;
  at_ms: number;
  /** 1: the last take got a token; 0: it was refused. */
  granted: number;
}

export type RateLimitsDb = Kysely<Database & { rate_limits: RateLimitsTable }>;

/** The store's database seen with the rate_limits table. */
export const rateLimitsDb = <D extends Database>(db: Kysely<D>): RateLimitsDb =>
  (db as unknown as Kysely<Database>).withTables<{ rate_limits: RateLimitsTable }>();

/** A bucket: `burst` tokens when full, refilled continuously at `refill` tokens per `perMs`. */
export interface Bucket {
  burst: number;
  refill: number;
  perMs: number;
}

/** What a take found: whether it got a token, and the tokens left (after it, when granted). */
export interface Taken {
  granted: boolean;
  tokens: number;
}

/** A number as a double on both databases (PostgreSQL cannot always infer a bare parameter's type). */
const num = (v: number): RawBuilder<number> => sql<number>`cast(${v} as double precision)`;

/**
 * Takes a token from `limiter`'s bucket of `key` at `nowMs`: a new bucket is full; an old one is
 * refilled for the time since its last take (never for a clock that went back), capped at `burst`.
 */
export async function takeToken(db: RateLimitsDb, limiter: string, key: string, b: Bucket, nowMs: number): Promise<Taken> {
  if (b.burst < 1) throw new RangeError(`a bucket holds at least 1 token, not ${b.burst}`);
  const now = num(nowMs);
  const burst = num(b.burst);
  // Every expression reads the row as it was before this statement (SQL's SET semantics).
  const elapsed = sql`(case when ${now} > rate_limits.at_ms then ${now} - rate_limits.at_ms else 0 end)`;
  const grown = sql`(rate_limits.tokens + ${elapsed} * ${num(b.refill)} / ${num(b.perMs)})`;
  const refilled = sql`(case when ${grown} > ${burst} then ${burst} else ${grown} end)`;
  const row = await db.insertInto('rate_limits')
    .values({ limiter, key, tokens: b.burst - 1, at_ms: nowMs, granted: 1 })
    .onConflict((oc) => oc.columns(['limiter', 'key']).doUpdateSet({
      tokens: sql<number>`case when ${refilled} >= 1 then ${refilled} - 1 else ${refilled} end`,
      granted: sql<number>`case when ${refilled} >= 1 then 1 else 0 end`,
      at_ms: sql<number>`case when ${now} > rate_limits.at_ms then ${now} else rate_limits.at_ms end`,
    }))
    .returning(['tokens', 'granted'])
    .executeTakeFirstOrThrow();
  return { granted: Number(row.granted) === 1, tokens: Number(row.tokens) };
}

/**
 * Deletes `limiter`'s buckets untouched since `fullSinceMs` — those full again by now, which is what
 * an absent bucket means — so the table holds only keys seen within one refill time. Returns how many.
 */
export async function pruneBuckets(db: RateLimitsDb, limiter: string, fullSinceMs: number): Promise<number> {
  const r = await db.deleteFrom('rate_limits').where('limiter', '=', limiter).where('at_ms', '<', fullSinceMs).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** The buckets of a limiter, for tests and inspection. */
export const listBuckets = (db: RateLimitsDb, limiter: string) =>
  db.selectFrom('rate_limits').selectAll().where('limiter', '=', limiter).orderBy('key').execute();
