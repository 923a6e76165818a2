import { WATCH_MAX_IDLE_MS, WATCH_MIN_IDLE_MS } from './constants.js';
import type { Feed } from '../store/feeds.js';
import { pollFeed, type PollOutcome } from './poll.js';
import type { FeedDeps } from './types.js';

export interface WatchOptions {
  /** Poll the feeds due now, once, and return. */
  once: boolean;
  /** Stops the loop between two polls (SIGINT, SIGTERM). */
  signal: AbortSignal;
  /** Waits `ms` or until the signal aborts (default: a timer). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** What is done with a due feed (default: poll it here); `isnad watch --enqueue` queues a job for a worker instead. */
  take?: (feed: Feed) => Promise<PollOutcome>;
}

export interface WatchSummary {
  rounds: number;
  outcomes: PollOutcome[];
}

/**
 * Polls every due feed, then sleeps until the next is due, until stopped. A feed that fails is
 * logged and rescheduled with a backoff; an unexpected error in one feed is logged, not swallowed,
 * and does not stop the others.
 */
export async function watchFeeds(deps: FeedDeps, opts: WatchOptions): Promise<WatchSummary> {
  const sleep = opts.sleep ?? abortableSleep;
  const summary: WatchSummary = { rounds: 0, outcomes: [] };
  while (!opts.signal.aborted) {
    summary.rounds++;
    for (const feed of await deps.feeds.due(deps.now().toISOString())) {
      if (opts.signal.aborted) break;
      try {
        summary.outcomes.push(await (opts.take ? opts.take(feed) : pollFeed(feed, deps)));
      } catch (e) {
        const message = (e as Error).message;
        deps.log(`feed ${feed.id} ${feed.url}: unexpected error: ${message}`);
        summary.outcomes.push({ feed: feed.id, status: 'failed', reason: 'failed', message, retryInMs: 0 });
      }
    }
    if (opts.once) break;
    const next = await deps.feeds.nextDueAt();
    const wait = next === undefined ? WATCH_MAX_IDLE_MS : Date.parse(next) - deps.now().getTime();
    await sleep(Math.min(WATCH_MAX_IDLE_MS, Math.max(WATCH_MIN_IDLE_MS, wait)), opts.signal);
  }
  return summary;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((ok) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      ok();
    }
  });
}
