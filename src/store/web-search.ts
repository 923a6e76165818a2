import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Lang, Stance } from '../model/index.js';
import { dialectOf, ftsMatch, ftsRank, type Dialect } from './dialect.js';
import { queryKeys } from './keys.js';
import { clampLimit } from './queries.js';
import { rowToSummary, SUMMARY_COLUMNS } from './rows.js';
import type { ArticlesTable, Database } from './schema.js';
import { statementCondition, statementPlan, type SearchDatabase, type SearchPlanOptions, type SpeakerKeysTables, type StatementPlan } from './search-plan.js';
import { entitiesNamed } from './web-entities.js';
import type { SearchHit } from './search.js';
import { versionedCache } from './web-cache.js';
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

/**
 * Articles matching every word and filter: best first with words, newest first without. Two steps: the
 * page's rows are found by number and rank alone (no text read), then only they are read, and only
 * their snippets computed. A page already answered is served again from memory while the store is
 * unchanged (src/store/web-cache.ts); `cache: false` always asks the database.
 */
export async function searchArticles(db: Kysely<Database>, s: ArticleSearch, opts: SearchPlanOptions & { cache?: boolean } = {}): Promise<ArticleSearchPage> {
  if (!hasCriteria(s)) return { items: [] };
  if (opts.cache === false || opts.rareStance !== undefined || opts.rareSpeaker !== undefined) return findArticles(db, s, opts);
  const key = JSON.stringify([s.q, s.lang, s.outlet, s.speaker, s.stance, s.from, s.to, s.limit, s.offset, s.order]);
  return pages.get(db, key, () => findArticles(db, s));
}

/** Search pages already answered, while the store is unchanged (the same query, the next page, a feed). */
const pages = versionedCache<ArticleSearchPage>();

/** The filters beyond words, as one condition on `articles as a`. */
function filterOf(s: ArticleSearch, plan: StatementPlan, dialect: Dialect) {
  return (eb: ExpressionBuilder<SearchDatabase & { a: ArticlesTable }, 'a'>): Expression<SqlBool> => {
    const all: Expression<SqlBool>[] = [];
    if (s.lang) all.push(eb('a.language', '=', s.lang));
    if (s.outlet) all.push(eb('a.outlet', '=', s.outlet));
    // The range on the column lets its index answer; the day comparison keeps the exact meaning.
    if (s.from) all.push(eb('a.published_at', '>=', s.from), eb(sql<string>`substr(a.published_at, 1, 10)`, '>=', s.from));
    if (s.to) all.push(eb('a.published_at', '<', `${s.to}${LAST_CHAR}`), eb(sql<string>`substr(a.published_at, 1, 10)`, '<=', s.to));
    if (s.speaker || s.stance) all.push(statementCondition(eb, s, plan, dialect));
    return eb.and(all);
  };
}

/** The numbers (`seq`) of the articles holding every key in their text. */
function textHolds(db: Kysely<SearchDatabase>, keys: readonly string[]) {
  return db.selectFrom('articles_fts as f2').select('f2.rowid as seq').where(ftsMatch(dialectOf(db), 'f2', keys));
}

/**
 * The numbers of the articles where every key is in the text or names an entity they mention, but
 * not every key is in the text (those are found first, ranked). Built from the keys' own sets (the
 * full-text index, the mentions of the named entities) rather than by testing every stored article.
 */
function namedOnly(db: Kysely<SearchDatabase>, keys: readonly string[], named: ReadonlyMap<string, string[]>) {
  const setOf = (k: string, i: number) => {
    const ids = named.get(k);
    const text = textHolds(db, [k]);
    const either = ids
      ? text.union(db.selectFrom('mentions as m').innerJoin('articles as a2', 'a2.id', 'm.article_id').select('a2.seq').where('m.entity_id', 'in', ids))
      : text;
    // Each set in its own subquery: UNION, INTERSECT and EXCEPT do not bind alike in SQLite and PostgreSQL.
    return db.selectFrom(either.as(`k${i}`)).select(`k${i}.seq`);
  };
  const [head, ...tail] = keys.map(setOf);
  return tail.reduce((all, next) => all.intersect(next), head).except(textHolds(db, keys));
}

async function findArticles(store: Kysely<Database>, s: ArticleSearch, opts: SearchPlanOptions = {}): Promise<ArticleSearchPage> {
  // The speakers' keys (migration 012) are read by the search alone: their table is typed here.
  const db = store.withTables<SpeakerKeysTables>();
  const keys = queryKeys(s.q ?? '');
  const limit = clampLimit(s.limit);
  const offset = Math.max(0, Math.floor(s.offset ?? 0));
  const ranked = keys.length > 0 && s.order !== 'newest';
  // 1. Articles holding every word in their text: ranked (or newest first).
  const filtered = Boolean(s.lang || s.outlet || s.from || s.to || s.speaker || s.stance);
  const plan = await statementPlan(db, s, opts);
  const filter = filterOf(s, plan, dialectOf(db));
  const inText = (off: number, lim: number) => {
    // Without filters the full-text index alone answers: no article row is read.
    if (keys.length && !filtered) {
      return db.selectFrom('articles_fts as f')
        .select(['f.rowid as seq', (ranked ? sql<number>`${ftsRank(dialectOf(db), 'f', keys)}` : sql<number>`0`).as('r')])
        .where(ftsMatch(dialectOf(db), 'f', keys))
        .orderBy(ranked ? 'r' : 'seq', ranked ? 'asc' : 'desc').orderBy('f.rowid', 'desc')
        .limit(lim).offset(off);
    }
    let q = db
      .selectFrom('articles as a')
      .select(['a.seq', (ranked ? sql<number>`${ftsRank(dialectOf(db), 'f', keys)}` : sql<number>`0`).as('r')])
      .where(filter)
      .limit(lim)
      .offset(off);
    if (keys.length) q = q.innerJoin('articles_fts as f', 'f.rowid', 'a.seq').where(ftsMatch(dialectOf(db), 'f', keys));
    if (ranked) q = q.orderBy('r');
    return q.orderBy('a.seq', 'desc');
  };
  // 2. After them, articles where a word is a name of an entity they mention instead (`Peskov` finds
  // the Arabic article naming بيسكوف): every word in the text or named, newest first.
  const named = keys.length ? await entitiesNamed(store, keys) : new Map<string, string[]>();
  let seqs: { seq: number; r: number }[];
  // Rows found by a name alone for a one-word query: the full-text index (the keys of their title, dek
  // and text) lacks the word, so no snippet can hold it and the lead is shown without looking for it.
  const wordless = new Set<number>();
  if (!named.size) {
    seqs = await inText(offset, limit + 1).execute();
  } else {
    const first = await inText(offset, limit + 1).execute();
    // How many hold every word (where the named ones start): known from this page unless it is past them.
    const total = first.length ? offset + first.length : Number((await db.selectFrom('articles as a').innerJoin('articles_fts as f', 'f.rowid', 'a.seq')
      .select((e) => e.fn.countAll().as('n')).where(ftsMatch(dialectOf(db), 'f', keys)).where(filter).executeTakeFirstOrThrow()).n);
    const rest = first.length > limit ? [] : await db.selectFrom('articles as a').select(['a.seq', sql<number>`1`.as('r')])
      .where('a.seq', 'in', namedOnly(db, keys, named))
      .where(filter)
      .orderBy('a.seq', 'desc')
      .limit(limit + 1 - first.length)
      .offset(Math.max(0, offset - total))
      .execute();
    seqs = [...first, ...rest];
    if (keys.length === 1) for (const r of rest) wordless.add(r.seq);
  }
  const order = new Map(seqs.map((r, i) => [r.seq, i]));
  const rows = seqs.length
    ? (await db.selectFrom('articles as a').select(['a.seq', ...SUMMARY_COLUMNS.map((c) => `a.${c}` as const), 'a.dek', 'a.text'])
      .where('a.seq', 'in', seqs.slice(0, limit).map((r) => r.seq)).execute()).sort((x, y) => order.get(x.seq)! - order.get(y.seq)!)
    : [];
  const items = rows.map((r) => {
    const fragments = keys.length && !wordless.has(r.seq)
      ? snippetFragments(r.text, keys) ?? snippetFragments([r.title, r.dek ?? ''].join('\n'), keys) ?? [{ text: leadOf(r.dek ?? r.text), hit: false }]
      : [{ text: leadOf(r.dek ?? r.text), hit: false }];
    return { ...rowToSummary(r), snippet: renderFragments(fragments, (w) => `«${w}»`), fragments };
  });
  return { items, ...(seqs.length > limit ? { nextOffset: offset + limit } : {}) };
}

/** The largest code point: `${day}${LAST_CHAR}` sorts after every text starting with that day (byte-wise, as both databases compare). */
const LAST_CHAR = '\u{10FFFF}';

/** Characters of the lead shown for a hit found by filters only. */
const LEAD_CHARS = 200;

/** Characters of the text's start the lead is made from first (the whole text only when they collapse to too few): a multiple of LEAD_CHARS, wide enough for runs of spaces. */
const LEAD_WINDOW = LEAD_CHARS * 4;

/** The text's start, spaces collapsed, cut after LEAD_CHARS (with ` …`). */
export function leadOf(text: string): string {
  // Collapsing the window gives the same first characters as collapsing the whole text: an article's
  // text is read for each hit, and collapsing all of it was a tenth of a search's time.
  if (text.length > LEAD_WINDOW) {
    const head = text.slice(0, LEAD_WINDOW).replace(/\s+/g, ' ').trimStart();
    // One more than LEAD_CHARS: the window's last character may be a space the whole text trims away.
    if (head.length > LEAD_CHARS + 1) return `${head.slice(0, LEAD_CHARS)} …`;
  }
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > LEAD_CHARS ? `${t.slice(0, LEAD_CHARS)} …` : t;
}
