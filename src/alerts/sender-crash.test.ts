import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../config/index.js';
import { alertsDb, listOutbox } from '../store/alerts.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES, TEST_PG_URL } from '../store/testing.js';
import { mailLinks } from './links.js';
import { smtpMailer } from './mailer.js';
import { BATCH_SIZE, drainOutbox, LEASE_MS } from './sender.js';
import { queueAlerts, startTestSmtp, type TestSmtp } from './testing.js';

// The sender is a real process (`isnad outbox --send`, from the sources), SIGKILLed in the middle of
// a batch — while the SMTP server holds a message it has not acknowledged (so not accepted) — then a
// sender is started again once the dead one's lease has expired: every alert arrives once, none is lost.
// (A crash after the server's 250 but before the outbox records it would resend that one message under
// the same Message-ID, which mail clients show once: SMTP gives no atomic hand-over.)

/** Alerts due at once. */
const MANY = 100;
/** The sender is killed while the server holds this message (mid-way through the first batch). */
const KILL_AT = 30;
/** Milliseconds allowed: a child process starting from the sources, then 100 messages. */
const SLOW_MS = 120_000;

const CLI = join(projectRoot(), 'src', 'alerts', 'fixtures', 'cli.ts');

for (const database of TEST_DATABASES) {
  describe(`a sender process killed mid-batch (${database.name})`, () => {
    let dir: string;
    let store: Store;
    let smtp: TestSmtp;
    let child: ChildProcess | undefined;
    storePerTest(database, (s, d) => { store = s; dir = d; });
    beforeEach(async () => {
      smtp = await startTestSmtp();
    });
    afterEach(async () => {
      child?.kill('SIGKILL');
      await smtp.stop();
    });

    /** Where the child finds this test's store: the SQLite file, or the PostgreSQL schema. */
    const location = async () => {
      if (database.name === 'sqlite') return join(dir, 'nested', 'isnad.db');
      const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(store.db);
      return `${TEST_PG_URL}?options=${encodeURIComponent(`-c search_path=${rows[0]!.s}`)}`;
    };

    it('sends every alert exactly once after a SIGKILL mid-batch and a restart', async () => {
      const start = new Date();
      await queueAlerts(store.db, start, MANY);
      const db = await location();
      let stderr = '';
      const exited = new Promise<NodeJS.Signals | null>((resolve) => {
        smtp.onMessage = () => {
          if (smtp.received.length < KILL_AT - 1) return;
          child!.kill('SIGKILL'); // before the server answers 250: this message is not accepted
          return 'hold';
        };
        child = spawn(process.execPath, ['--import', 'tsx', CLI, 'outbox', '--send'], {
          cwd: projectRoot(), stdio: ['ignore', 'ignore', 'pipe'], // cwd: where `--import tsx` is found
          env: {
            PATH: process.env.PATH, HOME: dir, ISNAD_DB: db, ISNAD_SMTP_URL: smtp.url, ISNAD_SECRET: 'kill-secret', ISNAD_MAIL_FROM: 'isnad <alerts@isnad.example>',
          },
        });
        child.stderr!.on('data', (b: Buffer) => void (stderr += b.toString()));
        child.once('exit', (_code, signal) => resolve(signal));
      });
      expect(await exited, `the sender ended on its own: ${stderr}`).toBe('SIGKILL');
      smtp.onMessage = undefined;
      expect(smtp.received.length).toBe(KILL_AT - 1);
      const rows = await listOutbox(alertsDb(store.db));
      const by = (s: string) => rows.filter((r) => r.status === s).length;
      // Killed mid-batch: some sent, the rest of its batch leased to the dead sender, the next batch untouched.
      expect(by('sent')).toBe(KILL_AT - 1);
      expect(by('sending')).toBe(BATCH_SIZE - (KILL_AT - 1));
      expect(by('queued')).toBe(MANY - BATCH_SIZE);

      // Restarted once the dead sender's lease has expired.
      const later = new Date(Date.now() + LEASE_MS + 1000);
      const mailer = smtpMailer({ url: smtp.url, from: 'isnad <alerts@isnad.example>', timeoutMs: 5000 });
      try {
        const r = await drainOutbox({
          db: store.db, mailer, domain: 'isnad.example', now: () => later,
          links: mailLinks({ base: 'https://isnad.example', secret: 'kill-secret', mailto: 'unsubscribe@isnad.example', now: () => later }),
        });
        expect(r).toMatchObject({ sent: MANY - (KILL_AT - 1), failed: 0, retried: 0 });
      } finally {
        mailer.close();
      }
      expect((await listOutbox(alertsDb(store.db), { status: 'sent' })).length).toBe(MANY);
      expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(MANY); // none missing
      expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(MANY);
      expect(smtp.received.length).toBe(MANY); // none doubled
    }, SLOW_MS);
  });
}
