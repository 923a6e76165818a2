import type { Kysely } from 'kysely';
import type { Lang } from '../model/index.js';
import { clampLimit, type ArticlePage } from './queries.js';
import { rowToSummary, SUMMARY_COLUMNS } from './rows.js';
import type { Database } from './schema.js';

// Queries the web views need beyond queries.ts: the article list filtered by outlet, the outlets.

export interface ArticleListFilter {
  lang?: Lang;
  /** The outlet exactly as stored (`RT World News`). */
  outlet?: string;
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** Articles, most recently ingested first, filtered by language and outlet. */
export async function listArticlesBy(db: Kysely<Database>, f: ArticleListFilter = {}): Promise<ArticlePage> {
  const limit = clampLimit(f.limit);
  let q = db.selectFrom('articles').select(['seq', ...SUMMARY_COLUMNS]).orderBy('seq', 'desc').limit(limit + 1);
  if (f.lang) q = q.where('language', '=', f.lang);
  if (f.outlet) q = q.where('outlet', '=', f.outlet);
  const after = f.cursor === undefined ? NaN : Number(f.cursor);
  if (Number.isInteger(after)) q = q.where('seq', '<', after);
  const rows = await q.execute();
  const page = rows.slice(0, limit);
  return {
    items: page.map(rowToSummary),
    ...(rows.length > limit ? { nextCursor: String(page[page.length - 1].seq) } : {}),
  };
}

export interface OutletCount {
  outlet: string;
  articles: number;
}

/** The most most-stored outlets listed in filters. */
export const MAX_OUTLETS = 50;

/** The last outlet counts of each database, with the newest article seq they were counted at. */
const outletCache = new WeakMap<Kysely<Database>, { seq: number; outlets: Promise<OutletCount[]> }>();

/**
 * Outlets with how many articles each, most articles first. Counted again only when an article was
 * stored since (the count scans every article row: ~1 s at 10,000 articles without an outlet index).
 */
export async function listOutlets(db: Kysely<Database>): Promise<OutletCount[]> {
  const last = await db.selectFrom('articles').select((e) => e.fn.max('seq').as('seq')).executeTakeFirst();
  const seq = Number(last?.seq ?? 0);
  const hit = outletCache.get(db);
  if (hit && hit.seq === seq) return hit.outlets;
  const outlets = countOutlets(db);
  outletCache.set(db, { seq, outlets });
  outlets.catch(() => outletCache.delete(db));
  return outlets;
}

async function countOutlets(db: Kysely<Database>): Promise<OutletCount[]> {
  const rows = await db
    .selectFrom('articles')
    .select((e) => ['outlet', e.fn.countAll<number>().as('n')])
    .where('outlet', 'is not', null)
    .groupBy('outlet')
    .orderBy('n', 'desc')
    .orderBy('outlet')
    .limit(MAX_OUTLETS)
    .execute();
  return rows.map((r) => ({ outlet: r.outlet as string, articles: Number(r.n) }));
}
