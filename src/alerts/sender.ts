import type { Kysely } from 'kysely';
import { alertsDb, claimDue, markFailed, markRetry, markSent, type AlertsDb, type OutboxRow, type Subscription } from '../store/alerts.js';
import type { Database } from '../store/schema.js';
import { classify, type Mailer } from './mailer.js';
import { renderAlert, renderConfirm, renderDigest, type Group, type MailLinks, type OutgoingMessage } from './message.js';
import { MAX_TOKEN_IDS } from './tokens.js';
import type { AlertPayload, ConfirmPayload } from './types.js';

// Drains the outbox. Each row is claimed (status `sending`, a lease in next_attempt_at) before it is
// sent and marked `sent` only after the SMTP server accepted it. A sender that dies leaves its rows
// leased; when the lease expires any sender takes them again. So delivery is at-least-once at the
// SMTP boundary: a crash after the server's "250 OK" and before the row is marked sends that message
// again — with the same Message-ID (derived from the outbox ids), so mail clients show it once.

/** Milliseconds a claimed row belongs to one sender before another may retry it. */
export const LEASE_MS = 5 * 60_000;
/** Rows claimed at a time. */
export const BATCH_SIZE = 50;
/** First retry delay in milliseconds; it doubles with each attempt... */
export const BACKOFF_BASE_MS = 60_000;
/** ...up to this (6 hours): a message is retried for ever, never dropped. */
export const BACKOFF_MAX_MS = 6 * 3600_000;
/** Milliseconds between drains of the background loop. */
export const DRAIN_INTERVAL_MS = 30_000;

export const backoffMs = (attempts: number) => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));

export interface SenderOptions {
  db: Kysely<Database>;
  mailer: Mailer;
  links: MailLinks;
  /** Domain of Message-IDs (the From address's). */
  domain: string;
  now?: () => Date;
  leaseMs?: number;
  batchSize?: number;
}

/** What became of the rows of one drain. */
export interface DrainReport { sent: number; retried: number; failed: number; errors: string[] }

interface Unit { rows: OutboxRow[]; message: OutgoingMessage }

/** Sends what is due now, batch after batch, until nothing due is left or the server is down. */
export async function drainOutbox(o: SenderOptions): Promise<DrainReport> {
  const report: DrainReport = { sent: 0, retried: 0, failed: 0, errors: [] };
  const db = alertsDb(o.db);
  const clock = o.now ?? (() => new Date());
  for (;;) {
    const now = clock();
    const rows = await claimDue(db, now.toISOString(), new Date(now.getTime() + (o.leaseMs ?? LEASE_MS)).toISOString(), o.batchSize ?? BATCH_SIZE);
    if (!rows.length) return report;
    const units = await unitsOf(db, rows, o, now, report);
    for (const [i, u] of units.entries()) {
      const ids = u.rows.map((r) => r.id);
      try {
        await o.mailer.send(u.message);
        await markSent(db, ids, clock().toISOString());
        report.sent += ids.length;
      } catch (e) {
        const f = classify(e);
        report.errors.push(`${u.message.to}: ${f.message}`);
        if (!f.retry) {
          await markFailed(db, ids, f.message);
          report.failed += ids.length;
          continue;
        }
        // The server is down: the rest of the batch waits too, instead of each timing out.
        const waiting = f.reason === 'server-down' ? units.slice(i) : [u];
        for (const w of waiting) await markRetry(db, w.rows.map((r) => r.id), retryAt(clock(), w.rows), f.message);
        report.retried += waiting.reduce((n, w) => n + w.rows.length, 0);
        if (f.reason === 'server-down') return report;
      }
    }
  }
}

const retryAt = (now: Date, rows: OutboxRow[]) => new Date(now.getTime() + backoffMs(Math.max(...rows.map((r) => r.attempts)))).toISOString();

/** Claimed rows as messages: a confirmation alone, alerts per subscription, digests per address. */
async function unitsOf(db: AlertsDb, rows: OutboxRow[], o: SenderOptions, now: Date, report: DrainReport): Promise<Unit[]> {
  const subIds = [...new Set(rows.map((r) => r.subscription_id).filter((x): x is number => x !== null))];
  const subs = new Map((subIds.length ? await db.selectFrom('subscriptions').selectAll().where('id', 'in', subIds).execute() : []).map((s) => [s.id, s]));
  const units: Unit[] = [];
  const alerts = new Map<number, OutboxRow[]>();
  const digests = new Map<string, OutboxRow[]>();
  for (const r of rows) {
    const sub = r.subscription_id === null ? undefined : subs.get(r.subscription_id);
    const live = sub && (r.kind === 'confirm' ? sub.status === 'pending' : sub.status === 'active');
    if (!sub || !live) {
      // Unsubscribed (or confirmed already) since it was queued: nothing to send, said so in the row.
      await markFailed(db, [r.id], 'not sent: the subscription is no longer active');
      report.failed++;
      continue;
    }
    if (r.kind === 'confirm') units.push({ rows: [r], message: renderConfirm(sub, JSON.parse(r.payload) as ConfirmPayload, o.links, [r.id], o.domain) });
    else if (r.kind === 'alert') push(alerts, sub.id, r);
    else push(digests, sub.email, r);
  }
  for (const [id, rs] of alerts) units.push({ rows: rs, message: renderAlert(groupOf(subs.get(id)!, rs), o.links, now, rs.map((r) => r.id), o.domain) });
  for (const [email, rs] of digests) {
    const bySub = new Map<number, OutboxRow[]>();
    for (const r of rs) push(bySub, r.subscription_id!, r);
    const groups = [...bySub].map(([id, g]) => groupOf(subs.get(id)!, g));
    // One click ends the digest: every active digest subscription of the address, not only today's.
    const digestOf = (await db.selectFrom('subscriptions').select('id').where('email', '=', email).where('mode', '=', 'digest').where('status', '=', 'active')
      .orderBy('id').limit(MAX_TOKEN_IDS).execute()).map((s) => s.id);
    units.push({ rows: rs, message: renderDigest(groups, digestOf, o.links, now, rs.map((r) => r.id), o.domain) });
  }
  return units;
}

const groupOf = (subscription: Subscription, rows: OutboxRow[]): Group => ({ subscription, alerts: rows.map((r) => JSON.parse(r.payload) as AlertPayload) });

function push<K>(m: Map<K, OutboxRow[]>, k: K, r: OutboxRow): void {
  const list = m.get(k);
  if (list) list.push(r);
  else m.set(k, [r]);
}

export interface BackgroundSender {
  stop(): Promise<void>;
}

/** Drains every `intervalMs` until stopped; each drain's report and any error go to the callbacks (STYLE.md §16). */
export function startSender(o: SenderOptions & { intervalMs?: number; onReport?: (r: DrainReport) => void; onError: (e: Error) => void }): BackgroundSender {
  let stopped = false;
  let busy = false;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    // One drain at a time: a slow drain skips ticks instead of piling up.
    if (stopped || busy) return;
    busy = true;
    running = drainOutbox(o)
      .then((r) => o.onReport?.(r), (e: unknown) => o.onError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => { busy = false; });
  };
  tick();
  const timer = setInterval(tick, o.intervalMs ?? DRAIN_INTERVAL_MS);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
