import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { pruneBuckets, rateLimitsDb, takeToken, type Bucket, type RateLimitsDb } from '../store/rate-limits.js';

// A token bucket per key (client address, email address), kept in the store: every process serving
// the pages (`serve --workers N`, several machines on one PostgreSQL) takes from the same buckets, so a
// limit holds for the site, not per process. Each take is one atomic statement (src/store/rate-limits.ts).

/** Milliseconds between two prunings of a limiter's full buckets, per process. */
export const PRUNE_EVERY_MS = 60_000;

/** A take's outcome: a refusal says how long to wait (the Retry-After header), in whole seconds. */
export type Take = { allowed: true; retryAfterS: 0 } | { allowed: false; retryAfterS: number };

export class RateLimiter {
  private readonly db: RateLimitsDb;
  private prunedAtMs = Number.NEGATIVE_INFINITY;

  /** `name` keeps this limiter's buckets apart from others' in the one table (`ip`, `email`). */
  constructor(db: Kysely<Database>, private readonly name: string, private readonly bucket: Bucket, private readonly now: () => Date) {
    this.db = rateLimitsDb(db);
  }

  /** Takes a token for `key`; a refusal carries the seconds until one is back. */
  async take(key: string): Promise<Take> {
    const t = this.now().getTime();
    if (t - this.prunedAtMs >= PRUNE_EVERY_MS) {
      this.prunedAtMs = t;
      // A bucket untouched for as long as it takes to fill up is full: deleting it changes nothing.
      await pruneBuckets(this.db, this.name, t - (this.bucket.burst * this.bucket.perMs) / this.bucket.refill);
    }
    const r = await takeToken(this.db, this.name, key, this.bucket, t);
    if (r.granted) return { allowed: true, retryAfterS: 0 };
    const waitMs = ((1 - r.tokens) * this.bucket.perMs) / this.bucket.refill;
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
}
