import { describe, expect, it } from 'vitest';
import { feedsStore, type FeedsStore } from './feeds.js';
import { storePerTest, TEST_DATABASES } from './testing.js';

const T0 = '2024-10-15T12:00:00.000Z';
const T1 = '2024-10-15T12:10:00.000Z';

// The feeds tables on every database (the polling itself is tested in src/feeds).
for (const database of TEST_DATABASES) {
  describe(`feeds in the store (${database.name})`, () => {
    let feeds: FeedsStore;
    storePerTest(database, (store) => { feeds = feedsStore(store.db); });

    it('follows a feed once, due at once, and counts its items by status', async () => {
      const added = await feeds.add('https://example.org/rss', 600, T0);
      expect(added).toMatchObject({ status: 'added', feed: { id: 1, url: 'https://example.org/rss', everySeconds: 600, nextPollAt: T0, failures: 0 } });
      expect((await feeds.add('https://example.org/rss', 60, T1)).status).toBe('exists');
      expect((await feeds.due(T0)).map((f) => f.id)).toEqual([1]);
      expect(await feeds.nextDueAt()).toBe(T0);
      await feeds.recordItem({ feedId: 1, key: 'a', status: 'rejected', reason: 'too-short', seenAt: T0 });
      await feeds.recordItem({ feedId: 1, key: 'a', status: 'stored', seenAt: T1 });
      await feeds.recordItem({ feedId: 1, key: 'b', status: 'fetch-failed-kept-feed-text', seenAt: T1 });
      expect(await feeds.seen(1, 'a')).toBe(true);
      expect(await feeds.seen(1, 'c')).toBe(false);
      const [listed] = await feeds.list();
      expect(listed.items).toEqual({ stored: 0, 'fetch-failed-kept-feed-text': 1, rejected: 1 });
    });

    it('records failed polls one more each time, a good poll clears them, and removal forgets the items', async () => {
      const { feed } = await feeds.add('https://example.org/rss', 600, T0);
      await feeds.recordPoll(feed.id, { ok: false, polledAt: T0, nextPollAt: T1, error: 'http: 503' });
      await feeds.recordPoll(feed.id, { ok: false, polledAt: T0, nextPollAt: T1, error: 'http: 503' });
      expect((await feeds.list())[0]).toMatchObject({ failures: 2, error: 'http: 503', nextPollAt: T1 });
      await feeds.recordPoll(feed.id, { ok: true, polledAt: T1, nextPollAt: T1, title: 'Example', etag: '"x"' });
      expect((await feeds.list())[0]).toMatchObject({ failures: 0, error: null, title: 'Example', etag: '"x"' });
      await feeds.recordItem({ feedId: feed.id, key: 'a', status: 'stored', seenAt: T1 });
      expect(await feeds.remove('https://example.org/rss')).toMatchObject({ id: feed.id });
      expect(await feeds.items(feed.id)).toEqual([]);
      expect(await feeds.remove(feed.id)).toBeUndefined();
      expect(await feeds.nextDueAt()).toBeUndefined();
    });
  });
}
