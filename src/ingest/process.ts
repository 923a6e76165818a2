import { analyze, analyzeScanned, DEFAULT_STAGES, type AnalyzeOptions } from '../analyze/index.js';
import { extract, type RejectReason } from '../extract/index.js';
import type { Analysis, Article } from '../model/index.js';
import { loadOutlets } from '../outlets/index.js';
import type { ArticleHints, SourceReason, SourceResult } from '../source/index.js';
import { prepareRows, type PreparedRows } from '../store/rows.js';

// Source result → Article → Analysis, one result per item: the CPU-bound half of an ingest, with no
// store and no I/O, so that it can run on another thread (./analyser.ts).

export type Processed =
  | { ok: true; source: string; article: Article; analysis?: Analysis; rows?: PreparedRows }
  | { ok: false; source: string; reason: SourceReason | RejectReason | 'failed'; message: string };

/** What processing reads of the configuration: the size limit, and the user's outlets file (their outlets' countries). */
export interface ProcessConfig { maxBytes: number; outletsFile?: string }

/** The analysis options of a configuration: the user's outlet registry when they have one (the shipped one else). */
const optionsOf = (config: ProcessConfig): AnalyzeOptions => (config.outletsFile ? { outlets: loadOutlets(config.outletsFile) } : {});

/** Extracts (and, with `analyse`, analyses) one source result; an unexpected throw is this item's failure. */
export function processSource(item: SourceResult, config: ProcessConfig, analyse: boolean): Processed {
  if (!item.ok) return item;
  try {
    const r = extractSource(item, config);
    if (!r.ok) return r;
    return { ...r, ...(analyse ? { analysis: analyze(r.article, DEFAULT_STAGES, optionsOf(config)) } : {}) };
  } catch (e) {
    return failed(item.source, e);
  }
}

/** processSource, and the rows the analysis will be stored as (`rows`): all the CPU work an ingest does before the store. */
export function processForStore(item: SourceResult, config: ProcessConfig): Processed {
  if (!item.ok) return item;
  try {
    const r = extractSource(item, config);
    if (!r.ok) return r;
    const { analysis, words } = analyzeScanned(r.article, DEFAULT_STAGES, optionsOf(config));
    // The rows' search keys are read off the words the analysis scanned, not scanned again.
    return { ...r, analysis, rows: prepareRows(analysis, words) };
  } catch (e) {
    return failed(item.source, e);
  }
}

/** The article of a source result, its hints filled in. */
function extractSource(item: Extract<SourceResult, { ok: true }>, config: ProcessConfig): Processed {
  const r = extract(item.doc, { maxBytes: config.maxBytes });
  if (!r.ok) return { ok: false, source: item.source, reason: r.reason, message: r.message };
  return { ok: true, source: item.source, article: withHints(r.article, item.hints) };
}

const failed = (source: string, e: unknown): Processed => ({ ok: false, source, reason: 'failed', message: `${source}: ${(e as Error).message}` });

/** Fills what extraction could not find from what the source knew (a JSONL record's outlet, date). */
export function withHints(article: Article, hints?: ArticleHints): Article {
  if (!hints) return article;
  const dated = !article.publishedAt && hints.publishedAt !== undefined;
  return {
    ...article,
    ...(article.outlet || !hints.outlet ? {} : { outlet: hints.outlet }),
    ...(dated ? { publishedAt: hints.publishedAt } : {}),
    ...(dated && hints.publishedFrom ? { warnings: [...article.warnings, `publication date ${hints.publishedAt} taken from ${hints.publishedFrom}: the text gives none`] } : {}),
  };
}
