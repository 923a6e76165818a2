import { beforeEach, describe, expect, it } from 'vitest';
import { listBuckets, pruneBuckets, rateLimitsDb, takeToken, type Bucket, type RateLimitsDb } from './rate-limits.js';
import { storePerTest, TEST_DATABASES } from './testing.js';

// The shared token buckets: two store handles are two serving processes' worth of connections.

const T0 = Date.parse('2024-10-15T12:00:00.000Z');
/** Ten tokens, one back every two minutes (the subscription endpoint's per-client limit). */
const BUCKET: Bucket = { burst: 10, refill: 30, perMs: 3600_000 };

for (const database of TEST_DATABASES) {
  describe(`rate-limit buckets in the store (${database.name})`, () => {
    let a: RateLimitsDb;
    let b: RateLimitsDb;
    const stores = storePerTest(database, (s) => { a = rateLimitsDb(s.db); });
    beforeEach(async () => {
      b = rateLimitsDb((await stores.another()).db);
    });

    const takes = (db: RateLimitsDb, n: number, key = '192.0.2.1', at = T0) =>
      Promise.all(Array.from({ length: n }, () => takeToken(db, 'ip', key, BUCKET, at)));
    const granted = (r: { granted: boolean }[]) => r.filter((x) => x.granted).length;

    it('shares one bucket between two handles: what one took, the other cannot', async () => {
      expect(granted(await takes(a, 6))).toBe(6);
      expect(granted(await takes(b, 4))).toBe(4);
      expect(await takeToken(a, 'ip', '192.0.2.1', BUCKET, T0)).toEqual({ granted: false, tokens: 0 });
      expect(await takeToken(b, 'ip', '192.0.2.1', BUCKET, T0)).toEqual({ granted: false, tokens: 0 });
      // Another key, and the same key under another limiter, have buckets of their own.
      expect((await takeToken(b, 'ip', '192.0.2.2', BUCKET, T0)).granted).toBe(true);
      expect((await takeToken(b, 'email', '192.0.2.1', BUCKET, T0)).granted).toBe(true);
    });

    it('grants exactly the tokens left when many takes race for them from both handles', async () => {
      expect(granted(await takes(a, 7))).toBe(7); // three left
      const raced = (await Promise.all([takes(a, 15), takes(b, 15)])).flat();
      expect(granted(raced)).toBe(3);
      expect((await listBuckets(a, 'ip')).map((r) => [r.key, r.tokens])).toEqual([['192.0.2.1', 0]]);
    });

    it('gives a brand-new bucket to exactly its burst when the first takes race to create it', async () => {
      const raced = (await Promise.all([takes(a, 20, 'fresh'), takes(b, 20, 'fresh')])).flat();
      expect(granted(raced)).toBe(BUCKET.burst);
    });

    it('refills with time, up to the burst, and never for a clock that went back', async () => {
      await takes(a, 10);
      expect((await takeToken(b, 'ip', '192.0.2.1', BUCKET, T0 + 60_000))).toEqual({ granted: false, tokens: 0.5 });
      expect((await takeToken(b, 'ip', '192.0.2.1', BUCKET, T0 + 120_000))).toEqual({ granted: true, tokens: 0 });
      // A process whose clock lags (another machine) refills nothing, and takes nothing that is not there.
      expect((await takeToken(a, 'ip', '192.0.2.1', BUCKET, T0))).toEqual({ granted: false, tokens: 0 });
      // A day later the bucket is full again, not fuller.
      expect((await takeToken(a, 'ip', '192.0.2.1', BUCKET, T0 + 86_400_000))).toEqual({ granted: true, tokens: 9 });
    });

    it('prunes only the buckets untouched since the given time', async () => {
      await takeToken(a, 'ip', 'old', BUCKET, T0);
      await takeToken(a, 'ip', 'new', BUCKET, T0 + 1000);
      await takeToken(a, 'email', 'old', BUCKET, T0);
      expect(await pruneBuckets(b, 'ip', T0 + 1)).toBe(1);
      expect((await listBuckets(a, 'ip')).map((r) => r.key)).toEqual(['new']);
      expect((await listBuckets(a, 'email')).map((r) => r.key)).toEqual(['old']);
    });
  });
}
