import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { enqueueInputs, JobQueue } from '../../jobs/index.js';
import { configOf, withStore, type CommandContext } from '../context.js';
import { EXIT_REJECTED, EXIT_USAGE } from '../io.js';
import { heartbeatFromEnv } from './worker.js';
import { ingest, rejectionLine, sourceOptions, type IngestOutcome, type IngestSummary } from '../pipeline.js';

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command('ingest')
    .description('Extract, analyse and store articles. Idempotent: an article already stored is counted as a duplicate, not stored twice.')
    .argument('<paths...>', 'files (.txt .html .htm .jsonl .warc .warc.gz), folders (read recursively), globs, http(s) URLs, or - for stdin')
    .option('--replace', 're-analyse articles already stored and replace their statements and entities', false)
    .option('--allow-private', 'also fetch URLs on loopback, private and link-local addresses (a local mirror, an intranet outlet)', false)
    .option('--enqueue', 'PostgreSQL: queue each document as a job for `isnad worker` processes instead of analysing it here (files are read here, URLs fetched by a worker)', false)
    .addHelpText('after', '\nPrints a progress bar on a terminal, else one line: "stored N, duplicates N, rejected N"\n(with --enqueue: "queued N, already queued N, rejected N").\nEach rejected input is printed with its reason. Exit 0 when nothing was rejected, 1 otherwise.\nExamples:\n  isnad --db news.db ingest samples/ feed.jsonl\n  isnad --db postgres://isnad@db/isnad ingest --enqueue archive/   # then: isnad worker, on any machines')
    .action(async (paths: string[], opts: { replace: boolean; allowPrivate: boolean; enqueue: boolean }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const source = { ...sourceOptions(config, ctx.io), replace: opts.replace, allowPrivate: opts.allowPrivate };
      if (opts.enqueue) {
        if (config.dbDialect !== 'postgres') {
          ctx.io.stderr('isnad ingest: --enqueue queues jobs for `isnad worker` in PostgreSQL: give --db postgres://… (with SQLite, ingest without it)\n');
          ctx.exit(EXIT_USAGE);
          return;
        }
        const r = await withStore(config, ctx, async (store) => {
          const heartbeatSeconds = heartbeatFromEnv(ctx.io.env.ISNAD_JOB_HEARTBEAT_SECONDS);
          const queue = await JobQueue.open(store, { ...(heartbeatSeconds ? { heartbeatSeconds } : {}), onError: (e) => ctx.io.stderr(`isnad ingest: queue error: ${e.message}\n`) });
          try {
            return await enqueueInputs(paths, queue, source, (rej) => ctx.io.stderr(rejectionLine(rej) + '\n'));
          } finally {
            await queue.stop(false);
          }
        });
        ctx.io.stderr(`queued ${r.queued}, already queued ${r.already}, rejected ${r.rejected}\n`);
        if (r.rejected) ctx.exit(EXIT_REJECTED);
        return;
      }
      const summary = await withStore(config, ctx, (store) => runIngest(ctx, (hooks) => ingest(paths, store, config, source, hooks)));
      if (summary.rejected) ctx.exit(EXIT_REJECTED);
    });
}

type Run = (hooks: Parameters<typeof ingest>[4]) => Promise<IngestSummary>;

/** Runs an ingest with a progress bar on a terminal (rejections printed after it) or plain lines. */
export async function runIngest(ctx: CommandContext, run: Run): Promise<IngestSummary> {
  const { io } = ctx;
  const later: IngestOutcome[] = [];
  let bar: SingleBar | undefined;
  const summary = await run({
    onTotal: (n) => {
      if (!io.stderrIsTTY || !io.progressStream) return;
      bar = new SingleBar({ stream: io.progressStream, format: 'ingest [{bar}] {value}/{total} {label}', hideCursor: true, clearOnComplete: true });
      bar.start(n, 0, { label: '' });
    },
    onOutcome: (o) => {
      if (o.status !== 'rejected') return;
      if (bar) later.push(o);
      else io.stderr(rejectionLine(o) + '\n');
    },
    onInputDone: (label) => bar?.increment(1, { label: label.length > 40 ? '…' + label.slice(-39) : label }),
    onWarning: (message) => io.stderr(`isnad ingest: ${message}\n`),
  });
  bar?.stop();
  for (const o of later) if (o.status === 'rejected') io.stderr(rejectionLine(o) + '\n');
  io.stderr(summaryLine(summary) + '\n');
  return summary;
}

export function summaryLine(s: IngestSummary): string {
  return `stored ${s.stored}, ${s.replaced ? `replaced ${s.replaced}, ` : ''}duplicates ${s.duplicates}, rejected ${s.rejected}`;
}
