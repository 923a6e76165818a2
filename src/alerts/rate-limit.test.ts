import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { listBuckets, rateLimitsDb } from '../store/rate-limits.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { RateLimiter } from './rate-limit.js';

// The subscription endpoint's limiter over the store, with an injected clock: two limiters on two
// handles are two processes.

const T0 = Date.parse('2024-10-15T12:00:00.000Z');
const HOUR_MS = 3600_000;

for (const database of TEST_DATABASES) {
  describe(`RateLimiter over the store (${database.name})`, () => {
    let stores: Store[];
    let clock: number;
    const now = () => new Date(clock);
    const perTest = storePerTest(database, (s) => { stores = [s]; });
    beforeEach(async () => {
      stores.push(await perTest.another());
      clock = T0;
    });

    /** The per-client limit of the subscription endpoint, in process `i`. */
    const perClient = (i: number) => new RateLimiter(stores[i]!.db, 'ip', { burst: 10, refill: 30, perMs: HOUR_MS }, now);

    it('refuses the 11th request of a burst from either process, says when to retry, and lets one through once a token is back', async () => {
      const [p, q] = [perClient(0), perClient(1)];
      for (let i = 0; i < 10; i++) expect(await (i % 2 ? p : q).take('192.0.2.1')).toEqual({ allowed: true, retryAfterS: 0 });
      expect(await p.take('192.0.2.1')).toEqual({ allowed: false, retryAfterS: 120 });
      clock += 30_000;
      expect(await q.take('192.0.2.1')).toEqual({ allowed: false, retryAfterS: 90 });
      clock += 90_000;
      expect(await q.take('192.0.2.1')).toEqual({ allowed: true, retryAfterS: 0 });
      expect(await p.take('192.0.2.1')).toEqual({ allowed: false, retryAfterS: 120 });
    });

    it('rounds a wait of less than a second up to one', async () => {
      const l = new RateLimiter(stores[0]!.db, 'email', { burst: 1, refill: 1, perMs: 1000 }, now);
      expect((await l.take('a@example.org')).allowed).toBe(true);
      clock += 999;
      expect(await l.take('a@example.org')).toEqual({ allowed: false, retryAfterS: 1 });
    });

    it('forgets the buckets that are full again, so the table stays bounded', async () => {
      const p = perClient(0);
      await p.take('198.51.100.1');
      await p.take('198.51.100.2');
      clock += 20 * 60_000 + 1; // ten tokens at one per two minutes: full again
      await p.take('198.51.100.3');
      expect((await listBuckets(rateLimitsDb(stores[1]!.db), 'ip')).map((r) => r.key)).toEqual(['198.51.100.3']);
    });
  });
}
