import { sql, type Kysely } from 'kysely';
import type { Lang, Stance } from '../model/index.js';
import { dialectOf, ftsMatch, ftsRank } from './dialect.js';
import { queryKeys } from './keys.js';
import { clampLimit } from './queries.js';
import { rowToSummary, SUMMARY_COLUMNS } from './rows.js';
import type { Database } from './schema.js';
import type { SearchHit } from './search.js';
import { renderFragments, snippetFragments } from './snippet.js';

export interface ArticleSearch {
  /** Words all found in the article (Arabic-aware keys); may be empty when another filter is given. */
  q?: string;
  lang?: Lang;
  outlet?: string;
  /** Articles with a statement whose speaker matches these words… */
  speaker?: string;
  /** …and/or has this stance (the same statement). */
  stance?: Stance;
  /** Publication dates, `YYYY-MM-DD`, inclusive; articles without a date are left out when given. */
  from?: string;
  to?: string;
  limit?: number;
  /** Rows to skip (results are ranked, so pages are by position). */
  offset?: number;
  /** `rank` (default): best first when there are words; `newest`: most recently stored first (feeds). */
  order?: 'rank' | 'newest';
}

export interface ArticleSearchPage {
  items: SearchHit[];
  /** Offset of the next page; absent on the last page. */
  nextOffset?: number;
}

/** True when the search has something to look for: words or a filter beyond language. */
export function hasCriteria(s: ArticleSearch): boolean {
  return queryKeys(s.q ?? '').length > 0 || Boolean(s.outlet || s.speaker || s.stance || s.from || s.to);
}

/** Articles matching every word and filter: best first with words, newest first without. */
export async function searchArticles(db: Kysely<Database>, s: ArticleSearch): Promise<ArticleSearchPage> {
  if (!hasCriteria(s)) return { items: [] };
  const keys = queryKeys(s.q ?? '');
  const limit = clampLimit(s.limit);
  const offset = Math.max(0, Math.floor(s.offset ?? 0));
  let q = db
    .selectFrom('articles as a')
    .select([...SUMMARY_COLUMNS.map((c) => `a.${c}` as const), 'a.dek', 'a.text'])
    .limit(limit + 1)
    .offset(offset);
  if (keys.length) {
    q = q
      .innerJoin('articles_fts as f', 'f.rowid', 'a.seq')
      .where(ftsMatch(dialectOf(db), 'f', keys));
    if (s.order !== 'newest') q = q.orderBy(ftsRank(dialectOf(db), 'f', keys));
  }
  q = q.orderBy('a.seq', 'desc');
  if (s.lang) q = q.where('a.language', '=', s.lang);
  if (s.outlet) q = q.where('a.outlet', '=', s.outlet);
  if (s.from) q = q.where(sql<string>`substr(a.published_at, 1, 10)`, '>=', s.from);
  if (s.to) q = q.where(sql<string>`substr(a.published_at, 1, 10)`, '<=', s.to);
  if (s.speaker || s.stance) {
    const speakerKeys = queryKeys(s.speaker ?? '');
    q = q.where(({ exists, selectFrom }) => {
      let st = selectFrom('statements as s').select('s.id').whereRef('s.article_id', '=', 'a.id');
      if (s.stance) st = st.where('s.stance', '=', s.stance);
      for (const k of speakerKeys) st = st.where('s.speaker_keys', 'like', `% ${k} %`);
      return exists(st);
    });
  }
  const rows = await q.execute();
  const page = rows.slice(0, limit);
  const items = page.map((r) => {
    const fragments = keys.length
      ? snippetFragments(headOf(r.text), keys) ?? snippetFragments(r.text, keys) ?? snippetFragments([r.title, r.dek ?? ''].join('\n'), keys) ?? []
      : [{ text: leadOf(r.dek ?? r.text), hit: false }];
    return { ...rowToSummary(r), snippet: renderFragments(fragments, (w) => `«${w}»`), fragments };
  });
  return { items, ...(rows.length > limit ? { nextOffset: offset + limit } : {}) };
}

/** Characters of the text first scanned for a snippet (the whole text only when no word matches there): tokenizing long texts dominated search time. */
const SNIPPET_SCAN_CHARS = 2000;

/** The start of a text, cut at a space so that no word is cut. */
function headOf(text: string): string {
  if (text.length <= SNIPPET_SCAN_CHARS) return text;
  const cut = text.lastIndexOf(' ', SNIPPET_SCAN_CHARS);
  return text.slice(0, cut > 0 ? cut : SNIPPET_SCAN_CHARS);
}

/** Characters of the lead shown for a hit found by filters only. */
const LEAD_CHARS = 200;

function leadOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > LEAD_CHARS ? `${t.slice(0, LEAD_CHARS)} …` : t;
}
