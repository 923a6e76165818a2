import { analyze } from '../analyze/index.js';
import { extract, type RejectReason } from '../extract/index.js';
import type { Analysis, Article } from '../model/index.js';
import type { ArticleHints, SourceReason, SourceResult } from '../source/index.js';
import { prepareRows, type PreparedRows } from '../store/rows.js';

// Source result → Article → Analysis, one result per item: the CPU-bound half of an ingest, with no
// store and no I/O, so that it can run on another thread (./analyser.ts).

export type Processed =
  | { ok: true; source: string; article: Article; analysis?: Analysis; rows?: PreparedRows }
  | { ok: false; source: string; reason: SourceReason | RejectReason | 'failed'; message: string };

/** Extracts (and, with `analyse`, analyses) one source result; an unexpected throw is this item's failure. */
export function processSource(item: SourceResult, config: { maxBytes: number }, analyse: boolean): Processed {
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

/** processSource, and the rows the analysis will be stored as (`rows`): all the CPU work an ingest does before the store. */
export function processForStore(item: SourceResult, config: { maxBytes: number }): Processed {
  const p = processSource(item, config, true);
  if (!p.ok || !p.analysis) return p;
  try {
    return { ...p, rows: prepareRows(p.analysis) };
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
