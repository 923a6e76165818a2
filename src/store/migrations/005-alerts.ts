import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../dialect.js';

/** What a subscription follows: a claim id, an entity id, a story id, search words, an outlet name. */
export const SUBSCRIPTION_KINDS = ['claim', 'entity', 'story', 'search', 'outlet'] as const;
/** An email per new statement, or one a day. */
export const SUBSCRIPTION_MODES = ['immediate', 'digest'] as const;
/** Double opt-in: pending until the confirmation link is followed. */
export const SUBSCRIPTION_STATUSES = ['pending', 'active', 'unsubscribed'] as const;
export const OUTBOX_KINDS = ['confirm', 'alert', 'digest'] as const;
/** `sending` is a lease: claimed by a sender until `next_attempt_at`, then retried by any sender. */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;

const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

// Email subscriptions and the outbox of messages to send (alerts are written in the transaction
// that stores their statements, so that none is lost; src/alerts).
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'integer', t.serial)
    .addColumn('email', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull().check(inList('kind', SUBSCRIPTION_KINDS)))
    .addColumn('target', t.text, (c) => c.notNull())
    .addColumn('mode', t.text, (c) => c.notNull().check(inList('mode', SUBSCRIPTION_MODES)))
    .addColumn('status', t.text, (c) => c.notNull().check(inList('status', SUBSCRIPTION_STATUSES)))
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('confirmed_at', t.text)
    .execute();
  await db.schema.createIndex('subscriptions_match').on('subscriptions').columns(['status', 'kind', 'target']).execute();
  await db.schema.createIndex('subscriptions_email').on('subscriptions').column('email').execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'integer', t.serial)
    .addColumn('subscription_id', 'integer', (c) => c.references('subscriptions.id').onDelete('cascade'))
    .addColumn('dedupe_key', t.text, (c) => c.notNull().unique())
    .addColumn('kind', t.text, (c) => c.notNull().check(inList('kind', OUTBOX_KINDS)))
    .addColumn('payload', t.text, (c) => c.notNull())
    .addColumn('status', t.text, (c) => c.notNull().check(inList('status', OUTBOX_STATUSES)))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.text, (c) => c.notNull())
    .addColumn('last_error', t.text)
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('sent_at', t.text)
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['outbox', 'subscriptions']) await db.schema.dropTable(t).execute();
}
