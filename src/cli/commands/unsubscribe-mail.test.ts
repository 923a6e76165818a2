import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailLinks } from '../../alerts/links.js';
import { renderAlert, renderDigest } from '../../alerts/message.js';
import { signToken, UNSUBSCRIBE_TTL_S } from '../../alerts/tokens.js';
import type { AlertPayload } from '../../alerts/types.js';
import { addSubscription, alertsDb, confirmSubscription, listSubscriptions, type Subscription } from '../../store/alerts.js';
import { openStore } from '../../store/index.js';
import type { Io } from '../io.js';
import { main } from '../main.js';
import { EX_CONFIG, EX_DATAERR, EX_NOUSER } from './unsubscribe-mail.js';

// `isnad unsubscribe-mail` fed what a mail client sends when the reader follows the mailto of an alert's
// List-Unsubscribe (rendered by src/alerts/message.ts, composed by nodemailer), against a real SQLite store.

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'src/jobs/test-cli.ts');
const SECRET = 'the site secret';
const NOW = new Date('2024-10-15T12:00:00.000Z');
const READER = 'reader@example.org';
const links = mailLinks({ base: 'https://isnad.example', secret: SECRET, mailto: 'unsubscribe@isnad.example', now: () => NOW });
const ALERT: AlertPayload = {
  statementId: 'a:3', articleId: 'a', ordinal: 3, speaker: 'Dmitry Peskov', stance: 'deny', content: 'a false story', language: 'en',
  title: 't', outlet: 'RT World News', at: '2024-10-15T10:00:00.000Z', follows: { kind: 'entity', target: 'person:peskov' },
};

let dir: string;
let subs: Subscription[];
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-unsubscribe-mail-'));
  const store = await openStore({ path: join(dir, 'isnad.db') });
  const db = alertsDb(store.db);
  for (const target of ['person:peskov', 'troops']) {
    const r = await addSubscription(db, { email: READER, kind: target === 'troops' ? 'search' : 'entity', target, mode: 'digest' }, NOW.toISOString(), () => ({}));
    if (r.ok) await confirmSubscription(db, r.subscription.id, NOW.toISOString());
  }
  subs = await listSubscriptions(db);
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The statuses of the reader's subscriptions, in id order. */
async function statuses(): Promise<string[]> {
  const store = await openStore({ path: join(dir, 'isnad.db') });
  try {
    return (await listSubscriptions(alertsDb(store.db))).map((s) => s.status);
  } finally {
    await store.close();
  }
}

/** The message a mail client sends for a `mailto:` link: its address, its subject, and a body of the reader's own. */
function followMailto(mailto: string, text = 'Sent from my phone'): Promise<Buffer> {
  const url = new URL(mailto);
  return new MailComposer({ from: READER, to: url.pathname, subject: url.searchParams.get('subject') ?? '', text }).compile().build();
}

/** The mailto of an alert's List-Unsubscribe header, as message.ts renders it. */
const mailtoOf = (headers: Record<string, string>) => /<(mailto:[^>]+)>/.exec(headers['List-Unsubscribe']!)![1]!;
const alertMailto = (sub: Subscription) => mailtoOf(renderAlert({ subscription: sub, alerts: [ALERT] }, links, NOW, [1], 'isnad.example').headers);
const tokenMail = (token: string) => followMailto(`mailto:unsubscribe@isnad.example?subject=${encodeURIComponent(`unsubscribe ${token}`)}`);

async function run(message: Uint8Array, env: Record<string, string> = { ISNAD_SECRET: SECRET }): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
    stdin: (async function* () { yield message.subarray(0, 100); yield message.subarray(100); })(),
    env: { ISNAD_DB: join(dir, 'isnad.db'), ...env }, cwd: dir, now: () => NOW,
  };
  return { code: await main(['node', 'isnad', 'unsubscribe-mail'], io), out, err };
}

describe('isnad unsubscribe-mail', () => {
  it('unsubscribes what the Subject of an alert\'s List-Unsubscribe mailto names, once', async () => {
    const message = await followMailto(alertMailto(subs[0]!));
    expect(await run(message)).toEqual({ code: 0, out: `unsubscribed: ${READER} from entity “person:peskov”\n`, err: '' });
    expect(await statuses()).toEqual(['unsubscribed', 'active']);
    expect(await run(message)).toEqual({ code: 0, out: `already unsubscribed: ${READER} from entity “person:peskov”\n`, err: '' });
  });

  it('stops a whole digest with its one mailto', async () => {
    const digest = renderDigest([{ subscription: subs[0]!, alerts: [ALERT] }], subs.map((s) => s.id), links, NOW, [1], 'isnad.example');
    expect((await run(await followMailto(mailtoOf(digest.headers)))).code).toBe(0);
    expect(await statuses()).toEqual(['unsubscribed', 'unsubscribed']);
  });

  it('finds the token in the body when the Subject lost it (a reply quoting the alert, encoded quoted-printable)', async () => {
    const alert = renderAlert({ subscription: subs[1]!, alerts: [ALERT] }, links, NOW, [1], 'isnad.example');
    const quoted = `أوقفوا هذه الرسائل من فضلكم\n\n${alert.text.split('\n').map((l) => `> ${l}`).join('\n')}`;
    const message = await new MailComposer({ from: READER, to: 'unsubscribe@isnad.example', subject: 'Re: stop please', text: quoted }).compile().build();
    expect(message.toString()).toMatch(/Content-Transfer-Encoding: (quoted-printable|base64)/);
    expect(await run(message)).toMatchObject({ code: 0, out: `unsubscribed: ${READER} from search “troops”\n` });
    expect(await statuses()).toEqual(['active', 'unsubscribed']);
  });

  it.each([
    ['a forged token (signed with another secret)', () => tokenMail(signToken('not the secret', 'unsubscribe', 1, NOW)), EX_DATAERR, /not signed by this site/],
    ['an expired token', () => tokenMail(signToken(SECRET, 'unsubscribe', 1, new Date(NOW.getTime() - (UNSUBSCRIBE_TTL_S + 60) * 1000))), EX_DATAERR, /has expired/],
    ['a message without a token', () => followMailto('mailto:unsubscribe@isnad.example?subject=unsubscribe', 'please stop'), EX_DATAERR, /no unsubscribe token/],
    ['a confirmation token', () => tokenMail(signToken(SECRET, 'confirm', 1, NOW)), EX_DATAERR, /not an unsubscribe token/],
    ['a token whose ids were changed', () => tokenMail(signToken(SECRET, 'unsubscribe', 1, NOW).replace('.1.', '.2.')), EX_DATAERR, /not signed by this site/],
    ['a good token of a subscription that no longer exists', () => tokenMail(signToken(SECRET, 'unsubscribe', 99, NOW)), EX_NOUSER, /no longer exist/],
  ])('refuses %s with one line and a sysexits code, unsubscribing nobody', async (_name, message, code, line) => {
    const r = await run(await message());
    expect(r.code).toBe(code);
    expect(r.err).toMatch(line);
    expect(r.err.split('\n')).toHaveLength(2); // one line, then the final newline
    expect(r.out).toBe('');
    expect(await statuses()).toEqual(['active', 'active']);
  });

  it('refuses to run without ISNAD_SECRET (EX_CONFIG)', async () => {
    const r = await run(await followMailto(alertMailto(subs[0]!)), {});
    expect(r).toEqual({ code: EX_CONFIG, out: '', err: 'isnad unsubscribe-mail: ISNAD_SECRET is not set: it signs the unsubscribe tokens this command checks\n' });
  });

  it('works as an MTA runs it: a real process reading the message on its stdin, and no stack trace on a refusal', async () => {
    const cli = (input: Buffer) => spawnSync(process.execPath, ['--import', 'tsx', CLI, 'unsubscribe-mail'], {
      cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, ISNAD_DB: join(dir, 'isnad.db'), ISNAD_SECRET: SECRET, ISNAD_DEBUG: '' },
    });
    const forged = cli(await tokenMail(signToken('not the secret', 'unsubscribe', 1, new Date())));
    expect([forged.status, forged.stdout]).toEqual([EX_DATAERR, '']);
    expect(forged.stderr).toMatch(/^isnad unsubscribe-mail: the unsubscribe token was not signed by this site [^\n]*\n$/);
    // The real clock: a token signed now.
    const real = mailLinks({ base: 'https://isnad.example', secret: SECRET, mailto: 'unsubscribe@isnad.example', now: () => new Date() });
    const ok = cli(await followMailto(mailtoOf(renderAlert({ subscription: subs[0]!, alerts: [ALERT] }, real, new Date(), [1], 'isnad.example').headers)));
    expect([ok.status, ok.stdout, ok.stderr]).toEqual([0, `unsubscribed: ${READER} from entity “person:peskov”\n`, '']);
    expect(await statuses()).toEqual(['unsubscribed', 'active']);
  }, 60_000);
});
