import type { Kysely } from 'kysely';
import type { Article, Lang, Stance } from '../model/index.js';
import { queryKeys } from './keys.js';
import { rowToArticle, rowToEntity, rowToStatement, rowToStatementHit, rowToSummary, SUMMARY_COLUMNS, type ArticleSummary, type StoredEntity, type StoredStatement } from './rows.js';
import type { Database } from './schema.js';

/** Page size when none is asked for. */
export const DEFAULT_LIMIT = 50;
/** The most rows one call returns. */
export const MAX_LIMIT = 500;

export const clampLimit = (n: number | undefined) => Math.max(1, Math.min(MAX_LIMIT, Math.floor(n ?? DEFAULT_LIMIT)));

export interface ListArticlesOptions {
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  lang?: Lang;
  /** The outlet exactly as stored (`RT World News`). */
  outlet?: string;
}

export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** Articles, most recently ingested first, filtered by language and outlet. */
export async function listArticles(db: Kysely<Database>, opts: ListArticlesOptions = {}): Promise<ArticlePage> {
  const limit = clampLimit(opts.limit);
  let q = db.selectFrom('articles').select(['seq', ...SUMMARY_COLUMNS]).orderBy('seq', 'desc').limit(limit + 1);
  if (opts.lang) q = q.where('language', '=', opts.lang);
  if (opts.outlet) q = q.where('outlet', '=', opts.outlet);
  const after = opts.cursor === undefined ? NaN : Number(opts.cursor);
  if (Number.isInteger(after)) q = q.where('seq', '<', after);
  const rows = await q.execute();
  const page = rows.slice(0, limit);
  return {
    items: page.map(rowToSummary),
    ...(rows.length > limit ? { nextCursor: String(page[page.length - 1].seq) } : {}),
  };
}

export interface StoredArticle {
  article: Article;
  extractor: string;
  ingestedAt: string;
  statements: StoredStatement[];
  entities: StoredEntity[];
}

export async function getArticle(db: Kysely<Database>, id: string): Promise<StoredArticle | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const statements = await db.selectFrom('statements').selectAll().where('article_id', '=', id).orderBy('ordinal').execute();
  // The mentions with their entities in one query: entities by name, each one's mentions in text order.
  const rows = await db.selectFrom('mentions as m').innerJoin('entities as e', 'e.id', 'm.entity_id')
    .select(['m.article_id', 'm.entity_id', 'm.start', 'm.end', 'm.text', 'm.via', 'e.id', 'e.type', 'e.name', 'e.names', 'e.country'])
    .where('m.article_id', '=', id).orderBy('e.name').orderBy('e.id').orderBy('m.start').execute();
  const entities = new Map<string, { entity: (typeof rows)[number]; mentions: (typeof rows)[number][] }>();
  for (const r of rows) {
    const e = entities.get(r.entity_id);
    if (e) e.mentions.push(r);
    else entities.set(r.entity_id, { entity: r, mentions: [r] });
  }
  return {
    article: rowToArticle(row),
    extractor: row.extractor,
    ingestedAt: row.ingested_at,
    statements: statements.map(rowToStatement),
    entities: [...entities.values()].map((e) => rowToEntity(e.entity, e.mentions)),
  };
}

export interface StatementFilter {
  /** Words all found in the speaker's text or its entity's names (normalised: بيسكوف, Peskov). */
  speaker?: string;
  stance?: Stance;
  /** Words all found in the targets (text or entity names) or the content. */
  about?: string;
  lang?: Lang;
  limit?: number;
}

export interface StatementHit extends StoredStatement {
  article: { id: string; title: string; outlet?: string; language: Lang; publishedAt?: string };
}

/** Statements matching every given filter, newest articles first, in text order within one. */
export async function listStatements(db: Kysely<Database>, f: StatementFilter = {}): Promise<StatementHit[]> {
  let q = db
    .selectFrom('statements as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .selectAll('s')
    .select(['a.title as a_title', 'a.outlet as a_outlet', 'a.language as a_language', 'a.published_at as a_published_at'])
    .orderBy('a.seq', 'desc')
    .orderBy('s.ordinal')
    .limit(clampLimit(f.limit));
  if (f.stance) q = q.where('s.stance', '=', f.stance);
  if (f.lang) q = q.where('a.language', '=', f.lang);
  for (const k of queryKeys(f.speaker ?? '')) q = q.where('s.speaker_keys', 'like', `% ${k} %`);
  for (const k of queryKeys(f.about ?? '')) q = q.where('s.about_keys', 'like', `% ${k} %`);
  const rows = await q.execute();
  return rows.map(rowToStatementHit);
}
