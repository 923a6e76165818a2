import type { Kysely } from 'kysely';
import type { Analysis } from '../model/index.js';
import { connectPostgres, connectSqlite } from './connect.js';
import { dialectOf, dialectOfLocation, type Dialect } from './dialect.js';
import { migrate, schemaVersion } from './migrate.js';
import { getArticle, listArticles, listStatements, type ArticlePage, type ListArticlesOptions, type StatementFilter, type StatementHit, type StoredArticle } from './queries.js';
import { saveAnalyses, saveAnalysis, type SaveItem, type SaveOptions, type SaveOutcome, type SaveResult } from './save.js';
import type { Database } from './schema.js';
import { search, type SearchHit, type SearchOptions } from './search.js';

export type { ArticlePage, ListArticlesOptions, StatementFilter, StatementHit, StoredArticle } from './queries.js';
export type { ArticleSummary, StoredEntity, StoredStatement } from './rows.js';
export type { SaveItem, SaveOptions, SaveOutcome, SaveResult } from './save.js';
export type { SearchHit, SearchOptions } from './search.js';
export type { Fragment } from './snippet.js';
export type { Database } from './schema.js';

export { BUSY_TIMEOUT_MS, StoreOpenError } from './connect.js';
export { redactLocation, type Dialect } from './dialect.js';
export { exportLines, importLines, ImportError, type ImportCounts } from './dump.js';
export { MigrationError, migrate, schemaVersion } from './migrate.js';

export interface StoreOptions {
  /**
   * Where the store lives: a SQLite file (its folder is created; `:memory:` for a throw-away store),
   * or a PostgreSQL URL (`postgres://user@host:5432/db`).
   */
  path: string;
  /** PostgreSQL: the schema holding the tables (created when absent); the server's search_path otherwise. */
  schema?: string;
  /** Clock for `ingested_at`. */
  now?: () => Date;
}

/** The store: articles, entities, statements and search. One object per open database. */
export interface Store {
  /** The SQLite file or the PostgreSQL URL, as given. */
  readonly path: string;
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
  /** Migrations applied when this store was opened (none when it was up to date). */
  readonly applied: readonly string[];
  saveAnalysis(analysis: Analysis, opts?: SaveOptions): Promise<SaveResult>;
  /** Several analyses in one transaction, each all-or-nothing on its own (a savepoint): an outcome per item, in order. */
  saveAnalyses(items: readonly SaveItem[]): Promise<SaveOutcome[]>;
  listArticles(opts?: ListArticlesOptions): Promise<ArticlePage>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  listStatements(filter?: StatementFilter): Promise<StatementHit[]>;
  countArticles(): Promise<number>;
  /** The last migration applied. */
  version(): Promise<string | undefined>;
  close(): Promise<void>;
}

/** Opens (creating when absent) the store in SQLite or PostgreSQL, with every migration applied. */
export async function openStore(opts: StoreOptions): Promise<Store> {
  const db = dialectOfLocation(opts.path) === 'postgres'
    ? await connectPostgres(opts.path, opts.schema ? { schema: opts.schema } : {})
    : connectSqlite(opts.path);
  const applied = await migrate(db);
  return storeOver(db, opts.path, opts.now ?? (() => new Date()), applied);
}

/** The store's operations over a migrated database of any dialect. */
export function storeOver(db: Kysely<Database>, path: string, now: () => Date, applied: readonly string[] = []): Store {
  return {
    path,
    dialect: dialectOf(db),
    db,
    applied,
    saveAnalysis: (a, o) => saveAnalysis(db, a, now().toISOString(), o),
    saveAnalyses: (items) => saveAnalyses(db, items, now().toISOString()),
    listArticles: (o) => listArticles(db, o),
    getArticle: (id) => getArticle(db, id),
    search: (q, o) => search(db, q, o),
    listStatements: (f) => listStatements(db, f),
    countArticles: async () => Number((await db.selectFrom('articles').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    version: () => schemaVersion(db),
    close: () => db.destroy(),
  };
}
