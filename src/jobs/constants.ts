// The job queue's names and timings (src/jobs). Seconds unless the name says otherwise.

/** The queues, one per kind of job; each has its handler in the file of the same name. */
export const QUEUES = {
  /** Extract, analyse and store one document (a file's bytes or a URL to fetch): ./article.ts. */
  article: 'article',
  /** Place one stored article into claims, republications and stories, then alert: ./place.ts. */
  place: 'place',
  /** Poll one followed feed and take its new items: ./poll-feed.ts. */
  pollFeed: 'poll-feed',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QUEUES);

/** The pg-boss schema when the store has none of its own (the server's search_path, e.g. `public`). */
export const DEFAULT_JOBS_SCHEMA = 'isnad_jobs';

/** Jobs one worker process runs at once, by default (each queue). Analysis is CPU-bound: scale with processes. */
export const DEFAULT_WORKER_CONCURRENCY = 2;

/**
 * Seconds between a worker's heartbeats' deadline: a job whose worker stops beating for this long
 * (killed, machine lost) is handed to another. pg-boss requires at least 10.
 */
export const DEFAULT_HEARTBEAT_SECONDS = 30;

/** Seconds a job may run at all before it is taken as lost and retried (a page fetch is bounded far below). */
export const JOB_EXPIRE_SECONDS = 15 * 60;

/** Times a failed or lost job is tried again before it is marked failed. */
export const JOB_RETRY_LIMIT = 5;

/** Seconds before the first retry; doubled each time (pg-boss's backoff, with jitter). */
export const JOB_RETRY_DELAY_SECONDS = 5;

/** Seconds completed jobs stay in the queue's table (for `isnad worker` bookkeeping and inspection). */
export const JOB_KEEP_COMPLETED_SECONDS = 24 * 3600;

/**
 * Article jobs one fetch takes, stored in one transaction: fewer round trips per article; a batch cut
 * short by a crash is retried whole, idempotently. 16 rather than 8 halves pg-boss's fetch and
 * completion and the commit an article (bench/ingest.ts: server 2.5 → 2.2 ms CPU an article, 1 worker).
 */
export const ARTICLE_BATCH = 16;

/** Place jobs one fetch takes: they run one batch at a time database-wide (./place.ts), so take many. */
export const PLACE_BATCH = 50;

/** Seconds between two looks for work when a queue was found empty (pg-boss allows 0.5 at least). */
export const DEFAULT_POLL_SECONDS = 1;

/** Jobs sent in one INSERT when many are queued at once (`isnad ingest --enqueue` of a folder). */
export const SEND_BATCH = 200;

/**
 * The PostgreSQL advisory-lock key held while articles are placed into claims and stories: placement
 * reads the claims and stories so far and extends them, so two placements at once could both start
 * the claim they should share. Any 64-bit number, fixed for the program ("isnad" in ASCII).
 */
export const PLACEMENT_LOCK_KEY = 0x69736e6164n;
