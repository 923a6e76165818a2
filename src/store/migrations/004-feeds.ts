import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../dialect.js';

/** What became of a feed item: its page stored; the page unreachable, the feed's own text stored; nothing stored. */
export const FEED_ITEM_STATUSES = ['stored', 'fetch-failed-kept-feed-text', 'rejected'] as const;

// Feeds followed by `isnad watch`, and the items seen in each (so that an item is ingested once).
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('feeds')
    .addColumn('id', 'integer', t.serial)
    .addColumn('url', t.text, (c) => c.notNull().unique())
    .addColumn('title', t.text)
    .addColumn('every_seconds', 'integer', (c) => c.notNull())
    .addColumn('etag', t.text)
    .addColumn('last_modified', t.text)
    .addColumn('last_polled_at', t.text)
    .addColumn('next_poll_at', t.text, (c) => c.notNull())
    .addColumn('error', t.text)
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('added_at', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feeds_next_poll').on('feeds').column('next_poll_at').execute();

  const statuses = FEED_ITEM_STATUSES.map((s) => `'${s}'`).join(', ');
  await db.schema
    .createTable('feed_items')
    .addColumn('id', 'integer', t.serial)
    .addColumn('feed_id', 'integer', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    // The item's identity within its feed: its canonical URL, else its guid.
    .addColumn('key', t.text, (c) => c.notNull())
    .addColumn('url', t.text)
    .addColumn('guid', t.text)
    .addColumn('title', t.text)
    .addColumn('article_id', t.text, (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('status', t.text, (c) => c.notNull().check(sql.raw(`status in (${statuses})`)))
    .addColumn('reason', t.text)
    .addColumn('seen_at', t.text, (c) => c.notNull())
    .addUniqueConstraint('feed_items_key', ['feed_id', 'key'])
    .execute();
  await db.schema.createIndex('feed_items_article').on('feed_items').column('article_id').execute();
}
