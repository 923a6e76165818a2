import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pipelineIngest } from '../cli/commands/watch.js';
import { resolveConfig } from '../config/index.js';
import { createFetcher } from '../fetch/index.js';
import { startTestServer, type TestServer } from '../fetch/test-server.js';
import { feedsStore, type FeedsStore } from '../store/feeds.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { BILLION_LAUGHS, rss } from './fixtures.js';
import { pollFeed, watchFeeds, type FeedDeps } from './index.js';

let dir: string;
let store: Store;
let feeds: FeedsStore;
let server: TestServer;
let clock: Date;
let logs: string[];
/** What the test server answers, path by path; changed between polls. */
let routes: Record<string, (req: { headers: Record<string, string | string[] | undefined> }) => { status?: number; headers?: Record<string, string>; body?: string }>;

const MINUTE = 60_000;
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

function articlePage(title: string, sentence: string): string {
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${[1, 2, 3]
    .map((i) => `<p>${sentence} This is paragraph ${i} of the report, which goes on for a while to read as an article.</p>`).join('')}</article></body></html>`;
}

// The polling loop on every database the store runs on (STYLE.md §20).
for (const database of TEST_DATABASES) {
  describe(`watching feeds against a real server (${database.name})`, () => {
    beforeEach(async () => {
      clock = new Date('2024-10-15T12:00:00Z');
      logs = [];
      routes = {};
      server = await startTestServer((req, res) => {
        const route = routes[new URL(req.url ?? '/', server.url).pathname];
        if (!route) return res.writeHead(404).end('not here');
        const r = route({ headers: req.headers });
        res.writeHead(r.status ?? 200, r.headers ?? {}).end(r.body ?? '');
      });
    });
    // After the hook above, so that the store opens with the test's clock already set.
    storePerTest(database, (s, d) => { store = s; dir = d; feeds = feedsStore(s.db); }, () => clock);

    afterEach(async () => {
      await server.close();
    });

    function deps(): FeedDeps {
      const config = resolveConfig({ db: join(dir, 'isnad.db') }, {}, { cwd: dir, home: dir });
      const now = () => clock;
      const fetcher = createFetcher({
        userAgent: 'isnad/0.1 (+https://github.com/isnad)', allowPrivate: true, maxBytes: 1_000_000, maxDecompressedBytes: 2_000_000,
        timeoutMs: 2000, maxRedirects: 5, perHostConcurrency: 2, perHostIntervalMs: 0, now,
      });
      return { feeds, fetcher, ingest: pipelineIngest(store, config, now), now, log: (l) => logs.push(l), maxFeedBytes: 1_000_000 };
    }

    const once = (d: FeedDeps) => watchFeeds(d, { once: true, signal: new AbortController().signal });
    const hits = (path: string) => server.requests.filter((r) => r.path.split('?')[0] === path).length;
    const item = (n: string) => ({ guid: `g-${n}`, link: `${server.url}/news/${n}?utm_source=rss`, title: `Story ${n} told`, description: `Summary of story ${n}.` });

    it('ingests a new item once when the feed changes between polls', async () => {
      const d = deps();
      routes['/news/a'] = () => ({ headers: { 'content-type': 'text/html' }, body: articlePage('Envoy denies troop report', 'The envoy denied the report.') });
      routes['/news/b'] = () => ({ headers: { 'content-type': 'text/html' }, body: articlePage('Minister warns of escalation', 'The minister warned of escalation.') });
      routes['/feed'] = () => ({ headers: { 'content-type': 'application/rss+xml' }, body: rss([item('a')]) });
      const { feed } = await feeds.add(`${server.url}/feed`, 900, clock.toISOString());

      const first = await once(d);
      expect(first.outcomes).toMatchObject([{ status: 'polled', items: 1, stored: 1 }]);
      routes['/feed'] = () => ({ body: rss([item('b'), item('a')]) });
      expect((await once(d)).outcomes).toEqual([]); // not due yet
      advance(16 * MINUTE);
      expect((await once(d)).outcomes).toMatchObject([{ status: 'polled', items: 2, stored: 1 }]);

      expect([hits('/news/a'), hits('/news/b')]).toEqual([1, 1]);
      expect(await store.countArticles()).toBe(2);
      expect((await feeds.items(feed.id)).map((i) => [i.key, i.status])).toEqual([
        [`${server.url}/news/a`, 'stored'], [`${server.url}/news/b`, 'stored'],
      ]);
      expect((await feeds.list())[0]).toMatchObject({ title: 'Wire', error: null, items: { stored: 2 } });
    });

    it('sends the validators back and takes a 304 as "nothing new"', async () => {
      routes['/feed'] = (req) => (req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { headers: { etag: '"v1"' }, body: rss([]) });
      const { feed } = await feeds.add(`${server.url}/feed`, 900, clock.toISOString());
      await pollFeed(feed, deps());
      const [again] = await feeds.due(advance(16 * MINUTE).toISOString());
      expect(again.etag).toBe('"v1"');
      expect(await pollFeed(again, deps())).toEqual({ feed: feed.id, status: 'not-modified' });
      expect(logs.at(-1)).toContain('not modified');
    });

    it('waits as long as a 429 Retry-After asks before polling again', async () => {
      routes['/feed'] = () => ({ status: 429, headers: { 'retry-after': '3600' } });
      await feeds.add(`${server.url}/feed`, 900, clock.toISOString());
      expect((await once(deps())).outcomes).toMatchObject([{ status: 'failed', reason: 'rate-limited', retryInMs: 3_600_000 }]);
      advance(20 * MINUTE);
      expect((await once(deps())).outcomes).toEqual([]);
      expect(hits('/feed')).toBe(1);
      advance(41 * MINUTE);
      expect((await once(deps())).outcomes).toMatchObject([{ status: 'failed', reason: 'rate-limited' }]);
      expect((await feeds.list())[0]).toMatchObject({ failures: 2, error: 'rate-limited: HTTP 429; asked to wait 3600 s' });
    });

    const broken: [string, () => void, string, RegExp][] = [
      ['redirects in a loop', () => {
        routes['/feed'] = () => ({ status: 302, headers: { location: '/feed2' } });
        routes['/feed2'] = () => ({ status: 302, headers: { location: '/feed' } });
      }, 'too-many-redirects', /redirect loop/],
      ['is not XML', () => (routes['/feed'] = () => ({ body: 'Service temporarily unavailable, come back later' })), 'not-a-feed', /neither XML nor JSON/],
      ['is a billion-laughs payload', () => (routes['/feed'] = () => ({ body: BILLION_LAUGHS })), 'entities', /declares XML entities/],
    ];
    for (const [name, setUp, reason, message] of broken) {
      it(`refuses a feed that ${name}, logs why and backs off`, async () => {
        setUp();
        await feeds.add(`${server.url}/feed`, 900, clock.toISOString());
        expect((await once(deps())).outcomes).toMatchObject([{ status: 'failed', reason, message: expect.stringMatching(message) }]);
        expect(logs.join('\n')).toMatch(new RegExp(`failed \\(${reason}\\)`));
        expect((await feeds.list())[0]).toMatchObject({ error: expect.stringContaining(reason), failures: 1 });
      });
    }

    it('keeps the feed\'s own text when an item\'s page cannot be fetched, and says so', async () => {
      routes['/feed'] = () => ({ body: rss([{ ...item('gone'), title: 'Pentagon could not confirm the deployment', description: '&lt;p&gt;The Pentagon said it could not confirm the deployment of troops to the region on Monday.&lt;/p&gt;' }]) });
      const { feed } = await feeds.add(`${server.url}/feed`, 900, clock.toISOString());
      const polled = await once(deps());
      expect(polled.outcomes).toMatchObject([{ status: 'polled', stored: 0, keptFeedText: 1 }]);
      const [it0] = await feeds.items(feed.id);
      expect(it0).toMatchObject({ status: 'fetch-failed-kept-feed-text', reason: expect.stringContaining('could not be fetched (http-error): HTTP 404') });
      const article = await store.getArticle(it0.article_id!);
      expect(article?.article).toMatchObject({ title: 'Pentagon could not confirm the deployment', paragraphs: [expect.stringContaining('could not confirm the deployment of troops')] });
      expect(logs.join('\n')).toContain('fetch-failed-kept-feed-text');
    });

    it('stops between rounds when signalled', async () => {
      routes['/feed'] = () => ({ body: rss([]) });
      await feeds.add(`${server.url}/feed`, 900, clock.toISOString());
      const stop = new AbortController();
      const waits: number[] = [];
      const summary = await watchFeeds(deps(), { once: false, signal: stop.signal, sleep: async (ms) => void (waits.push(ms), stop.abort()) });
      expect(summary).toMatchObject({ rounds: 1, outcomes: [{ status: 'polled' }] });
      expect(waits).toEqual([60_000]);
    });
  });
}
