import { InvalidArgumentError, type Command } from 'commander';
import type { Config } from '../../config/index.js';
import { createFetcher, DEFAULT_MAX_REDIRECTS, DEFAULT_PER_HOST_CONCURRENCY, DEFAULT_PER_HOST_INTERVAL_MS } from '../../fetch/index.js';
import { MAX_FEED_BYTES, watchFeeds, type StoreOutcome } from '../../feeds/index.js';
import type { SourceResult } from '../../source/index.js';
import type { Store } from '../../store/index.js';
import { feedsStore } from '../../store/feeds.js';
import { configOf, withStore, type CommandContext } from '../context.js';
import { EXIT_REJECTED, EXIT_USAGE } from '../io.js';
import { JobQueue, queueFeedPoll } from '../../jobs/index.js';
import { processSource, storeOne } from '../pipeline.js';

function milliseconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of milliseconds.');
  return n;
}

/** One feed item's document through the pipeline: extract, analyse, store (with its claims). */
export function pipelineIngest(store: Store, config: Config, now: () => Date): (item: SourceResult) => Promise<StoreOutcome> {
  return (item) => storeOne(processSource(item, config, true), store, false, now);
}

export function registerWatch(program: Command, ctx: CommandContext): void {
  program
    .command('watch')
    .description('Follow the feeds (see `isnad feeds`): poll each when due, fetch, analyse and store every new item. Runs until Ctrl-C.')
    .option('--once', 'poll the feeds that are due, once, and exit (exit 1 when a feed could not be polled)', false)
    .option('--allow-private', 'also fetch feeds and pages on loopback, private and link-local addresses', false)
    .option('--host-interval <ms>', 'least milliseconds between two requests to one host', milliseconds, DEFAULT_PER_HOST_INTERVAL_MS)
    .option('--enqueue', 'PostgreSQL: queue a job per due feed for `isnad worker` processes instead of polling here', false)
    .addHelpText('after', '\nEach poll, failure and item kept from the feed\'s own text is logged on stderr.\nWith --enqueue (PostgreSQL), this process only schedules: workers poll, fetch, analyse and store.\nExamples:\n  isnad feeds add https://example.org/rss --every 15m && isnad watch\n  isnad --db postgres://isnad@db/isnad watch --enqueue   # with isnad worker running on any machines')
    .action(async (opts: { once: boolean; allowPrivate: boolean; hostInterval: number; enqueue: boolean }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      if (opts.enqueue && config.dbDialect !== 'postgres') {
        ctx.io.stderr('isnad watch: --enqueue queues jobs for `isnad worker` in PostgreSQL: give --db postgres://… (with SQLite, watch without it)\n');
        ctx.exit(EXIT_USAGE);
        return;
      }
      const now = ctx.io.now ?? (() => new Date());
      const log = (line: string) => ctx.io.stderr(`isnad watch: ${line}\n`);
      const stop = new AbortController();
      if (!opts.once) void ctx.io.shutdown?.().then(() => stop.abort());
      const summary = await withStore(config, ctx, async (store) => {
        const fetcher = createFetcher({
          userAgent: config.userAgent, allowPrivate: opts.allowPrivate, maxBytes: config.maxBytes, maxDecompressedBytes: config.maxBytes,
          timeoutMs: config.fetchTimeoutMs, maxRedirects: DEFAULT_MAX_REDIRECTS, perHostConcurrency: DEFAULT_PER_HOST_CONCURRENCY,
          perHostIntervalMs: opts.hostInterval, now,
        });
        const deps = { feeds: feedsStore(store.db), fetcher, ingest: pipelineIngest(store, config, now), now, log, maxFeedBytes: MAX_FEED_BYTES };
        if (!opts.once) log(`following the feeds${opts.enqueue ? ' (polls queued for isnad worker)' : ''}; Ctrl-C stops`);
        if (!opts.enqueue) return watchFeeds(deps, { once: opts.once, signal: stop.signal });
        const queue = await JobQueue.open(store, { onError: (e) => log(`queue error: ${e.message}`) });
        try {
          return await watchFeeds(deps, { once: opts.once, signal: stop.signal, take: (feed) => queueFeedPoll(queue, feed, opts.allowPrivate) });
        } finally {
          await queue.stop(false);
        }
      });
      const failed = summary.outcomes.filter((o) => o.status === 'failed').length;
      log(`${summary.outcomes.length} polls, ${failed} failed`);
      if (opts.once && failed) ctx.exit(EXIT_REJECTED);
    });
}
