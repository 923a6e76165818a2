import { backoffMs } from '../fetch/index.js';
import type { Feed } from '../store/feeds.js';
import { FEED_ACCEPT } from './constants.js';
import { itemKey, takeItem } from './item.js';
import { parseFeedBytes } from './parse.js';
import type { FeedDeps } from './types.js';

/** How one poll of one feed went. */
export type PollOutcome =
  | { feed: number; status: 'polled'; items: number; stored: number; keptFeedText: number; rejected: number; later: number }
  | { feed: number; status: 'not-modified' }
  /** Handed to a worker as a `poll-feed` job (`isnad watch --enqueue`, src/jobs); `already` when one was waiting. */
  | { feed: number; status: 'queued'; already: boolean }
  | { feed: number; status: 'failed'; reason: string; message: string; retryInMs: number };

/**
 * Polls one feed: a conditional GET, then every item not seen before is fetched, extracted,
 * analysed and stored. Validators are saved last, so a poll cut short is simply done again.
 */
export async function pollFeed(feed: Feed, deps: FeedDeps): Promise<PollOutcome> {
  const at = () => deps.now().toISOString();
  const later = (ms: number) => new Date(deps.now().getTime() + ms).toISOString();
  const everyMs = feed.everySeconds * 1000;
  const fail = async (reason: string, message: string, retryAfterMs?: number): Promise<PollOutcome> => {
    const retryInMs = Math.max(everyMs, backoffMs(feed.failures + 1, retryAfterMs === undefined ? {} : { retryAfterMs }));
    await deps.feeds.recordPoll(feed.id, { ok: false, polledAt: at(), nextPollAt: later(retryInMs), error: `${reason}: ${message}` });
    deps.log(`feed ${feed.id} ${feed.url}: failed (${reason}): ${message}; next poll in ${Math.round(retryInMs / 1000)} s`);
    return { feed: feed.id, status: 'failed', reason, message, retryInMs };
  };

  const r = await deps.fetcher.fetchPage(feed.url, {
    robots: false, accept: FEED_ACCEPT, ...(feed.etag ? { etag: feed.etag } : {}), ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
  });
  if (!r.ok) return fail(r.reason, r.message, r.retryAfterMs);
  if (r.notModified) {
    await deps.feeds.recordPoll(feed.id, { ok: true, polledAt: at(), nextPollAt: later(everyMs) });
    deps.log(`feed ${feed.id} ${feed.url}: not modified`);
    return { feed: feed.id, status: 'not-modified' };
  }
  const parsed = parseFeedBytes(r.bytes, deps.maxFeedBytes);
  if (!parsed.ok) return fail(parsed.reason, parsed.message);

  const out = { feed: feed.id, status: 'polled' as const, items: parsed.feed.items.length, stored: 0, keptFeedText: 0, rejected: 0, later: 0 };
  const current = { ...feed, title: feed.title ?? parsed.feed.title ?? null };
  // Feeds list the newest first: take the oldest first, so that stored order follows publication.
  for (const item of [...parsed.feed.items].reverse()) {
    const key = itemKey(item);
    if (!key) {
      deps.log(`feed ${feed.id} ${feed.url}: an item with neither link nor guid ("${item.title ?? ''}") is passed over`);
      continue;
    }
    if (await deps.feeds.seen(feed.id, key)) continue;
    const taken = await takeItem(item, key, current, deps);
    if (taken === 'later') {
      out.later++;
      deps.log(`feed ${feed.id}: ${item.url}: its host asked us to wait; taken at a later poll`);
      continue;
    }
    await deps.feeds.recordItem(taken);
    if (taken.status === 'stored') out.stored++;
    else if (taken.status === 'fetch-failed-kept-feed-text') out.keptFeedText++;
    else out.rejected++;
    if (taken.status !== 'stored') deps.log(`feed ${feed.id}: ${taken.url ?? key}: ${taken.status}: ${taken.reason}`);
  }
  await deps.feeds.recordPoll(feed.id, {
    ok: true, polledAt: at(), nextPollAt: later(everyMs), ...(parsed.feed.title ? { title: parsed.feed.title } : {}),
    etag: r.etag ?? null, lastModified: r.lastModified ?? null,
  });
  deps.log(`feed ${feed.id} ${feed.url}: ${out.items} items, ${out.stored} stored, ${out.keptFeedText} kept from the feed's text, ${out.rejected} rejected${out.later ? `, ${out.later} left for later` : ''}`);
  return out;
}
