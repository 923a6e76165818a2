import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../cli/pipeline.js';
import { projectRoot, resolveConfig } from '../config/index.js';
import { alertsDb, listOutbox, listSubscriptions } from '../store/alerts.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { createApp } from '../web/index.js';
import { mailLinks } from './links.js';
import { smtpMailer, type Mailer } from './mailer.js';
import { drainOutbox } from './sender.js';
import { decodedText, headerOf, startTestSmtp, type TestSmtp } from './testing.js';

const SECRET = 'e2e-secret';
const NOW = new Date('2024-10-15T12:00:00.000Z');
const SEED = join(projectRoot(), 'samples', 'rt-dprk-troops.ar.txt');
const READER = 'reader@example.org';

// Subscribe → confirm by the emailed link → ingest the seed through the real pipeline → the alert
// arrives at a real SMTP server → one-click unsubscribe: nothing more is queued.
for (const database of TEST_DATABASES) {
  describe(`email alerts end to end (${database.name})`, () => {
    let dir: string;
    let store: Store;
    let smtp: TestSmtp;
    let mailer: Mailer;
    storePerTest(database, (s, d) => { store = s; dir = d; }, () => NOW);
    beforeEach(async () => {
      smtp = await startTestSmtp();
      mailer = smtpMailer({ url: smtp.url, from: 'isnad <alerts@isnad.example>', timeoutMs: 2000 });
    });
    afterEach(async () => {
      mailer.close();
      await smtp.stop();
    });

    const app = () => createApp({ store, subscriptions: { secret: SECRET, now: () => NOW } });
    const drain = () => drainOutbox({
      db: store.db, mailer, domain: 'isnad.example', now: () => NOW,
      links: mailLinks({ base: 'https://isnad.example', secret: SECRET, mailto: 'unsubscribe@isnad.example', now: () => NOW }),
    });
    const ingestSeed = async (replace: boolean) => {
      const config = resolveConfig({ db: join(dir, 'unused.db') }, {}, { cwd: dir, home: dir });
      return ingest([SEED], store, config, { maxBytes: 1_000_000, fetchTimeoutMs: 1000, userAgent: 't', cwd: dir, now: () => NOW, replace });
    };
    const subscribe = (body: unknown) => app().request('/api/v1/subscriptions', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
    const linkIn = (raw: string, path: string) => new RegExp(`https://isnad\\.example(${path}\\?token=[^\\s"<>&]+)`).exec(decodedText(raw))?.[1];

    it('confirms by email, alerts on a new statement of the followed person, and unsubscribes in one click', async () => {
      const asked = await subscribe({ email: READER, kind: 'entity', target: 'person:peskov', mode: 'immediate' });
      expect(asked.status).toBe(202);
      expect((await subscribe({ email: READER, kind: 'entity', target: 'person:putin' })).status).toBe(409);

      // Stored before the link is followed: nothing but the confirmation is sent.
      expect((await ingestSeed(false)).stored).toBe(1);
      expect(await drain()).toMatchObject({ sent: 1, failed: 0 });
      expect(smtp.received.length).toBe(1);
      const confirmation = smtp.received[0]!;
      expect(confirmation.to).toEqual([READER]);
      expect(confirmation.raw).toMatch(/^Subject: Confirm your isnad subscription/m);
      const confirm = linkIn(confirmation.raw, '/subscriptions/confirm');
      expect(confirm).toBeDefined();
      expect((await app().request(confirm!)).status).toBe(200);
      expect((await listSubscriptions(alertsDb(store.db)))[0]).toMatchObject({ status: 'active', confirmed_at: NOW.toISOString() });

      // Re-analysed twice: its statements are new to the subscription once.
      await ingestSeed(true);
      await ingestSeed(true);
      const alerts = await listOutbox(alertsDb(store.db), { status: 'queued' });
      expect(alerts.length).toBe(4); // Peskov's four statements in the seed
      expect(await drain()).toMatchObject({ sent: 4, failed: 0 });
      expect(smtp.received.length).toBe(2); // grouped: one message for the subscription
      const alert = smtp.received[1]!;
      const text = decodedText(alert.raw);
      expect(text).toContain('denied: «');
      expect(text).toContain('— RT World News, ');
      expect(text).toMatch(/https:\/\/isnad\.example\/articles\/[^#\s]+#statement-\d+/);
      expect(text).toContain('dir="rtl"');
      expect(text).toContain('lang="ar"');
      expect(alert.raw).toMatch(/^Content-Type: multipart\/alternative/m);
      const listUnsubscribe = headerOf(alert.raw, 'List-Unsubscribe');
      expect(listUnsubscribe).toMatch(/^<https:\/\/isnad\.example\/subscriptions\/unsubscribe\?token=[^>\s]+>,\s*<mailto:unsubscribe@isnad\.example\?subject=[^>\s]+>$/);
      expect(headerOf(alert.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(alert.messageId).toMatch(/^<isnad\.outbox\.[0-9a-f]+@isnad\.example>$/);

      // One-click (RFC 8058), as a mail provider posts it.
      const unsub = /^<https:\/\/isnad\.example([^>]+)>/.exec(listUnsubscribe!)![1]!;
      expect(linkIn(alert.raw, '/subscriptions/unsubscribe')).toBeDefined(); // visible in the body too
      const posted = await app().request(unsub, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
      expect(posted.status).toBe(200);
      expect((await listSubscriptions(alertsDb(store.db)))[0]!.status).toBe('unsubscribed');
      await ingestSeed(true);
      expect(await listOutbox(alertsDb(store.db), { status: 'queued' })).toEqual([]);
    });

    it('alerts on an article added through POST /api/v1/articles, as on one ingested', async () => {
      const writer = createApp({ store, writeToken: 'sekret', subscriptions: { secret: SECRET, now: () => NOW }, now: () => NOW });
      const post = (body: unknown, path: string, headers: Record<string, string> = {}) =>
        writer.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });
      expect((await post({ email: READER, kind: 'entity', target: 'person:peskov' }, '/api/v1/subscriptions')).status).toBe(202);
      expect(await drain()).toMatchObject({ sent: 1 });
      expect((await writer.request(linkIn(smtp.received[0]!.raw, '/subscriptions/confirm')!)).status).toBe(200);

      const added = await post({ text: readFileSync(SEED, 'utf8'), outlet: 'RT World News' }, '/api/v1/articles', { Authorization: 'Bearer sekret' });
      expect(added.status).toBe(201);
      const { id } = (await added.json()) as { id: string };
      expect(await drain()).toMatchObject({ sent: 4, failed: 0 }); // Peskov's four statements, in one message
      expect(smtp.received.length).toBe(2);
      const alert = smtp.received[1]!;
      expect(alert.to).toEqual([READER]);
      expect(decodedText(alert.raw)).toContain(`https://isnad.example/articles/${encodeURIComponent(id)}#statement-`);
      expect(decodedText(alert.raw)).toContain('denied: «');
    });

    it('sends one daily digest for every digest subscription of an address, which one click (RFC 8058) stops altogether', async () => {
      const TOMORROW = new Date(NOW.getTime() + 24 * 3600_000);
      const follows = [['entity', 'person:peskov'], ['outlet', 'RT World News'], ['entity', 'person:nobody-said-anything']] as const;
      for (const [kind, target] of follows) {
        // One pending confirmation per address at a time: each is confirmed before the next is asked.
        expect((await subscribe({ email: READER, kind, target, mode: 'digest' })).status).toBe(202);
        await drain();
        expect((await app().request(linkIn(smtp.received.at(-1)!.raw, '/subscriptions/confirm')!)).status).toBe(200);
      }
      expect(smtp.received.length).toBe(3);
      await ingestSeed(false);
      expect(await drain()).toMatchObject({ sent: 0 }); // due at the next midnight
      const digestDrain = () => drainOutbox({
        db: store.db, mailer, domain: 'isnad.example', now: () => TOMORROW,
        links: mailLinks({ base: 'https://isnad.example', secret: SECRET, mailto: 'unsubscribe@isnad.example', now: () => TOMORROW }),
      });
      const sent = await digestDrain();
      expect(sent.sent).toBeGreaterThan(4);
      expect(smtp.received.length).toBe(4); // one message
      const digest = smtp.received[3]!;
      expect(digest.raw).toMatch(/^Subject: Your isnad digest: \d+ new statements/m);
      const text = decodedText(digest.raw);
      expect(text).toContain('entity “person:peskov”');
      expect(text).toContain('outlet “rt world news”');
      expect(text).toContain('Stop this digest (all 3 subscriptions)');

      // A digest's several-subscription token is an unsubscribe link only.
      const unsub = /^<https:\/\/isnad\.example([^>]+)>/.exec(headerOf(digest.raw, 'List-Unsubscribe')!)![1]!;
      expect((await app().request(unsub.replace('/unsubscribe?', '/confirm?'))).status).toBe(400);
      expect((await app().request(unsub.replace('/unsubscribe?', '/manage?'))).status).toBe(400);
      expect(await (await app().request(unsub)).text()).toContain('person:nobody-said-anything'); // GET asks, lists all three
      expect((await listSubscriptions(alertsDb(store.db))).map((s) => s.status)).toEqual(['active', 'active', 'active']);
      const posted = await app().request(unsub, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
      expect(posted.status).toBe(200);
      expect((await listSubscriptions(alertsDb(store.db))).map((s) => s.status)).toEqual(['unsubscribed', 'unsubscribed', 'unsubscribed']);
      await ingestSeed(true);
      expect(await listOutbox(alertsDb(store.db), { status: 'queued' })).toEqual([]);
    });

    it.each([
      ['a malformed address', 'not-an-address', /not an email address/],
      ['a header-injection attempt', 'a@b.c\r\nBcc: x@y.z', /one address on one line/],
      ['an address over 254 characters', `${'a'.repeat(250)}@b.cd`, /longer than 254/],
    ])('refuses %s with a clear 400', async (_name, email, reason) => {
      const r = await subscribe({ email, kind: 'entity', target: 'person:peskov' });
      expect(r.status).toBe(400);
      const body = (await r.json()) as { error: { field: string; reason: string } };
      expect(body.error.field).toBe('email');
      expect(body.error.reason).toMatch(reason);
      expect(await listSubscriptions(alertsDb(store.db))).toEqual([]);
    });

    it('refuses a forged or expired link', async () => {
      expect((await app().request('/subscriptions/confirm?token=confirm.1.9999999999.forged')).status).toBe(400);
      expect((await app().request('/subscriptions/unsubscribe?token=garbage', { method: 'POST' })).status).toBe(400);
    });
  });
}
