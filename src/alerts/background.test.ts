import { expect, it } from 'vitest';
import { alertsDb, enqueue, listOutbox } from '../store/alerts.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { startAlerts } from './background.js';
import { resolveConfig } from '../config/index.js';
import { startTestSmtp } from './testing.js';

/** The mail settings as `isnad serve` resolves them from its environment. */
const mailOf = (env: Record<string, string>) => resolveConfig({ db: 'unused.db' }, env, { cwd: '/tmp', home: '/tmp' }).mail;

let store: Store;
storePerTest(TEST_DATABASES[0]!, (s) => { store = s; }); // SQLite: the store is not what is tested here

it('runs no sender without ISNAD_SMTP_URL, and one that sends what is queued with it', async () => {
  const smtp = await startTestSmtp();
  try {
    expect(startAlerts(store.db, mailOf({ ISNAD_SECRET: 's' }), () => {})).toBeUndefined();
    const db = alertsDb(store.db);
    const sub = await db.insertInto('subscriptions').values({ email: 'r@example.org', kind: 'claim', target: 'c', mode: 'immediate', status: 'pending', created_at: '2024-01-01T00:00:00.000Z', confirmed_at: null }).returning('id').executeTakeFirstOrThrow();
    await enqueue(db, { subscriptionId: sub.id, dedupeKey: 'confirm:1', kind: 'confirm', payload: { kind: 'claim', target: 'c', mode: 'immediate' }, due: '2024-01-01T00:00:00.000Z', now: '2024-01-01T00:00:00.000Z' });
    const log: string[] = [];
    const sender = startAlerts(store.db, mailOf({ ISNAD_SMTP_URL: smtp.url, ISNAD_SECRET: 's', ISNAD_MAIL_FROM: 'isnad <alerts@isnad.example>' }), (l) => log.push(l));
    for (let i = 0; i < 300 && !smtp.received.length; i++) await new Promise((r) => setTimeout(r, 10));
    await sender!.stop();
    expect(smtp.received.map((m) => m.to)).toEqual([['r@example.org']]);
    expect(smtp.received[0]!.messageId).toMatch(/@isnad\.example>$/);
    expect((await listOutbox(db))[0]!.status).toBe('sent');
    expect(log).toEqual([]);
  } finally {
    await smtp.stop();
  }
});
