import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { configOf, withStore, type CommandContext } from '../context.js';
import { EXIT_REJECTED } from '../io.js';
import { ingest, rejectionLine, sourceOptions, type IngestOutcome, type IngestSummary } from '../pipeline.js';

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command('ingest')
    .description('Extract, analyse and store articles. Idempotent: an article already stored is counted as a duplicate, not stored twice.')
    .argument('<paths...>', 'files (.txt .html .htm .jsonl .warc .warc.gz), folders (read recursively), globs, http(s) URLs, or - for stdin')
    .option('--replace', 're-analyse articles already stored and replace their statements and entities', false)
    .option('--allow-private', 'also fetch URLs on loopback, private and link-local addresses (a local mirror, an intranet outlet)', false)
    .addHelpText('after', '\nPrints a progress bar on a terminal, else one line: "stored N, duplicates N, rejected N".\nEach rejected input is printed with its reason. Exit 0 when nothing was rejected, 1 otherwise.\nExample:\n  isnad --db news.db ingest samples/ feed.jsonl')
    .action(async (paths: string[], opts: { replace: boolean; allowPrivate: boolean }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const summary = await withStore(config, ctx, (store) =>
        runIngest(ctx, (hooks) => ingest(paths, store, config, { ...sourceOptions(config, ctx.io), replace: opts.replace, allowPrivate: opts.allowPrivate }, hooks)),
      );
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
  });
  bar?.stop();
  for (const o of later) if (o.status === 'rejected') io.stderr(rejectionLine(o) + '\n');
  io.stderr(summaryLine(summary) + '\n');
  return summary;
}

export function summaryLine(s: IngestSummary): string {
  return `stored ${s.stored}, ${s.replaced ? `replaced ${s.replaced}, ` : ''}duplicates ${s.duplicates}, rejected ${s.rejected}`;
}
