// Background work (src/jobs): a durable queue in PostgreSQL (pg-boss) shared by `isnad worker`
// processes on any number of machines; one file per kind of job. With SQLite the same handlers run
// in-process (src/cli/pipeline.ts storeOne, src/feeds pollFeed).

export * from './constants.js';
export { documentJob, documentOf, urlJob } from './document.js';
export { JobQueue, jobsSchemaOf, type JobOutcome, type QueueOptions, type WorkOptions } from './queue.js';
export { startWorker, type WorkerCounts, type WorkerOptions } from './worker.js';
export type * from './types.js';
export { enqueueInputs, type EnqueueSummary } from './enqueue.js';
export { queueFeedPoll } from './poll-feed.js';
