import { analyze } from '../analyze/index.js';
import type { Config } from '../config/index.js';
import { extract, type RejectReason } from '../extract/index.js';
import type { Analysis, Article } from '../model/index.js';
import { expandInputs, isRejection, readInput, type ArticleHints, type Input, type SourceOptions, type SourceReason, type SourceResult } from '../source/index.js';
import type { Transaction } from 'kysely';
import type { Database, Store } from '../store/index.js';
import { placeArticle, saveArticle, storeArticle } from '../ingest/index.js';
import { withPlacementLock } from '../jobs/lock.js';
import { isPlaced } from '../jobs/place.js';

// Source → Document → Article → Analysis → Store, one result per item.

export type Processed =
  | { ok: true; source: string; article: Article; analysis?: Analysis }
  | { ok: false; source: string; reason: SourceReason | RejectReason | 'failed'; message: string };

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

/** Extracts (and, with `analyse`, analyses) one source result; an unexpected throw is this item's failure. */
export function processSource(item: SourceResult, config: Config, analyse: boolean): Processed {
  if (!item.ok) return item;
  try {
    const r = extract(item.doc, { maxBytes: config.maxBytes });
    if (!r.ok) return { ok: false, source: item.source, reason: r.reason, message: r.message };
    const article = withHints(r.article, item.hints);
    return { ok: true, source: item.source, article, ...(analyse ? { analysis: analyze(article) } : {}) };
  } catch (e) {
    return { ok: false, source: item.source, reason: 'failed', message: `${item.source}: ${(e as Error).message}` };
  }
}

/** Fills what extraction could not find from what the source knew (a JSONL record's outlet, date). */
export function withHints(article: Article, hints?: ArticleHints): Article {
  if (!hints) return article;
  return {
    ...article,
    ...(article.outlet || !hints.outlet ? {} : { outlet: hints.outlet }),
    ...(article.publishedAt || !hints.publishedAt ? {} : { publishedAt: hints.publishedAt }),
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
}

/** Reads, extracts, analyses and stores every document of every argument; never stops at a bad one. */
export async function ingest(
  args: readonly string[], store: Store, config: Config, opts: SourceOptions & { replace?: boolean }, hooks: IngestHooks = {},
): Promise<IngestSummary> {
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
  for (const input of inputs) {
    const items: AsyncIterable<SourceResult> | SourceResult[] = isRejection(input) ? [input] : readInput(input, opts);
    for await (const item of items) record(await storeOne(processSource(item, config, true), store, opts.replace, opts.now));
    hooks.onInputDone?.(isRejection(input) ? input.source : labelOf(input));
  }
  return summary;
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
  if (!p.ok) return { source: p.source, status: 'rejected', reason: p.reason, message: p.message };
  try {
    const opts = { ...(replace ? { replace } : {}), ...(now ? { now } : {}) };
    // Article, claims, republications, story, and the alerts each causes, in their transactions (src/ingest).
    const r = placement.mode === 'queued'
      ? await saveArticle(store, p.analysis!, opts, placement.enqueue)
      : await storeArticle(store, p.analysis!, opts); // places under the placement lock itself (src/ingest)
    // Stored by a run that died before placing it: placed now (idempotent), so that a re-run completes it.
    if (r.status === 'duplicate' && placement.mode === 'inline' && !(await isPlaced(store, r.id))) {
      await withPlacementLock(store, async () => void (!(await isPlaced(store, r.id)) && (await placeArticle(store, r.id, now))));
    }
    return { source: p.source, status: r.status, id: r.id, title: p.article.title };
  } catch (e) {
    return { source: p.source, status: 'rejected', reason: 'failed', message: `${p.source}: could not be stored: ${(e as Error).message}` };
  }
}

function labelOf(input: Input): string {
  return input.kind === 'url' ? input.url : input.kind === 'stdin' ? '-' : input.path;
}

/** `source: rejected (reason): why` on one line, whatever the message's own prefix. */
export function rejectionLine(o: { source: string; reason: string; message: string }): string {
  const why = o.message.startsWith(`${o.source}: `) ? o.message.slice(o.source.length + 2) : o.message;
  return `${o.source}: rejected (${o.reason}): ${why.replace(/\s+/g, ' ')}`;
}
