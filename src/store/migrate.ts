import { Migrator, sql, type Kysely, type MigrationResult, type MigrationResultSet } from 'kysely';
import { currentSchema, dialectOf } from './dialect.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

// The one migration history, applied on open to either database.

export class MigrationError extends Error {
  constructor(readonly results: MigrationResult[], cause: unknown) {
    super(`the store could not be migrated: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MigrationError';
  }
}

/**
 * The migrator. On PostgreSQL its bookkeeping tables are named in the store's own schema: Kysely
 * otherwise takes another schema's `kysely_migration` (a second store in the same database) for its own.
 */
async function migrator(db: Kysely<Database>): Promise<Migrator> {
  const schema = await currentSchema(db);
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
}

/** Applies the migrations not yet applied; returns their names. Closes the database and throws on failure. */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrateOnce(db);
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt < MIGRATE_ATTEMPTS && isConcurrentDrop(error)) continue;
    await db.destroy();
    throw new MigrationError(results ?? [], error);
  }
}

/**
 * One pass of the migrator. Kysely runs SQLite migrations outside any transaction and without a lock
 * (it assumes one process), so two processes opening a new file at once would both create its tables.
 * Here the pass runs inside BEGIN IMMEDIATE: the second process waits (busy_timeout) for the first to
 * commit, then finds nothing left to apply — and a pass that fails leaves no half-made schema.
 */
async function migrateOnce(db: Kysely<Database>): Promise<MigrationResultSet> {
  const m = await migrator(db);
  if (dialectOf(db) !== 'sqlite') return m.migrateToLatest();
  await sql`begin immediate`.execute(db);
  const set = await m.migrateToLatest();
  await sql.raw(set.error ? 'rollback' : 'commit').execute(db);
  return set;
}

/** Times a migration is tried when another schema of the database vanished under it. */
export const MIGRATE_ATTEMPTS = 3;

/**
 * Kysely looks for its bookkeeping tables by listing every table of the database; a schema or table
 * dropped meanwhile by someone else (another store, a test) fails that listing. Nothing was applied
 * yet: trying again is safe.
 */
function isConcurrentDrop(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === '3F000' || code === '42P01';
}

/** The name of the last migration applied (the schema's version); undefined for an empty database. */
export async function schemaVersion(db: Kysely<Database>): Promise<string | undefined> {
  const done = (await (await migrator(db)).getMigrations()).filter((m) => m.executedAt !== undefined);
  return done.at(-1)?.name;
}
