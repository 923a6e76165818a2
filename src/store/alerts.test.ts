import { describe, expect, it } from 'vitest';
import { addSubscription, alertsDb, claimDue, confirmSubscription, enqueue, listOutbox, markRetry, type AlertsDb } from './alerts.js';
import { storePerTest, TEST_DATABASES } from './testing.js';

const T0 = '2024-10-15T12:00:00.000Z';
const T1 = '2024-10-15T12:05:00.000Z';
const T2 = '2024-10-15T12:10:00.000Z';
const SUB = { email: 'a@example.org', kind: 'entity', target: 'person:peskov', mode: 'immediate' } as const;

for (const database of TEST_DATABASES) {
  describe(`subscriptions and the outbox in the store (${database.name})`, () => {
    let db: AlertsDb;
    storePerTest(database, (store) => { db = alertsDb(store.db); });

    it('queues one confirmation per new subscription and refuses a second pending one for the address', async () => {
      const first = await addSubscription(db, SUB, T0, () => ({ hello: 1 }));
      expect(first).toMatchObject({ ok: true, subscription: { status: 'pending', email: 'a@example.org' } });
      expect(await addSubscription(db, { ...SUB, target: 'person:putin' }, T0, () => ({}))).toEqual({ ok: false, reason: 'pending-confirmation' });
      expect((await listOutbox(db)).map((r) => [r.kind, r.status, JSON.parse(r.payload)])).toEqual([['confirm', 'queued', { hello: 1 }]]);
      expect(await confirmSubscription(db, 1, T1)).toBe(true);
      expect(await confirmSubscription(db, 1, T2)).toBe(false);
      expect(await listOutbox(db)).toEqual([]); // the confirmation is moot once the link was followed
      expect((await addSubscription(db, { ...SUB, target: 'person:putin' }, T1, () => ({}))).ok).toBe(true);
    });

    it('never queues the same dedupe key twice', async () => {
      const m = { subscriptionId: null, dedupeKey: 'k', kind: 'alert', payload: {}, due: T0, now: T0 } as const;
      expect(await enqueue(db, m)).toBe(true);
      expect(await enqueue(db, m)).toBe(false);
      expect((await listOutbox(db)).length).toBe(1);
    });

    it('gives a due row to one claimer until its lease expires, and a retried row back after its delay', async () => {
      await enqueue(db, { subscriptionId: null, dedupeKey: 'k', kind: 'alert', payload: {}, due: T0, now: T0 });
      const [a, b] = await Promise.all([claimDue(db, T0, T1, 10), claimDue(db, T0, T1, 10)]);
      expect(a!.length + b!.length).toBe(1);
      expect(await claimDue(db, T0, T2, 10)).toEqual([]);
      const again = await claimDue(db, T1, T2, 10); // the lease expired: taken again
      expect(again.map((r) => [r.status, r.attempts])).toEqual([['sending', 2]]);
      await markRetry(db, [again[0]!.id], T2, '451 later');
      expect(await claimDue(db, T1, T2, 10)).toEqual([]);
      expect((await claimDue(db, T2, T2, 10)).length).toBe(1);
    });
  });
}
