import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

// Queries the web views need beyond queries.ts: the outlets to filter by, where articles came from.

/** The article list of the web views: the store's own, which filters by language and outlet. */
export { listArticles as listArticlesBy, type ListArticlesOptions as ArticleListFilter } from './queries.js';

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

/** What the chain of a statement needs of its article: names it gives itself and where it was found. */
export interface ArticleOrigin {
  outlet?: string;
  site?: string;
  url?: string;
  canonicalUrl?: string;
  language: string;
}

/** The origins of the given articles, in one query (the statements of a page come from many). */
export async function originsOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, ArticleOrigin>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('articles').select(['id', 'outlet', 'site', 'url', 'canonical_url', 'language']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, {
    language: r.language,
    ...(r.outlet === null ? {} : { outlet: r.outlet }),
    ...(r.site === null ? {} : { site: r.site }),
    ...(r.url === null ? {} : { url: r.url }),
    ...(r.canonical_url === null ? {} : { canonicalUrl: r.canonical_url }),
  }]));
}
