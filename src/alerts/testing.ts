import type { Kysely } from 'kysely';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { alertsDb, type Subscription } from '../store/alerts.js';
import type { Database } from '../store/schema.js';
import { enqueueFor } from './enqueue.js';
import type { AlertPayload } from './types.js';

// A real SMTP server on a loopback port for the tests: collects what it accepts; can be stopped and
// started again on the same port, refuse some recipients (5xx) or answer 451 for a while.

export interface Received { to: string[]; raw: string; messageId: string | undefined }

export interface TestSmtp {
  readonly port: number;
  readonly url: string;
  readonly received: Received[];
  /** Answer RCPT TO with 550 for these addresses. */
  refuse: Set<string>;
  /** While true, answer DATA with 451 (try again later). */
  tempFail: boolean;
  /**
   * Called with each message before the server answers 250. Returning 'hold' leaves it unanswered, so it
   * is not accepted (RFC 5321: the server takes responsibility only with its 250) — a test kills the sender there.
   */
  onMessage?: (m: Received) => 'hold' | void;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  let server: SMTPServer | undefined;
  let port = 0;
  const t: TestSmtp = {
    port: 0, url: '', received: [], refuse: new Set(), tempFail: false,
    async start() {
      server = new SMTPServer({
        authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, disableReverseLookup: true,
        onRcptTo(addr, _s, cb) {
          if (t.refuse.has(addr.address)) return cb(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
          cb();
        },
        onData(stream, session, cb) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            if (t.tempFail) return cb(Object.assign(new Error('try again later'), { responseCode: 451 }));
            const raw = Buffer.concat(chunks).toString('utf8');
            const m: Received = { to: session.envelope.rcptTo.map((r) => r.address), raw, messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] };
            if (t.onMessage?.(m) === 'hold') return;
            t.received.push(m);
            cb();
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
      port = (server.server.address() as AddressInfo).port;
      Object.assign(t, { port, url: `smtp://127.0.0.1:${port}` });
    },
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  await t.start();
  return t;
}

/** The decoded text of a raw message's parts (quoted-printable and base64 undone), for assertions. */
export function decodedText(raw: string): string {
  const out: string[] = [];
  for (const part of raw.split(/\r?\n--[^\r\n]+\r?\n/)) {
    const [head = '', ...rest] = part.split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    if (/content-transfer-encoding:\s*base64/i.test(head)) out.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    else if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) out.push(qp(body));
    else out.push(body);
  }
  return out.join('\n');
}

function qp(s: string): string {
  const bytes = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => `%${h}`);
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  } catch {
    return bytes;
  }
}

/** A header of a raw message, unfolded (RFC 5322 §2.2.3), or undefined. */
export function headerOf(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n(?=[ \t])/g, '');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** `n` active immediate subscriptions (one address each, reader0@example.org…), each with one alert queued, due at `at`. */
export async function queueAlerts(store: Kysely<Database>, at: Date, n: number): Promise<Subscription[]> {
  const db = alertsDb(store);
  const subs: Subscription[] = [];
  for (let i = 0; i < n; i++) {
    const sub = await db.insertInto('subscriptions').values({
      email: `reader${i}@example.org`, kind: 'entity', target: 'person:peskov', mode: 'immediate', status: 'active', created_at: at.toISOString(), confirmed_at: at.toISOString(),
    }).returningAll().executeTakeFirstOrThrow();
    const payload: AlertPayload = {
      statementId: `a${i}:0`, articleId: `a${i}`, ordinal: 0, speaker: 'Dmitry Peskov', stance: 'deny', content: `story number ${i}`,
      language: 'en', title: 't', outlet: 'RT World News', at: at.toISOString(), follows: { kind: 'entity', target: 'person:peskov' },
    };
    await enqueueFor(db, sub, payload, at);
    subs.push(sub);
  }
  return subs;
}
