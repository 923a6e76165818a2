import { sql, type Generated, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { OUTBOX_KINDS, OUTBOX_STATUSES, SUBSCRIPTION_KINDS, SUBSCRIPTION_MODES, SUBSCRIPTION_STATUSES } from './migrations/005-alerts.js';
import type { Database } from './schema.js';

// Subscriptions and the outbox (migration 005-alerts) as types, and the queries over them.
// Times are ISO strings; a row of the outbox is claimed with a lease before it is sent (src/alerts/sender.ts).

export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];
export type SubscriptionMode = (typeof SUBSCRIPTION_MODES)[number];
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface SubscriptionsTable {
  id: Generated<number>;
  email: string;
  kind: SubscriptionKind;
  target: string;
  mode: SubscriptionMode;
  status: SubscriptionStatus;
  created_at: string;
  confirmed_at: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  subscription_id: number | null;
  dedupe_key: string;
  kind: OutboxKind;
  /** JSON: ConfirmPayload | AlertPayload (src/alerts/types.ts). */
  payload: string;
  status: OutboxStatus;
  attempts: Generated<number>;
  /** queued: when it is due; sending: when the sender's lease expires. */
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export type AlertTables = { subscriptions: SubscriptionsTable; outbox: OutboxTable };
export type AlertsDatabase = Database & AlertTables;
export type AlertsDb = Kysely<AlertsDatabase>;
export type AlertsTrx = Transaction<AlertsDatabase>;
export type Subscription = Selectable<SubscriptionsTable>;
export type OutboxRow = Selectable<OutboxTable>;

/** The store's database seen with the subscription and outbox tables. */
export const alertsDb = <D extends Database>(db: Kysely<D>): AlertsDb => (db as unknown as Kysely<Database>).withTables<AlertTables>();

export interface NewSubscription { email: string; kind: SubscriptionKind; target: string; mode: SubscriptionMode }

export type SubscribeResult =
  | { ok: true; subscription: Subscription }
  | { ok: false; reason: 'pending-confirmation' };

/**
 * A pending subscription and its confirmation message, in one transaction. At most one confirmation
 * is pending per address: a second request before the first link is followed is refused.
 */
export async function addSubscription(
  db: AlertsDb, s: NewSubscription, now: string, confirmPayload: (sub: Subscription) => unknown,
): Promise<SubscribeResult> {
  return db.transaction().execute(async (trx) => {
    const pending = await trx.selectFrom('subscriptions').select('id').where('email', '=', s.email).where('status', '=', 'pending').executeTakeFirst();
    if (pending) return { ok: false, reason: 'pending-confirmation' } as const;
    const sub = await trx.insertInto('subscriptions')
      .values({ ...s, status: 'pending', created_at: now, confirmed_at: null })
      .returningAll().executeTakeFirstOrThrow();
    await enqueue(trx, { subscriptionId: sub.id, dedupeKey: `confirm:${sub.id}`, kind: 'confirm', payload: confirmPayload(sub), due: now, now });
    return { ok: true, subscription: sub } as const;
  });
}

export const getSubscription = (db: AlertsDb, id: number) =>
  db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();

/** The subscriptions of these ids that exist, in id order. */
export const getSubscriptions = (db: AlertsDb, ids: readonly number[]) =>
  ids.length ? db.selectFrom('subscriptions').selectAll().where('id', 'in', [...ids]).orderBy('id').execute() : Promise.resolve([]);

export const listSubscriptions = (db: AlertsDb, email?: string) => {
  let q = db.selectFrom('subscriptions').selectAll().orderBy('id');
  if (email) q = q.where('email', '=', email);
  return q.execute();
};

/** pending → active, and its confirmation dropped if still unsent; true when it changed (an active one stays as it is). */
export async function confirmSubscription(db: AlertsDb, id: number, now: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('subscriptions').set({ status: 'active', confirmed_at: now })
      .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
    await trx.deleteFrom('outbox').where('subscription_id', '=', id).where('kind', '=', 'confirm').where('status', '=', 'queued').execute();
    return Number(r.numUpdatedRows) > 0;
  });
}

/** Unsubscribes one subscription or several (a digest's, in one click), and drops what was still waiting to be sent for them; true when any changed. */
export async function unsubscribe(db: AlertsDb, subscriptions: number | readonly number[]): Promise<boolean> {
  const ids = typeof subscriptions === 'number' ? [subscriptions] : [...subscriptions];
  if (!ids.length) return false;
  return db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('subscriptions').set({ status: 'unsubscribed' }).where('id', 'in', ids).where('status', '!=', 'unsubscribed').executeTakeFirst();
    await trx.deleteFrom('outbox').where('subscription_id', 'in', ids).where('status', '=', 'queued').execute();
    return Number(r.numUpdatedRows) > 0;
  });
}

/** Active subscriptions of one kind following any of `targets`. */
export async function activeFollowing(db: AlertsDb | AlertsTrx, kind: SubscriptionKind, targets: readonly string[]): Promise<Subscription[]> {
  if (!targets.length) return [];
  return db.selectFrom('subscriptions').selectAll()
    .where('status', '=', 'active').where('kind', '=', kind).where('target', 'in', [...new Set(targets)]).execute();
}

export interface Enqueue {
  subscriptionId: number | null;
  dedupeKey: string;
  kind: OutboxKind;
  payload: unknown;
  /** When it may be sent. */
  due: string;
  now: string;
}

/** Adds a message to the outbox unless one with its dedupe key is there; true when added. */
export async function enqueue(db: AlertsDb | AlertsTrx, m: Enqueue): Promise<boolean> {
  const r = await db.insertInto('outbox').values({
    subscription_id: m.subscriptionId, dedupe_key: m.dedupeKey, kind: m.kind, payload: JSON.stringify(m.payload),
    status: 'queued', next_attempt_at: m.due, last_error: null, created_at: m.now, sent_at: null,
  }).onConflict((oc) => oc.column('dedupe_key').doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Rows due at `now`: queued and due, or claimed by a sender whose lease has expired. */
const due = (now: string) => (eb: any) =>
  eb.and([eb('status', 'in', ['queued', 'sending']), eb('next_attempt_at', '<=', now)]);

/**
 * Claims up to `limit` due rows for `leaseUntil`: each is taken only if no other sender took it
 * first (a conditional update per row), so two senders never send the same row at once.
 */
export async function claimDue(db: AlertsDb, now: string, leaseUntil: string, limit: number): Promise<OutboxRow[]> {
  const candidates = await db.selectFrom('outbox').selectAll().where(due(now)).orderBy('id').limit(limit).execute();
  const claimed: OutboxRow[] = [];
  for (const row of candidates) {
    const r = await db.updateTable('outbox')
      .set({ status: 'sending', next_attempt_at: leaseUntil, attempts: sql`attempts + 1` })
      .where('id', '=', row.id).where('status', '=', row.status).where('next_attempt_at', '=', row.next_attempt_at)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) > 0) claimed.push({ ...row, status: 'sending', next_attempt_at: leaseUntil, attempts: row.attempts + 1 });
  }
  return claimed;
}

export async function markSent(db: AlertsDb, ids: readonly number[], now: string): Promise<void> {
  if (ids.length) await db.updateTable('outbox').set({ status: 'sent', sent_at: now, last_error: null }).where('id', 'in', [...ids]).execute();
}

/** Back to the queue, due again at `retryAt`, with why it was not sent. */
export async function markRetry(db: AlertsDb, ids: readonly number[], retryAt: string, error: string): Promise<void> {
  if (ids.length) await db.updateTable('outbox').set({ status: 'queued', next_attempt_at: retryAt, last_error: error }).where('id', 'in', [...ids]).execute();
}

export async function markFailed(db: AlertsDb, ids: readonly number[], error: string): Promise<void> {
  if (ids.length) await db.updateTable('outbox').set({ status: 'failed', last_error: error }).where('id', 'in', [...ids]).execute();
}

export interface OutboxFilter { status?: OutboxStatus; limit?: number }

export const listOutbox = (db: AlertsDb, f: OutboxFilter = {}) => {
  let q = db.selectFrom('outbox').selectAll().orderBy('id').limit(f.limit ?? 1000);
  if (f.status) q = q.where('status', '=', f.status);
  return q.execute();
};

/** Rows by status, for `isnad outbox`. */
export async function outboxCounts(db: AlertsDb): Promise<Record<OutboxStatus, number>> {
  const rows = await db.selectFrom('outbox').select((e) => ['status', e.fn.countAll().as('n')]).groupBy('status').execute();
  const counts: Record<OutboxStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
