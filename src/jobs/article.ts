import type { IngestOutcome, Placement } from '../cli/pipeline.js';
import { processSource, storeMany, type Processed } from '../cli/pipeline.js';
import type { Config } from '../config/index.js';
import type { SourceOptions } from '../source/index.js';
import { fetchUrlSource } from '../source/url.js';
import type { Store } from '../store/index.js';
import { documentOf } from './document.js';
import type { JobOutcome } from './queue.js';
import type { ArticleJob } from './types.js';

// The `article` job: one document (or URL) through the pipeline — extract, analyse, store — the
// same storeMany as an in-process `isnad ingest`. Storing is idempotent by content hash, so a job run
// twice (its first worker killed after the commit) finds a duplicate and writes nothing.

export interface ArticleDeps {
  store: Store;
  config: Config;
  now: () => Date;
  /** Source options for URL jobs, by their --allow-private (one object each: its fetcher keeps robots.txt and per-host limits). */
  sourceOptions: (allowPrivate: boolean) => SourceOptions;
  placement: Placement;
}

/** Outcomes worth another try later: a store that failed under us, a host that asked us to wait, a network failure. */
const RETRY_REASONS = new Set(['failed', 'rate-limited', 'fetch-failed']);

/**
 * A batch of article jobs: each document read (or fetched) and analysed, then all stored in one
 * transaction (src/cli/pipeline.ts storeMany: each article in a savepoint of its own), so a batch
 * costs one commit. An outcome per job, in order; a job whose reading threw is its own failure.
 */
export async function runArticleJobs(jobs: readonly ArticleJob[], deps: ArticleDeps): Promise<(IngestOutcome | Error)[]> {
  const processed = await Promise.all(jobs.map(async (job): Promise<Processed | Error> => {
    try {
      const item = job.kind === 'document' ? documentOf(job) : await fetchUrlSource(job.url, deps.sourceOptions(job.allowPrivate ?? false));
      return processSource(item, deps.config, true);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }));
  const out: (IngestOutcome | Error)[] = processed.map((p) => (p instanceof Error ? p : new Error('not stored')));
  // Re-analyses (replace) and first analyses are two transactions: the flag is per call.
  for (const replace of [false, true]) {
    const idx = jobs.flatMap((j, i) => (Boolean(j.replace) === replace && !(processed[i] instanceof Error) ? [i] : []));
    if (!idx.length) continue;
    const outcomes = await storeMany(idx.map((i) => processed[i] as Processed), deps.store, replace, deps.now, deps.placement);
    idx.forEach((i, k) => (out[i] = outcomes[k]!));
  }
  return out;
}

/** An outcome as the queue settles it: a rejection for good is a job done (its reason kept); a transient one is retried. */
export function settleArticle(o: IngestOutcome): JobOutcome {
  if (o.status !== 'rejected') return { ok: true, output: { status: o.status, id: o.id } };
  if (RETRY_REASONS.has(o.reason)) return { ok: false, error: `${o.reason}: ${o.message}` };
  return { ok: true, output: { status: 'rejected', reason: o.reason, message: o.message } };
}
