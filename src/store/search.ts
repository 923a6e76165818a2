import type { Kysely } from 'kysely';
import type { Lang } from '../model/index.js';
import { dialectOf, ftsMatch, ftsRank } from './dialect.js';
import { queryKeys } from './keys.js';
import { clampLimit } from './queries.js';
import { rowToSummary, SUMMARY_COLUMNS, type ArticleSummary } from './rows.js';
import type { Database } from './schema.js';
import { renderFragments, snippetFragments, type Fragment } from './snippet.js';

export interface SearchOptions {
  limit?: number;
  lang?: Lang;
  /** Wraps each matched word of the snippet (default: «word»). */
  highlight?: (word: string) => string;
}

export interface SearchHit extends ArticleSummary {
  /** ~30 words of display text around the first match, hits passed through `highlight`. */
  snippet: string;
  /** The same snippet as pieces, for renderers that escape (the web). */
  fragments: Fragment[];
}

const DEFAULT_HIGHLIGHT = (w: string) => `«${w}»`;

/**
 * Articles holding every word of the query, best first. Words match through their search key:
 * `الكرملين` finds `بالكرملين`, `زيلينسكي` finds `زِيلِينْسْكِي`, `pyongyang` finds `Pyongyang`.
 */
export async function search(db: Kysely<Database>, query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  const keys = queryKeys(query);
  if (!keys.length) return [];
  let q = db
    .selectFrom('articles_fts as f')
    .innerJoin('articles as a', 'a.seq', 'f.rowid')
    .select([...SUMMARY_COLUMNS.map((c) => `a.${c}` as const), 'a.dek', 'a.text'])
    .where(ftsMatch(dialectOf(db), 'f', keys))
    .orderBy(ftsRank(dialectOf(db), 'f', keys))
    .orderBy('a.seq', 'desc')
    .limit(clampLimit(opts.limit));
  if (opts.lang) q = q.where('a.language', '=', opts.lang);
  const rows = await q.execute();
  const highlight = opts.highlight ?? DEFAULT_HIGHLIGHT;
  return rows.map((r) => {
    // The body first; the title and dek when only they hold the words.
    const fragments = snippetFragments(r.text, keys) ?? snippetFragments([r.title, r.dek ?? ''].join('\n'), keys) ?? [];
    return { ...rowToSummary(r), snippet: renderFragments(fragments, highlight), fragments };
  });
}
