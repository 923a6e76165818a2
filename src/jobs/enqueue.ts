import { expandInputs, isRejection, readInput, type SourceOptions, type SourceRejection } from '../source/index.js';
import { QUEUES, SEND_BATCH } from './constants.js';
import { documentJob, urlJob } from './document.js';
import type { JobQueue } from './queue.js';
import type { NewJob, SendSummary } from './types.js';

// `isnad ingest --enqueue`: every document of every argument becomes an `article` job for the
// workers. Files are read here (the workers may be on other machines); URLs are fetched by a worker.

export interface EnqueueSummary extends SendSummary {
  rejected: number;
}

export async function enqueueInputs(
  args: readonly string[], queue: JobQueue, opts: SourceOptions & { replace?: boolean }, onRejected: (r: SourceRejection) => void,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, already: 0, rejected: 0 };
  let pending: NewJob<'article'>[] = [];
  const flush = async () => {
    const r = await queue.send(QUEUES.article, pending);
    summary.queued += r.queued;
    summary.already += r.already;
    pending = [];
  };
  for (const input of await expandInputs(args, opts.cwd)) {
    if (isRejection(input)) {
      summary.rejected++;
      onRejected(input);
      continue;
    }
    if (input.kind === 'url') {
      pending.push(urlJob(input.url, opts.allowPrivate ?? false, opts.replace));
    } else {
      for await (const item of readInput(input, opts)) {
        if (!item.ok) {
          summary.rejected++;
          onRejected(item);
        } else pending.push(documentJob(item, opts.replace));
        if (pending.length >= SEND_BATCH) await flush();
      }
    }
    if (pending.length >= SEND_BATCH) await flush();
  }
  if (pending.length) await flush();
  return summary;
}
