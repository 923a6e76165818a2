import type { Transaction } from 'kysely';
import { fromKysely, PgBoss, type Job, type JobResult } from 'pg-boss';
import { currentSchema } from '../store/dialect.js';
import { prepared } from '../store/prepared.js';
import type { Database, Store } from '../store/index.js';
import {
  DEFAULT_HEARTBEAT_SECONDS, DEFAULT_JOBS_SCHEMA, DEFAULT_POLL_SECONDS, JOB_EXPIRE_SECONDS, JOB_KEEP_COMPLETED_SECONDS,
  JOB_RETRY_DELAY_SECONDS, JOB_RETRY_LIMIT, QUEUE_NAMES, QUEUES, SEND_BATCH, type QueueName,
} from './constants.js';
import type { JobData, NewJob, SendSummary } from './types.js';

// The durable job queue: pg-boss over the store's PostgreSQL database, in a schema of its own.

export interface QueueOptions {
  /**
   * Seconds without a heartbeat after which a running job is taken as lost (its worker was killed)
   * and handed to another worker. Set on the queues, so it applies to jobs queued from then on.
   */
  heartbeatSeconds?: number;
  /** Errors of the queue's background work (maintenance, lost connections): reported, never swallowed. */
  onError: (e: Error) => void;
}

export interface WorkOptions {
  /** Jobs (batches) this process runs at once on the queue. */
  concurrency: number;
  /** Jobs taken per fetch. */
  batchSize: number;
  pollSeconds?: number;
}

/** What a handler made of each job of a batch: done (with an output kept on the job), or failed to retry. */
export type JobOutcome = { ok: true; output?: object } | { ok: false; error: string };

/** The pg-boss schema of a store: beside the store's own schema, so that stores in one database keep their jobs apart. */
export async function jobsSchemaOf(store: Store): Promise<string> {
  const schema = await currentSchema(store.db);
  return schema && schema !== 'public' ? `${schema}_jobs` : DEFAULT_JOBS_SCHEMA;
}

export class JobQueue {
  private constructor(readonly boss: PgBoss, readonly schema: string) {}

  /** Connects to the store's database, installs or upgrades pg-boss's schema, and creates the queues. */
  static async open(store: Store, o: QueueOptions): Promise<JobQueue> {
    if (store.dialect !== 'postgres') throw new Error('the job queue needs a PostgreSQL store (--db postgres://…); with SQLite jobs run in-process');
    const schema = await jobsSchemaOf(store);
    const heartbeatSeconds = o.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS;
    // Lost jobs are found by the monitor pass: run it as often as the heartbeat deadline.
    const passSeconds = Math.max(1, Math.floor(heartbeatSeconds / 2));
    // No cron schedules, and no row in pg-boss's instance registry (an insert and a heartbeat every
    // 30 s a process, read by nothing of isnad's).
    const boss = new PgBoss({
      connectionString: store.path, schema, application_name: 'isnad', max: 4,
      superviseIntervalSeconds: passSeconds, monitorIntervalSeconds: passSeconds, schedule: false, registerInstance: false,
    });
    boss.on('error', o.onError);
    await boss.start();
    const common = {
      expireInSeconds: JOB_EXPIRE_SECONDS, retryLimit: JOB_RETRY_LIMIT, retryDelay: JOB_RETRY_DELAY_SECONDS, retryBackoff: true,
      deleteAfterSeconds: JOB_KEEP_COMPLETED_SECONDS, heartbeatSeconds,
    };
    // article and poll-feed: one job per key queued or running (`exclusive`); place: any number.
    // Queues made by an earlier version or with another heartbeat are brought to these settings
    // only when a heartbeat was asked for (a worker's --heartbeat), not by every command that queues.
    for (const name of QUEUE_NAMES) {
      const policy = name === QUEUES.place ? 'standard' : 'exclusive';
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { ...common, policy });
      else if (o.heartbeatSeconds !== undefined) await boss.updateQueue(name, common);
    }
    return new JobQueue(boss, schema);
  }

  /** Queues jobs, SEND_BATCH an INSERT; a job whose key is already queued or running is left out and counted. */
  async send<Q extends QueueName>(queue: Q, jobs: readonly NewJob<Q>[]): Promise<SendSummary> {
    const summary: SendSummary = { queued: 0, already: 0 };
    for (let i = 0; i < jobs.length; i += SEND_BATCH) {
      const batch = jobs.slice(i, i + SEND_BATCH);
      const ids = await this.boss.insert(queue, batch.map((j) => ({ data: j.data, ...(j.key ? { singletonKey: j.key } : {}) })), { returnId: true });
      const n = ids?.length ?? 0;
      summary.queued += n;
      summary.already += batch.length - n;
    }
    return summary;
  }

  /**
   * Queues a `place` job inside the article's transaction: it exists if and only if the article was
   * stored. pg-boss's insert (one text per queue) runs as a prepared statement: planned once per
   * connection, not once an article (src/store/prepared.ts).
   */
  async placeInTransaction(trx: Transaction<Database>, articleId: string): Promise<void> {
    const db = fromKysely(trx);
    await this.boss.send(QUEUES.place, { articleId } satisfies JobData['place'], { db: { executeSql: (text, values) => db.executeSql(prepared(text), values) } });
  }

  /**
   * Runs `handle` on batches of the queue's jobs until stopped. Each job is settled on its own:
   * done, or failed and retried later (with backoff) up to JOB_RETRY_LIMIT; a throw fails the batch.
   */
  async work<Q extends QueueName>(queue: Q, o: WorkOptions, handle: (jobs: Job<JobData[Q]>[]) => Promise<JobOutcome[]>): Promise<void> {
    await this.boss.work<JobData[Q]>(queue, {
      localConcurrency: o.concurrency, batchSize: o.batchSize, perJobResults: true, burstWhenBatchFull: true,
      pollingIntervalSeconds: o.pollSeconds ?? DEFAULT_POLL_SECONDS,
    }, async (jobs): Promise<JobResult[]> => {
      const outcomes = await handle(jobs);
      return jobs.map((j, i) => {
        const r = outcomes[i] ?? { ok: false, error: 'no outcome' };
        return r.ok ? { id: j.id, status: 'completed', ...(r.output ? { output: r.output } : {}) } : { id: j.id, status: 'failed', output: { error: r.error } };
      });
    });
  }

  /** Jobs of these queues waiting, due for a retry, or running: 0 when there is nothing left to do. */
  async pending(queues: readonly QueueName[] = QUEUE_NAMES): Promise<number> {
    const { rows } = await this.boss.getDb().executeSql(
      `select count(*)::int as n from "${this.schema}".job where name = any($1) and state in ('created', 'retry', 'active')`, [queues],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Stops taking jobs; with `graceful`, waits up to `timeoutMs` for the running ones to finish. */
  async stop(graceful = true, timeoutMs = 30_000): Promise<void> {
    await this.boss.stop({ graceful, timeout: timeoutMs, close: true });
  }
}
