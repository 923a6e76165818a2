import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_HEARTBEAT_SECONDS, DEFAULT_POLL_SECONDS, DEFAULT_WORKER_CONCURRENCY, JobQueue, QUEUE_NAMES, startWorker, type QueueName, type WorkerCounts } from '../../jobs/index.js';
import { configOf, positiveInt, withStore, type CommandContext } from '../context.js';
import { EXIT_USAGE } from '../io.js';

/** Seconds between two looks for an empty queue when draining. */
const DRAIN_CHECK_MS = 1000;
/** Seconds a graceful stop waits for running jobs before leaving them to be retried elsewhere. */
const STOP_TIMEOUT_MS = 30_000;

function queueList(value: string): QueueName[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(QUEUE_NAMES as readonly string[]).includes(n));
  if (bad.length || !names.length) throw new InvalidArgumentError(`expected some of ${QUEUE_NAMES.join(', ')}.`);
  return names as QueueName[];
}

function heartbeat(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10) throw new InvalidArgumentError('expected a whole number of seconds, 10 or more.');
  return n;
}

export function registerWorker(program: Command, ctx: CommandContext): void {
  program
    .command('worker')
    .description('Run queued jobs (articles, placement into claims and stories, feed polls) from the PostgreSQL store\'s job queue, until stopped. Run as many as you like, on any machines, against one database.')
    .option('--concurrency <n>', 'jobs run at once per queue in this process (analysis is CPU-bound: run a process per core)', positiveInt, DEFAULT_WORKER_CONCURRENCY)
    .option('--queues <names>', `queues to work, comma-separated: ${QUEUE_NAMES.join(', ')}`, queueList, [...QUEUE_NAMES])
    .option('--heartbeat <seconds>', 'a running job whose worker is silent this long (killed, machine lost) is retried elsewhere; set on the queues (env ISNAD_JOB_HEARTBEAT_SECONDS)', heartbeat)
    .option('--poll <seconds>', 'how often an idle worker looks for jobs', (v) => {
      const n = Number(v);
      if (!(n >= 0.5)) throw new InvalidArgumentError('expected seconds, 0.5 or more.');
      return n;
    }, DEFAULT_POLL_SECONDS)
    .option('--drain', 'exit once no job is queued or running (a batch run) instead of waiting for more', false)
    .addHelpText('after', `
Needs --db postgres://… (or ISNAD_DB): with SQLite, \`isnad ingest\` and \`isnad watch\` run every job in-process.
Jobs are queued by \`isnad ingest --enqueue\` and \`isnad watch --enqueue\`. A job is done once: workers claim
jobs with SELECT … FOR UPDATE SKIP LOCKED (pg-boss), storing is idempotent by content hash, and a job whose
worker dies is retried by another after the heartbeat deadline. SIGTERM or Ctrl-C stops taking jobs and
finishes the running ones (up to ${STOP_TIMEOUT_MS / 1000} s); a second one exits at once.
Example:
  ISNAD_DB=postgres://isnad@db/isnad isnad worker --concurrency 2`)
    .action(async (opts: { concurrency: number; queues: QueueName[]; heartbeat?: number; poll: number; drain: boolean }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      if (config.dbDialect !== 'postgres') {
        ctx.io.stderr('isnad worker: the job queue lives in PostgreSQL: give --db postgres://… (or ISNAD_DB). With SQLite, ingest and watch run jobs in-process.\n');
        ctx.exit(EXIT_USAGE);
        return;
      }
      const heartbeatSeconds = opts.heartbeat ?? heartbeatFromEnv(ctx.io.env.ISNAD_JOB_HEARTBEAT_SECONDS) ?? DEFAULT_HEARTBEAT_SECONDS;
      const now = ctx.io.now ?? (() => new Date());
      const log = (line: string) => ctx.io.stderr(`isnad worker: ${line}\n`);
      await withStore(config, ctx, async (store) => {
        const queue = await JobQueue.open(store, { heartbeatSeconds, onError: (e) => log(`queue error: ${e.message}`) });
        let counts: WorkerCounts | undefined;
        try {
          counts = await startWorker(store, queue, config, { concurrency: opts.concurrency, queues: opts.queues, pollSeconds: opts.poll, now, log });
          log(`working ${opts.queues.join(', ')} (pid ${process.pid}, concurrency ${opts.concurrency})`);
          await Promise.race([ctx.io.shutdown?.() ?? new Promise<never>(() => undefined), ...(opts.drain ? [drained(queue, opts.queues)] : [])]);
          log('stopping: finishing the running jobs');
        } finally {
          await queue.stop(true, STOP_TIMEOUT_MS);
        }
        log(summary(counts));
      });
    });
}

/** ISNAD_JOB_HEARTBEAT_SECONDS, when set: the queues' heartbeat deadline (see --heartbeat). */
export function heartbeatFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10) throw new InvalidArgumentError(`ISNAD_JOB_HEARTBEAT_SECONDS: expected a whole number of seconds, 10 or more, not "${value}".`);
  return n;
}

/** Resolves once the worker's queues were found empty twice in a row (a job may queue another: an article its placement). */
async function drained(queue: JobQueue, queues: readonly QueueName[]): Promise<void> {
  let empty = 0;
  while (empty < 2) {
    await new Promise((r) => setTimeout(r, DRAIN_CHECK_MS));
    empty = (await queue.pending(queues)) === 0 ? empty + 1 : 0;
  }
}

function summary(c: WorkerCounts | undefined): string {
  if (!c) return 'stopped';
  return `stopped: ${c.stored} stored, ${c.replaced ? `${c.replaced} replaced, ` : ''}${c.duplicate} duplicates, ${c.rejected} rejected, ${c.placed} placed, ${c.polled} feed polls, ${c.failed} failures (retried)`;
}
