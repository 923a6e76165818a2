import type { Config } from '../config/index.js';
import { expandInputs, isRejection, readInput, type Input, type SourceOptions, type SourceResult } from '../source/index.js';
import type { Transaction } from 'kysely';
import type { Database, Store } from '../store/index.js';
import { placeArticle, saveArticles } from '../ingest/index.js';
import { analysisThreads, createAnalyser, type Analyser } from '../ingest/analyser.js';
import type { Processed } from '../ingest/process.js';
import { loadOutlets } from '../outlets/index.js';
import { withPlacementLock } from '../jobs/lock.js';
import { isPlaced } from '../jobs/place.js';

// Source → Document → Article → Analysis → Store, one result per item.

export { processSource, withHints, type Processed } from '../ingest/process.js';

/**
 * Articles one transaction of `ingest` stores at most: one commit (and one full-text index flush) for many, and
 * an index page the batch changes many times written once (the storing thread's CPU −5% at 128 against 64).
 */
export const INGEST_BATCH_ARTICLES = 128;
/** Milliseconds a processed article waits at most for its batch to fill before the batch is stored. */
export const INGEST_BATCH_MS = 400;
/** Documents being analysed (on the analysis threads) at most ahead of the one being stored. */
const ANALYSIS_WINDOW = 2 * INGEST_BATCH_ARTICLES;

export function sourceOptions(config: Config, io: { stdin: SourceOptions['stdin']; fetch?: SourceOptions['fetch']; now?: () => Date; cwd: string }): SourceOptions {
  return {
    maxBytes: config.maxBytes,
    fetchTimeoutMs: config.fetchTimeoutMs,
    userAgent: config.userAgent,
    stdin: io.stdin,
    cwd: io.cwd,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(io.now ? { now: io.now } : {}),
  };
}

export type IngestOutcome =
  | { source: string; status: 'stored' | 'duplicate' | 'replaced'; id: string; title: string }
  | { source: string; status: 'rejected'; reason: string; message: string };

export interface IngestSummary {
  stored: number;
  replaced: number;
  duplicates: number;
  rejected: number;
  outcomes: IngestOutcome[];
}

export interface IngestHooks {
  /** The number of inputs (files, URLs, stdin) once arguments are expanded. */
  onTotal?: (inputs: number) => void;
  onOutcome?: (o: IngestOutcome) => void;
  /** An input (possibly many JSONL records) is done. */
  onInputDone?: (label: string) => void;
  /** Something went wrong that did not cost an outcome (an analysis thread died; its documents were analysed here). */
  onWarning?: (message: string) => void;
}

export interface IngestOptions extends SourceOptions {
  replace?: boolean;
  /** Analysis threads (0: analyse on this thread); default: one per spare core (src/ingest/analyser.ts). */
  analysisThreads?: number;
  /** Where stored articles are placed (default: here, after each batch). */
  placement?: Placement;
}

/**
 * Reads, extracts, analyses and stores every document of every argument; never stops at a bad one.
 * Over many documents, analysis runs on threads of this process (src/ingest/analyser.ts) while this
 * one stores, and articles are stored INGEST_BATCH_ARTICLES a transaction (each still all or nothing:
 * storeMany); outcomes are reported in input order, once their batch is stored.
 */
export async function ingest(
  args: readonly string[], store: Store, config: Config, opts: IngestOptions, hooks: IngestHooks = {},
): Promise<IngestSummary> {
  // A broken outlets file is the command's error, said once before anything is read, not every document's.
  if (config.outletsFile) loadOutlets(config.outletsFile);
  const summary: IngestSummary = { stored: 0, replaced: 0, duplicates: 0, rejected: 0, outcomes: [] };
  const record = (o: IngestOutcome) => {
    if (o.status === 'stored') summary.stored++;
    else if (o.status === 'replaced') summary.replaced++;
    else if (o.status === 'duplicate') summary.duplicates++;
    else summary.rejected++;
    summary.outcomes.push(o);
    hooks.onOutcome?.(o);
  };
  const inputs = await expandInputs(args, opts.cwd);
  hooks.onTotal?.(inputs.length);
  // Threads pay for their start over many documents, not for one file.
  const many = inputs.length > 1 || inputs.some((i) => !isRejection(i) && (i.kind === 'jsonl' || i.kind === 'warc'));
  const analyser = createAnalyser({
    maxBytes: config.maxBytes, ...(config.outletsFile ? { outletsFile: config.outletsFile } : {}), threads: many ? opts.analysisThreads ?? analysisThreads() : 0,
    onError: (e) => hooks.onWarning?.(`analysis thread failed (its documents are analysed on the main thread): ${e.message}`),
  });
  try {
    const batches = new Batches((ps) => storeMany(ps, store, opts.replace, opts.now, opts.placement), record, (label) => hooks.onInputDone?.(label));
    const entries = readEntries(inputs, opts, analyser);
    const ahead: Entry[] = [];
    for (;;) {
      if (ahead.length < ANALYSIS_WINDOW) {
        // A slow source (a URL, stdin) does not hold back what was read before it beyond INGEST_BATCH_MS.
        const next = entries.next();
        let r = ahead.length || batches.pending ? await within(next, INGEST_BATCH_MS) : await next;
        if (r === LATE) {
          while (ahead.length) await batches.add(ahead.shift()!);
          await batches.flush();
          r = await next;
        }
        if (!r.done) {
          ahead.push(r.value);
          continue;
        }
      }
      if (!ahead.length) break;
      await batches.add(ahead.shift()!);
    }
    await batches.flush();
  } finally {
    await analyser.close();
  }
  return summary;
}

/** One document being analysed, or the end of an input (reported once what came before it is). */
type Entry = { processed: Promise<Processed> } | { inputDone: string };

async function* readEntries(inputs: Awaited<ReturnType<typeof expandInputs>>, opts: SourceOptions, analyser: Analyser): AsyncGenerator<Entry> {
  for (const input of inputs) {
    const items: AsyncIterable<SourceResult> | SourceResult[] = isRejection(input) ? [input] : readInput(input, opts);
    for await (const item of items) yield { processed: analyser.process(item) };
    yield { inputDone: isRejection(input) ? input.source : labelOf(input) };
  }
}

/** Processed documents gathered into batches of up to INGEST_BATCH_ARTICLES articles or INGEST_BATCH_MS, stored a batch at a time. */
class Batches {
  private entries: ({ processed: Processed } | { inputDone: string })[] = [];
  private articles = 0;
  private since = 0;
  constructor(
    private readonly store: (ps: Processed[]) => Promise<IngestOutcome[]>,
    private readonly record: (o: IngestOutcome) => void,
    private readonly inputDone: (label: string) => void,
  ) {}

  get pending(): boolean {
    return this.entries.length > 0;
  }

  async add(e: Entry): Promise<void> {
    if ('inputDone' in e) this.entries.push(e);
    else {
      const processed = await e.processed;
      this.entries.push({ processed });
      if (processed.ok && !this.articles++) this.since = Date.now();
    }
    if (this.articles >= INGEST_BATCH_ARTICLES || (this.articles && Date.now() - this.since >= INGEST_BATCH_MS)) await this.flush();
  }

  /** Stores the batch, then reports its outcomes and finished inputs in order. */
  async flush(): Promise<void> {
    const entries = this.entries;
    this.entries = [];
    this.articles = 0;
    const processed = entries.flatMap((e) => ('processed' in e ? [e.processed] : []));
    const outcomes = processed.length ? await this.store(processed) : [];
    let k = 0;
    for (const e of entries) {
      if ('inputDone' in e) this.inputDone(e.inputDone);
      else this.record(outcomes[k++]!);
    }
  }
}

const LATE = Symbol('late');

/** The promise's value, or LATE once `ms` pass first (the promise still runs). */
async function within<T>(p: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<typeof LATE>((ok) => (timer = setTimeout(ok, ms, LATE)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Where a stored article is placed into claims, republications and stories: here and now (SQLite, or
 * PostgreSQL without workers: under the database-wide placement lock, src/jobs/lock.ts), or by a
 * `place` job that `enqueue` queues in the article's own transaction (`isnad worker`, src/jobs).
 */
export type Placement =
  | { mode: 'inline' }
  | { mode: 'queued'; enqueue: (trx: Transaction<Database>, articleId: string) => Promise<unknown> };

export const PLACE_INLINE: Placement = { mode: 'inline' };

/** Stores one processed item (article, then its claims); a failure is this item's outcome. */
export async function storeOne(p: Processed, store: Store, replace?: boolean, now?: () => Date, placement: Placement = PLACE_INLINE): Promise<IngestOutcome> {
  return (await storeMany([p], store, replace, now, placement))[0]!;
}

/**
 * Stores processed items in one transaction, each article all or nothing on its own (a savepoint:
 * one that fails is this item's outcome, the others are stored), then places the batch's articles
 * in order (inline) or has queued a `place` job in each article's savepoint. An outcome per item, in order.
 */
export async function storeMany(ps: readonly Processed[], store: Store, replace?: boolean, now?: () => Date, placement: Placement = PLACE_INLINE): Promise<IngestOutcome[]> {
  const articles = ps.filter((p): p is Extract<Processed, { ok: true }> => p.ok);
  const failed = (p: Processed, e: unknown): IngestOutcome =>
    ({ source: p.source, status: 'rejected', reason: 'failed', message: `${p.source}: could not be stored: ${(e as Error).message}` });
  const opts = { ...(replace ? { replace } : {}), ...(now ? { now } : {}) };
  // Article, entities, statements and the alerts they cause (src/ingest); the place job too when queued.
  const saved = articles.length
    ? await saveArticles(store, articles.map((p) => ({ analysis: p.analysis!, ...(p.rows ? { rows: p.rows } : {}) })), opts, placement.mode === 'queued' ? placement.enqueue : undefined)
      .catch((e: unknown) => articles.map(() => ({ ok: false as const, error: e as Error })))
    : [];
  const outcomes = new Map<Processed, IngestOutcome>();
  const toPlace: { p: Processed; id: string; duplicate: boolean }[] = [];
  articles.forEach((p, i) => {
    const s = saved[i]!;
    if (!s.ok) return void outcomes.set(p, failed(p, s.error));
    outcomes.set(p, { source: p.source, status: s.result.status, id: s.result.id, title: p.article.title });
    toPlace.push({ p, id: s.result.id, duplicate: s.result.status === 'duplicate' });
  });
  // Claims, republications and story, under the placement lock once for the batch; a duplicate is
  // placed only if a run that died after storing it never did, so that a re-run completes it.
  if (placement.mode === 'inline' && toPlace.length) {
    const place = async () => {
      for (const t of toPlace) {
        try {
          if (!t.duplicate || !(await isPlaced(store, t.id))) await placeArticle(store, t.id, now);
        } catch (e) {
          outcomes.set(t.p, failed(t.p, e));
        }
      }
    };
    const unplaced = toPlace.some((t) => !t.duplicate) ? true : (await Promise.all(toPlace.map((t) => isPlaced(store, t.id)))).some((x) => !x);
    if (unplaced) await withPlacementLock(store, place).catch((e: unknown) => toPlace.forEach((t) => outcomes.set(t.p, failed(t.p, e))));
  }
  return ps.map((p) => (p.ok ? outcomes.get(p)! : { source: p.source, status: 'rejected', reason: p.reason, message: p.message }));
}

function labelOf(input: Input): string {
  return input.kind === 'url' ? input.url : input.kind === 'stdin' ? '-' : input.path;
}

/** `source: rejected (reason): why` on one line, whatever the message's own prefix. */
export function rejectionLine(o: { source: string; reason: string; message: string }): string {
  const why = o.message.startsWith(`${o.source}: `) ? o.message.slice(o.source.length + 2) : o.message;
  return `${o.source}: rejected (${o.reason}): ${why.replace(/\s+/g, ' ')}`;
}
