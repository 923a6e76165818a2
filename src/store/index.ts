import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationResult } from 'kysely';
import type { Analysis } from '../model/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { getArticle, listArticles, listStatements, type ArticlePage, type ListArticlesOptions, type StatementFilter, type StatementHit, type StoredArticle } from './queries.js';
import { saveAnalysis, type SaveOptions, type SaveResult } from './save.js';
import type { Database } from './schema.js';
import { search, type SearchHit, type SearchOptions } from './search.js';

export type { ArticlePage, ListArticlesOptions, StatementFilter, StatementHit, StoredArticle } from './queries.js';
export type { ArticleSummary, StoredEntity, StoredStatement } from './rows.js';
export type { SaveOptions, SaveResult } from './save.js';
export type { SearchHit, SearchOptions } from './search.js';
export type { Fragment } from './snippet.js';
export type { Database } from './schema.js';

/** Milliseconds a writer waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 5000;

export interface StoreOptions {
  /** SQLite file; its folder is created. `:memory:` for a throw-away store. */
  path: string;
  /** Clock for `ingested_at`. */
  now?: () => Date;
}

/** The store: articles, entities, statements and search. One object per open database. */
export interface Store {
  readonly path: string;
  readonly db: Kysely<Database>;
  saveAnalysis(analysis: Analysis, opts?: SaveOptions): Promise<SaveResult>;
  listArticles(opts?: ListArticlesOptions): Promise<ArticlePage>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  listStatements(filter?: StatementFilter): Promise<StatementHit[]>;
  countArticles(): Promise<number>;
  close(): Promise<void>;
}

export class MigrationError extends Error {
  constructor(readonly results: MigrationResult[], cause: unknown) {
    super(`the store could not be migrated: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MigrationError';
  }
}

/** The store file could not be opened (not a database, no permission, a folder in the way). */
export class StoreOpenError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`cannot open the store ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreOpenError';
  }
}

/** Opens (creating when absent) the SQLite store, in WAL mode, with every migration applied. */
export async function openStore(opts: StoreOptions): Promise<Store> {
  let sqlite: BetterSqlite3.Database;
  try {
    if (opts.path !== ':memory:') mkdirSync(dirname(opts.path), { recursive: true });
    sqlite = new BetterSqlite3(opts.path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (e) {
    throw new StoreOpenError(opts.path, e);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db);
  return storeOver(db, opts.path, opts.now ?? (() => new Date()));
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new MigrationError(results ?? [], error);
  }
}

/** The store's operations over a migrated database of any dialect. */
export function storeOver(db: Kysely<Database>, path: string, now: () => Date): Store {
  return {
    path,
    db,
    saveAnalysis: (a, o) => saveAnalysis(db, a, now().toISOString(), o),
    listArticles: (o) => listArticles(db, o),
    getArticle: (id) => getArticle(db, id),
    search: (q, o) => search(db, q, o),
    listStatements: (f) => listStatements(db, f),
    countArticles: async () => Number((await db.selectFrom('articles').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    close: () => db.destroy(),
  };
}
