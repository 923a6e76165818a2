import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';

// Everything that differs between SQLite and PostgreSQL, in one place: column types of the
// migrations, the full-text index and its queries, sequences, constraint errors.

export type Dialect = 'sqlite' | 'postgres';

/** `postgres://` and `postgresql://` name a PostgreSQL database; anything else is a SQLite file. */
export function dialectOfLocation(location: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(location) ? 'postgres' : 'sqlite';
}

export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The schema unqualified tables are in (PostgreSQL's search_path); undefined on SQLite. */
export async function currentSchema(db: Kysely<any>): Promise<string | undefined> {
  if (dialectOf(db) === 'sqlite') return undefined;
  return (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema ?? undefined;
}

/** A URL with its password hidden, for messages. */
export function redactLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/**
 * Column types of the migrations. Text compares byte-wise on both (SQLite's BINARY, PostgreSQL's
 * "C" collation), so ordering and prefix ranges give the same rows; reals are 64-bit on both.
 */
export function columnTypes(db: Kysely<any>) {
  const pg = dialectOf(db) === 'postgres';
  return {
    text: pg ? sql`text collate "C"` : sql`text`,
    blob: pg ? sql`bytea` : sql`blob`,
    real: pg ? sql`double precision` : sql`real`,
    /** An integer primary key numbered by the database (never reused). */
    serial: (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()),
  };
}

/**
 * The full-text index `articles_fts (rowid = articles.seq, keys)`: the shadow text of search keys
 * (src/store/keys.ts). SQLite: FTS5, split on spaces. PostgreSQL: a `tsvector` of the same keys with
 * the `simple` configuration (no stemming, no stop words: the keys are already normalised) + GIN.
 * Made generated here; migration 011 has writers send the vector instead (src/store/tsvector.ts).
 */
export async function createFtsTable(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    await sql`create virtual table articles_fts using fts5(keys, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
    return;
  }
  await sql`create table articles_fts (
    rowid integer primary key,
    keys text not null,
    tsv tsvector generated always as (to_tsvector('simple', keys)) stored
  )`.execute(db);
  await sql`create index articles_fts_tsv on articles_fts using gin (tsv)`.execute(db);
}

/** The query requiring every key. PostgreSQL parses each key as the index parsed it (a phrase when it splits). */
function tsQuery(keys: readonly string[]): RawBuilder<unknown> {
  return sql.join(keys.map((k) => sql`phraseto_tsquery('simple', ${k})`), sql` && `);
}

/** Rows of `articles_fts as <alias>` holding every key. */
export function ftsMatch(dialect: Dialect, alias: string, keys: readonly string[]): Expression<SqlBool> {
  if (dialect === 'sqlite') return sql<SqlBool>`articles_fts match ${ftsQuery(keys)}`;
  return sql<SqlBool>`${sql.ref(`${alias}.tsv`)} @@ (${tsQuery(keys)})`;
}

/** The relevance of a matched row, smaller first (order ascending): bm25 on SQLite, minus ts_rank on PostgreSQL. */
export function ftsRank(dialect: Dialect, alias: string, keys: readonly string[]): Expression<number> {
  if (dialect === 'sqlite') return sql<number>`bm25(articles_fts)`;
  return sql<number>`-ts_rank(${sql.ref(`${alias}.tsv`)}, ${tsQuery(keys)})`;
}

/** An FTS5 query that requires every key (each quoted as a phrase, so no key is read as an operator). */
function ftsQuery(keys: readonly string[]): string {
  return keys.map((k) => `"${ftsText(k).replaceAll('"', '""')}"`).join(' ');
}

/**
 * Keys as SQLite's `articles_fts` holds them (migration 019), written and queried alike: its `ascii` tokenizer reads
 * every non-ASCII character as part of a word, so the right single quote inside a word (`can’t`), where unicode61
 * split it as it splits at `'`, is written as `'`.
 */
export function ftsText(keys: string): string {
  return keys.replaceAll('’', "'");
}

/**
 * After rows were inserted with their own numbers (an import), the next number given by the
 * database follows the largest. SQLite's AUTOINCREMENT keeps track by itself.
 */
export async function resetSequence(db: Kysely<any>, table: string, column: string): Promise<void> {
  if (dialectOf(db) === 'sqlite') return;
  await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
}

/** True for a unique or primary-key violation, on either database. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
