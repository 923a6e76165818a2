import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../../alerts/testing.js';
import { addSubscription, alertsDb, confirmSubscription } from '../../store/alerts.js';
import { openStore } from '../../store/index.js';
import type { Io } from '../io.js';
import { main } from '../main.js';

const SEED = resolve(import.meta.dirname, '../../../samples/rt-dprk-troops.ar.txt');
const NOW = '2024-10-15T12:00:00.000Z';

let dir: string;
let smtp: TestSmtp;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-outbox-cli-'));
  smtp = await startTestSmtp();
});
afterEach(async () => {
  await smtp.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function run(env: Record<string, string>, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
    stdin: (async function* () {})(), env: { ISNAD_DB: join(dir, 'isnad.db'), ...env }, cwd: dir, now: () => new Date(NOW),
  };
  return { code: await main(['node', 'isnad', ...args], io), out, err };
}

/** An active subscription to Peskov, made in the store as the web flow would (its confirmation already queued). */
async function subscribe(): Promise<void> {
  const store = await openStore({ path: join(dir, 'isnad.db') });
  const db = alertsDb(store.db);
  const r = await addSubscription(db, { email: 'reader@example.org', kind: 'entity', target: 'person:peskov', mode: 'immediate' }, NOW, () => ({}));
  if (r.ok) await confirmSubscription(db, r.subscription.id, NOW);
  await store.close();
}

describe('isnad outbox / subscriptions', () => {
  it('keeps messages in the outbox without ISNAD_SMTP_URL, and sends them with it', async () => {
    await subscribe();
    expect((await run({}, 'ingest', SEED)).code).toBe(0);
    const waiting = await run({}, 'outbox');
    expect(waiting.out).toMatch(/^4 queued, 0 sending, 0 sent, 0 failed \(no ISNAD_SMTP_URL: nothing is sent\)/);
    expect(waiting.out).toContain('\talert\t');
    const refused = await run({}, 'outbox', '--send');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('needs ISNAD_SMTP_URL');
    const sent = await run({ ISNAD_SMTP_URL: smtp.url, ISNAD_SECRET: 's' }, 'outbox', '--send');
    expect(sent.err).toContain('4 sent, 0 to retry, 0 failed');
    expect(sent.code).toBe(0);
    expect(smtp.received.length).toBe(1); // Peskov's four statements, one message
  });

  it('lists and removes subscriptions', async () => {
    await subscribe();
    expect((await run({}, 'subscriptions', 'list')).out).toMatch(/^1\treader@example\.org\tentity person:peskov\timmediate\tactive\t/);
    expect((await run({}, 'subscriptions', 'remove', '1')).out).toBe('unsubscribed: subscription 1\n');
    expect((await run({}, 'subscriptions', 'remove', '1')).code).toBe(1);
    expect((await run({}, 'subscriptions', 'list')).out).toContain('\tunsubscribed\t');
  });
});
