import type { Generated, Kysely, Selectable } from 'kysely';
import type { FEED_ITEM_STATUSES } from './migrations/004-feeds.js';
import type { Database } from './schema.js';

// Feeds followed and the items seen in them (migration 004). Times are ISO strings.

export type FeedItemStatus = (typeof FEED_ITEM_STATUSES)[number];

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  every_seconds: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  next_poll_at: string;
  /** The last poll's failure, `reason: message`; null after a good poll. */
  error: string | null;
  /** Failed polls in a row: the backoff grows with it. */
  failures: Generated<number>;
  added_at: string;
}

export interface FeedItemsTable {
  id: Generated<number>;
  feed_id: number;
  key: string;
  url: string | null;
  guid: string | null;
  title: string | null;
  article_id: string | null;
  status: FeedItemStatus;
  reason: string | null;
  seen_at: string;
}

// A type alias, not an interface: Kysely's withTables wants an index signature.
export type FeedTables = {
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
};

export interface Feed {
  id: number;
  url: string;
  title: string | null;
  everySeconds: number;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  nextPollAt: string;
  error: string | null;
  failures: number;
  addedAt: string;
}

export interface FeedWithCounts extends Feed {
  /** Items seen, by status. */
  items: Record<FeedItemStatus, number>;
}

/** How a poll ended, for the feed's row. */
export type PollRecord =
  | { ok: true; polledAt: string; nextPollAt: string; title?: string; etag?: string | null; lastModified?: string | null }
  | { ok: false; polledAt: string; nextPollAt: string; error: string };

export interface FeedItemRecord {
  feedId: number;
  key: string;
  url?: string;
  guid?: string;
  title?: string;
  articleId?: string;
  status: FeedItemStatus;
  reason?: string;
  seenAt: string;
}

const toFeed = (r: Selectable<FeedsTable>): Feed => ({
  id: r.id, url: r.url, title: r.title, everySeconds: r.every_seconds, etag: r.etag, lastModified: r.last_modified,
  lastPolledAt: r.last_polled_at, nextPollAt: r.next_poll_at, error: r.error, failures: r.failures, addedAt: r.added_at,
});

/** The feeds tables over the store's database (they are not part of the core schema type). */
export function feedsStore(base: Kysely<Database>) {
  const db = base.withTables<FeedTables>();
  const byId = (id: number) => db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
  return {
    /** Follows a feed, due at once; a feed already followed is returned as it is. */
    async add(url: string, everySeconds: number, now: string): Promise<{ status: 'added' | 'exists'; feed: Feed }> {
      const there = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
      if (there) return { status: 'exists', feed: toFeed(there) };
      const { id } = await db.insertInto('feeds')
        .values({ url, title: null, every_seconds: everySeconds, etag: null, last_modified: null, last_polled_at: null, next_poll_at: now, error: null, added_at: now })
        .returning('id').executeTakeFirstOrThrow();
      return { status: 'added', feed: toFeed((await byId(id))!) };
    },

    /** Every feed followed, with how many of its items went which way. */
    async list(): Promise<FeedWithCounts[]> {
      const feeds = await db.selectFrom('feeds').selectAll().orderBy('id').execute();
      const counts = await db.selectFrom('feed_items').select(['feed_id', 'status', (e) => e.fn.countAll<number>().as('n')]).groupBy(['feed_id', 'status']).execute();
      return feeds.map((f) => {
        const items: Record<FeedItemStatus, number> = { stored: 0, 'fetch-failed-kept-feed-text': 0, rejected: 0 };
        for (const c of counts) if (c.feed_id === f.id) items[c.status] = Number(c.n);
        return { ...toFeed(f), items };
      });
    },

    /** Stops following a feed (by id or URL) and forgets its items; false when there was none. */
    async remove(idOrUrl: number | string): Promise<Feed | undefined> {
      const q = db.selectFrom('feeds').selectAll();
      const there = await (typeof idOrUrl === 'number' ? q.where('id', '=', idOrUrl) : q.where('url', '=', idOrUrl)).executeTakeFirst();
      if (!there) return undefined;
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('feed_items').where('feed_id', '=', there.id).execute();
        await trx.deleteFrom('feeds').where('id', '=', there.id).execute();
      });
      return toFeed(there);
    },

    /** Feeds whose next poll is due at `now`, the longest-waiting first. */
    async due(now: string): Promise<Feed[]> {
      return (await db.selectFrom('feeds').selectAll().where('next_poll_at', '<=', now).orderBy('next_poll_at').orderBy('id').execute()).map(toFeed);
    },

    /** When the next feed falls due; undefined when no feed is followed. */
    async nextDueAt(): Promise<string | undefined> {
      const r = await db.selectFrom('feeds').select((e) => e.fn.min('next_poll_at').as('at')).executeTakeFirst();
      return (r?.at as string | null) ?? undefined;
    },

    /** Records a poll: validators and title after a good one, the error (and one more failure) after a bad one. */
    async recordPoll(id: number, r: PollRecord): Promise<void> {
      const q = db.updateTable('feeds').where('id', '=', id);
      if (r.ok) {
        await q.set({
          last_polled_at: r.polledAt, next_poll_at: r.nextPollAt, error: null, failures: 0,
          ...(r.title ? { title: r.title } : {}),
          ...(r.etag !== undefined ? { etag: r.etag } : {}),
          ...(r.lastModified !== undefined ? { last_modified: r.lastModified } : {}),
        }).execute();
      } else {
        await q.set((e) => ({ last_polled_at: r.polledAt, next_poll_at: r.nextPollAt, error: r.error, failures: e('failures', '+', 1) })).execute();
      }
    },

    /** True when this feed's item (by key) was already dealt with. */
    async seen(feedId: number, key: string): Promise<boolean> {
      return Boolean(await db.selectFrom('feed_items').select('id').where('feed_id', '=', feedId).where('key', '=', key).executeTakeFirst());
    },

    /** Records what became of an item; recording it twice keeps the first. */
    async recordItem(r: FeedItemRecord): Promise<void> {
      await db.insertInto('feed_items')
        .values({
          feed_id: r.feedId, key: r.key, url: r.url ?? null, guid: r.guid ?? null, title: r.title ?? null,
          article_id: r.articleId ?? null, status: r.status, reason: r.reason ?? null, seen_at: r.seenAt,
        })
        .onConflict((oc) => oc.columns(['feed_id', 'key']).doNothing())
        .execute();
    },

    async items(feedId: number) {
      return db.selectFrom('feed_items').selectAll().where('feed_id', '=', feedId).orderBy('id').execute();
    },
  };
}

export type FeedsStore = ReturnType<typeof feedsStore>;
