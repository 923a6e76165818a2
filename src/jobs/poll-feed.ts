import { pollFeed, type FeedDeps, type PollOutcome } from '../feeds/index.js';
import type { Feed } from '../store/feeds.js';
import { QUEUES } from './constants.js';
import type { JobQueue } from './queue.js';
import type { PollFeedJob } from './types.js';

// The `poll-feed` job: one poll of one followed feed, its new items fetched and stored (their
// placement queued, src/jobs/place.ts). `isnad watch --enqueue` queues one per due feed, keyed by the
// feed, so a feed is polled by one worker at a time; a job that finds its feed no longer due (polled
// meanwhile) does nothing. Items already seen are skipped by key, so a poll cut short is redone safely.

export type PollFeedResult = PollOutcome | { feed: number; status: 'not-due' | 'gone' };

export async function runPollFeedJob(job: PollFeedJob, deps: (allowPrivate: boolean) => FeedDeps): Promise<PollFeedResult> {
  const d = deps(job.allowPrivate ?? false);
  const due = await d.feeds.due(d.now().toISOString());
  const feed = due.find((f) => f.id === job.feedId);
  if (feed) return pollFeed(feed, d);
  const exists = (await d.feeds.list()).some((f) => f.id === job.feedId);
  return { feed: job.feedId, status: exists ? 'not-due' : 'gone' };
}

/** A due feed as a `poll-feed` job, keyed by the feed: one waiting or running per feed, however often it is found due. */
export async function queueFeedPoll(queue: JobQueue, feed: Feed, allowPrivate: boolean): Promise<PollOutcome> {
  const r = await queue.send(QUEUES.pollFeed, [{ data: { feedId: feed.id, ...(allowPrivate ? { allowPrivate } : {}) }, key: `feed:${feed.id}` }]);
  return { feed: feed.id, status: 'queued', already: r.queued === 0 };
}
