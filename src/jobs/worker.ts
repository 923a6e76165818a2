import type { Config } from '../config/index.js';
import { createFetcher, DEFAULT_MAX_REDIRECTS, DEFAULT_PER_HOST_CONCURRENCY, DEFAULT_PER_HOST_INTERVAL_MS, type Fetcher } from '../fetch/index.js';
import { MAX_FEED_BYTES, type FeedDeps } from '../feeds/index.js';
import type { Placement } from '../cli/pipeline.js';
import { processSource, storeOne } from '../cli/pipeline.js';
import type { SourceOptions } from '../source/index.js';
import { feedsStore } from '../store/feeds.js';
import type { Store } from '../store/index.js';
import { runArticleJobs, settleArticle, type ArticleDeps } from './article.js';
import { ARTICLE_BATCH, PLACE_BATCH, QUEUES, type QueueName } from './constants.js';
import { runPlaceJobs } from './place.js';
import { runPollFeedJob } from './poll-feed.js';
import type { JobOutcome, JobQueue } from './queue.js';

// A worker process: the handlers of each queue, registered with pg-boss, sharing one store.

export interface WorkerOptions {
  /** Jobs (batches) run at once per queue in this process. */
  concurrency: number;
  queues: readonly QueueName[];
  pollSeconds?: number;
  now: () => Date;
  /** One line per rejected or failed job, and the queue's errors (STYLE.md §16). */
  log: (line: string) => void;
}

/** What this worker did, by outcome: articles stored, duplicates, rejections, places, polls, failures (retried). */
export type WorkerCounts = Record<'stored' | 'replaced' | 'duplicate' | 'rejected' | 'placed' | 'polled' | 'failed', number>;

/** Registers the handlers of `opts.queues`; jobs run until the queue is stopped. Returns live counts. */
export async function startWorker(store: Store, queue: JobQueue, config: Config, opts: WorkerOptions): Promise<WorkerCounts> {
  const counts: WorkerCounts = { stored: 0, replaced: 0, duplicate: 0, rejected: 0, placed: 0, polled: 0, failed: 0 };
  const { now, log } = opts;
  const placement: Placement = { mode: 'queued', enqueue: (trx, id) => queue.placeInTransaction(trx, id) };
  const sources = perAllowPrivate((allowPrivate): SourceOptions => ({
    maxBytes: config.maxBytes, fetchTimeoutMs: config.fetchTimeoutMs, userAgent: config.userAgent, allowPrivate, now,
  }));
  const fetchers = perAllowPrivate((allowPrivate): Fetcher => createFetcher({
    userAgent: config.userAgent, allowPrivate, maxBytes: config.maxBytes, maxDecompressedBytes: config.maxBytes, timeoutMs: config.fetchTimeoutMs,
    maxRedirects: DEFAULT_MAX_REDIRECTS, perHostConcurrency: DEFAULT_PER_HOST_CONCURRENCY, perHostIntervalMs: DEFAULT_PER_HOST_INTERVAL_MS, now,
  }));
  const articleDeps: ArticleDeps = { store, config, now, sourceOptions: sources, placement };
  const feeds = feedsStore(store.db);
  const feedDeps = perAllowPrivate((allowPrivate): FeedDeps => ({
    feeds, fetcher: fetchers(allowPrivate), now, log, maxFeedBytes: MAX_FEED_BYTES,
    ingest: (item) => storeOne(processSource(item, config, true), store, false, now, placement),
  }));
  const failed = (queueName: string, id: string, e: unknown): JobOutcome => {
    counts.failed++;
    const error = e instanceof Error ? e.message : String(e);
    log(`${queueName} job ${id} failed (to be retried): ${error}`);
    return { ok: false, error };
  };
  const work = { concurrency: opts.concurrency, ...(opts.pollSeconds ? { pollSeconds: opts.pollSeconds } : {}) };

  if (opts.queues.includes(QUEUES.article)) {
    await queue.work(QUEUES.article, { ...work, batchSize: ARTICLE_BATCH }, async (jobs) => {
      // The batch's articles are stored in one transaction, each all or nothing (runArticleJobs).
      const outcomes = await runArticleJobs(jobs.map((j) => j.data), articleDeps);
      return jobs.map((job, i): JobOutcome => {
        const o = outcomes[i]!;
        if (o instanceof Error) return failed(QUEUES.article, job.id, o);
        const settled = settleArticle(o);
        if (!settled.ok) return failed(QUEUES.article, job.id, settled.error);
        counts[o.status === 'rejected' ? 'rejected' : o.status]++;
        if (o.status === 'rejected') log(`article job ${job.id}: ${o.source}: rejected (${o.reason}): ${o.message}`);
        return settled;
      });
    });
  }
  if (opts.queues.includes(QUEUES.place)) {
    // One batch at a time per process: placement is serial database-wide anyway (./lock.ts).
    await queue.work(QUEUES.place, { ...work, concurrency: 1, batchSize: PLACE_BATCH }, async (jobs) => {
      try {
        await runPlaceJobs(store, jobs.map((j) => j.data), now);
        counts.placed += jobs.length;
        return jobs.map(() => ({ ok: true }));
      } catch (e) {
        return jobs.map((j) => failed(QUEUES.place, j.id, e));
      }
    });
  }
  if (opts.queues.includes(QUEUES.pollFeed)) {
    await queue.work(QUEUES.pollFeed, { ...work, batchSize: 1 }, async (jobs) => {
      const out: JobOutcome[] = [];
      for (const job of jobs) {
        try {
          const r = await runPollFeedJob(job.data, feedDeps);
          counts.polled++;
          out.push({ ok: true, output: r });
        } catch (e) {
          out.push(failed(QUEUES.pollFeed, job.id, e));
        }
      }
      return out;
    });
  }
  return counts;
}

/** One value per --allow-private setting, made when first asked for. */
function perAllowPrivate<T>(make: (allowPrivate: boolean) => T): (allowPrivate: boolean) => T {
  const made = new Map<boolean, T>();
  return (allowPrivate) => {
    let v = made.get(allowPrivate);
    if (v === undefined) made.set(allowPrivate, (v = make(allowPrivate)));
    return v;
  };
}
