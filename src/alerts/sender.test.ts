import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertsDb, listOutbox } from '../store/alerts.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { mailLinks } from './links.js';
import { smtpMailer, type Mailer } from './mailer.js';
import { BATCH_SIZE, drainOutbox, LEASE_MS, type SenderOptions } from './sender.js';
import { queueAlerts, startTestSmtp, type TestSmtp } from './testing.js';

const T0 = new Date('2024-10-15T12:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
/** Alerts due at once in the fault tests. */
const MANY = 100;
/** Milliseconds allowed a test that sends 100 messages (~150 ms each over loopback SMTP). */
const SLOW_MS = 90_000;

for (const database of TEST_DATABASES) {
  describe(`the outbox sender against a real SMTP server (${database.name})`, () => {
    let store: Store;
    let smtp: TestSmtp;
    let mailer: Mailer;
    const sender = (now: Date, m: Mailer = mailer): SenderOptions => ({
      db: store.db, mailer: m, domain: 'isnad.example', now: () => now,
      links: mailLinks({ base: 'https://isnad.example', secret: 'test-secret', mailto: 'unsubscribe@isnad.example', now: () => now }),
    });
    storePerTest(database, (s) => { store = s; });
    beforeEach(async () => {
      smtp = await startTestSmtp();
      mailer = smtpMailer({ url: smtp.url, from: 'isnad <alerts@isnad.example>', timeoutMs: 2000 });
    });
    afterEach(async () => {
      mailer.close();
      await smtp.stop();
    });

    it('keeps 100 alerts queued while the server is down, then delivers each exactly once', async () => {
      await queueAlerts(store.db, T0, MANY);
      await smtp.stop();
      const down = await drainOutbox(sender(T0));
      // The first batch finds the server down; the rest of the queue is left for later untouched.
      expect(down).toMatchObject({ sent: 0, retried: BATCH_SIZE, failed: 0 });
      expect((await listOutbox(alertsDb(store.db), { status: 'queued' })).length).toBe(MANY);
      await smtp.start();
      // Back up: what was never tried goes at once; what was tried, after its backoff.
      expect((await drainOutbox(sender(T0))).sent).toBe(MANY - BATCH_SIZE);
      const up = await drainOutbox(sender(later(LEASE_MS)));
      expect(up).toMatchObject({ sent: BATCH_SIZE, retried: 0, failed: 0 });
      expect(smtp.received.length).toBe(MANY);
      expect(new Set(smtp.received.map((r) => r.to[0])).size).toBe(MANY);
      expect((await drainOutbox(sender(later(10 * LEASE_MS)))).sent).toBe(0);
      expect(smtp.received.length).toBe(MANY);
    }, SLOW_MS);

    it('keeps a message refused with a 4xx queued, and sends it later', async () => {
      await queueAlerts(store.db, T0, 1);
      smtp.tempFail = true;
      expect(await drainOutbox(sender(T0))).toMatchObject({ sent: 0, retried: 1 });
      const [row] = await listOutbox(alertsDb(store.db));
      expect(row).toMatchObject({ status: 'queued', attempts: 1 });
      expect(row!.last_error).toContain('451');
      smtp.tempFail = false;
      expect(await drainOutbox(sender(later(LEASE_MS)))).toMatchObject({ sent: 1, retried: 0 });
      expect(smtp.received.length).toBe(1);
    });

    it('marks a delivery refused with a 5xx failed, shows why, and sends the rest', async () => {
      await queueAlerts(store.db, T0, 3);
      smtp.refuse.add('reader1@example.org');
      expect(await drainOutbox(sender(T0))).toMatchObject({ sent: 2, failed: 1, retried: 0 });
      const failed = await listOutbox(alertsDb(store.db), { status: 'failed' });
      expect(failed.length).toBe(1);
      expect(failed[0]!.last_error).toMatch(/550/);
      expect(smtp.received.map((r) => r.to[0]).sort()).toEqual(['reader0@example.org', 'reader2@example.org']);
    });
    // A sender process killed mid-batch: sender-crash.test.ts.
  });
}
