import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, sql, type DatabaseConnection, type Driver } from 'kysely';
import { SearchPathPostgresDialect } from './pg-introspector.js';
import pg from 'pg';
import { redactLocation } from './dialect.js';
import { preparingStatements } from './prepared.js';
import type { Database } from './schema.js';

// Connections: a SQLite file (one process-local handle) or a PostgreSQL pool.

/** Milliseconds a writer waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 5000;
/** Bytes of a page of a new SQLite file (SQLite's default is 4096). */
const SQLITE_PAGE_SIZE = 16384;
/**
 * Pages of the SQLite log (WAL) after which a commit copies them into the file (SQLite's default is 1000, 16 MB at
 * SQLITE_PAGE_SIZE): a page changed by many batches in between is copied once. 10,000 (~160 MB of log at most, kept
 * on disk once reached): the storing thread's CPU an article −5–10% over 6,000 articles (bench/ingest.ts).
 */
const SQLITE_AUTOCHECKPOINT_PAGES = 10_000;
/**
 * Kibibytes of SQLite's page cache a connection keeps at most (better-sqlite3's default is 16 MB): storing an article
 * changes pages across the b-trees of ids (random keys), which a larger cache still holds for the next batch.
 * 64 MB: the storing thread's CPU an article −6% over 12,000 articles, its reads of pages 432 → 121 kB; 128 MB no better.
 */
const SQLITE_CACHE_KIB = 65_536;
/** Prepared statements kept per SQLite handle: the store's queries are a few dozen texts, and its batched INSERTs one per table and row count (src/store/save.ts). */
export const SQLITE_STATEMENT_CACHE = 512;
/** Connections one process keeps open to PostgreSQL at most. */
export const PG_POOL_MAX = 10;
/** Milliseconds to wait for PostgreSQL to accept a connection before failing. */
export const PG_CONNECT_TIMEOUT_MS = 5000;

/** The store could not be opened (not a database, no permission, a folder in the way, no server). */
export class StoreOpenError extends Error {
  constructor(readonly path: string, cause: unknown) {
    super(`cannot open the store ${redactLocation(path)}: ${cause instanceof Error ? cause.message || String(cause) : String(cause)}`, { cause });
    this.name = 'StoreOpenError';
  }
}

/**
 * Opens (creating when absent) a SQLite file in WAL mode with foreign keys on. Several processes may
 * write to one file: transactions take the write lock when they begin (BEGIN IMMEDIATE), and a writer
 * waits up to BUSY_TIMEOUT_MS for another's lock instead of failing with SQLITE_BUSY.
 */
export function connectSqlite(path: string): Kysely<Database> {
  let sqlite: BetterSqlite3.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    sqlite = new BetterSqlite3(path);
    // A new file's pages (an existing one keeps its own): an article writes ~40 kB, and each page the batch
    // changed is a frame of the log, two writes (bench/ingest.ts: the storing thread's CPU −8% against 4 kB).
    sqlite.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
    sqlite.pragma('journal_mode = WAL');
    // Statement journals (a multi-row INSERT and its triggers may fail half-way and must undo their own rows) in
    // memory: in a temporary file they were written page by page, ~250 kB an article stored (the storing thread's CPU −15%).
    sqlite.pragma('temp_store = MEMORY');
    // WAL + NORMAL: a commit is written to the log, not fsynced; the log is synced at checkpoints. A
    // killed process loses nothing committed (SQLite's documented guarantee); a power cut may lose
    // the last commits but never corrupts the file. FULL costs an fsync per article.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (e) {
    throw new StoreOpenError(path, e);
  }
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(sqlite) }) });
}

/**
 * Kysely's SQLite driver begins transactions DEFERRED: a transaction that reads before it writes (as
 * saving an article does) then upgrades its lock mid-way, and when another process wrote meanwhile
 * SQLite fails it with SQLITE_BUSY at once, without waiting (the busy timeout cannot help a deferred
 * upgrade). BEGIN IMMEDIATE takes the write lock first, so writers queue up on the busy timeout.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => void (await connection.executeQuery(CompiledQuery.raw('begin immediate')));
    return driver;
  }
}

/**
 * The handle Kysely uses, preparing each distinct SQL text once (Kysely prepares every query anew).
 * One connection runs one query at a time (Kysely's mutex), so a cached statement is never busy.
 */
function cachingStatements(sqlite: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string): BetterSqlite3.Statement {
      let stmt = cache.get(text);
      if (!stmt) {
        if (cache.size >= SQLITE_STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        cache.set(text, (stmt = sqlite.prepare(text)));
      }
      return stmt;
    },
  };
}

export interface PostgresOptions {
  /** Schema the store's tables live in (created when absent); the server's search_path otherwise. */
  schema?: string;
  /** Errors of idle pooled connections (a server restart): reported, not thrown into nowhere. */
  onError?: (e: Error) => void;
}

/** Opens a pool to PostgreSQL and checks that the server answers. */
export async function connectPostgres(url: string, opts: PostgresOptions = {}): Promise<Kysely<Database>> {
  const pool = new pg.Pool({ connectionString: url, max: PG_POOL_MAX, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS });
  pool.on('error', opts.onError ?? ((e) => process.stderr.write(`isnad: PostgreSQL connection lost: ${e.message}\n`)));
  pool.on('connect', preparingStatements);
  const schema = opts.schema;
  const db = new Kysely<Database>({
    dialect: new SearchPathPostgresDialect({
      pool,
      ...(schema ? { onCreateConnection: async (c) => void (await c.executeQuery(CompiledQuery.raw(`set search_path to "${schema.replaceAll('"', '""')}"`))) } : {}),
    }),
  });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    await sql`select 1`.execute(db);
  } catch (e) {
    await db.destroy().catch(() => undefined);
    throw new StoreOpenError(url, e);
  }
  return db;
}
