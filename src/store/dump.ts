import { sql, type Kysely, type SqlBool } from 'kysely';
import { dialectOf, ftsText, resetSequence } from './dialect.js';
import { shadowText } from './keys.js';
import { fillSpeakerIndex } from './migrations/018-sqlite-speaker-fts.js';
import { speakersWritten } from './save.js';
import type { Database } from './schema.js';

// The whole store as JSON lines, one row a line, `{"table": …, "row": {…}}`, in a stable order
// (tables parents first, rows by key), so that export → import → export gives the same file on
// either database. The full-text index is not exported: import rebuilds it from the articles.

interface DumpTable {
  table: string;
  /** Columns that order the rows (byte-wise on both databases). */
  order: string[];
  /** The column the database numbers, whose sequence follows the imported rows. */
  serial?: string;
}

/** Every table of the store but the derived ones, parents before children. */
export const DUMP_TABLES: readonly DumpTable[] = [
  { table: 'articles', order: ['seq'], serial: 'seq' },
  { table: 'entities', order: ['id'] },
  { table: 'mentions', order: ['article_id', 'start', 'end', 'entity_id'] },
  { table: 'statements', order: ['article_id', 'ordinal'] },
  { table: 'claims', order: ['id'] },
  { table: 'claim_statements', order: ['statement_id'] },
  { table: 'claim_corrections', order: ['seq'], serial: 'seq' },
  { table: 'claim_echoes', order: ['statement_id'] },
  { table: 'claim_echo_keys', order: ['key', 'statement_id'] },
  { table: 'republish_signatures', order: ['seq'], serial: 'seq' },
  { table: 'republish_links', order: ['origin_id', 'copy_id'] },
  { table: 'stories', order: ['id'] },
  { table: 'story_members', order: ['seq'], serial: 'seq' },
  { table: 'feeds', order: ['id'], serial: 'id' },
  { table: 'feed_items', order: ['id'], serial: 'id' },
  { table: 'subscriptions', order: ['id'], serial: 'id' },
  { table: 'outbox', order: ['id'], serial: 'id' },
];

/**
 * Not exported: tables rebuilt from others (SQLite's statement_speakers from the imported statements), kept by the
 * migrator, or short-lived (rate_limits: token buckets that refill within a day; an absent bucket is a full one).
 */
export const DERIVED_TABLE = /^(articles_fts(_.*)?|statement_speakers(_.*)?|rate_limits|kysely_migration(_lock)?)$/;

/** Rows read per query while exporting. */
export const EXPORT_BATCH = 500;
/** Rows inserted per statement while importing (× ~20 columns stays under both databases' parameter limits). */
export const IMPORT_BATCH = 100;

type Row = Record<string, unknown>;
// The tables are addressed by name here; their column types are the migrations' business.
const anyDb = (db: Kysely<Database>) => db as unknown as Kysely<any>;

/** Binary columns (MinHash signatures) as `{"$base64": "…"}`. */
const encode = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Uint8Array ? { $base64: Buffer.from(v).toString('base64') } : v]));

const decode = (row: Row): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => {
    const b64 = v !== null && typeof v === 'object' ? (v as { $base64?: unknown }).$base64 : undefined;
    return [k, typeof b64 === 'string' ? Buffer.from(b64, 'base64') : v];
  }));

/**
 * The lines of an export (each without its newline), read in one transaction so that rows written
 * meanwhile by another process are all in or all out; on PostgreSQL a repeatable-read snapshot.
 */
export async function* exportLines(db: Kysely<Database>): AsyncGenerator<string> {
  let begin = anyDb(db).startTransaction();
  if (dialectOf(db) === 'postgres') begin = begin.setIsolationLevel('repeatable read').setAccessMode('read only');
  const trx = await begin.execute();
  try {
    for (const t of DUMP_TABLES) {
      // Keyset pages: each starts after the last row of the previous one, by the ordering columns.
      let after: unknown[] | undefined;
      for (;;) {
        let q = trx.selectFrom(t.table).selectAll().limit(EXPORT_BATCH);
        for (const c of t.order) q = q.orderBy(c);
        if (after) q = q.where(sql<SqlBool>`(${sql.join(t.order.map((c) => sql.ref(c)))}) > (${sql.join(after)})`);
        const rows: Row[] = await q.execute();
        for (const row of rows) yield JSON.stringify({ table: t.table, row: encode(row) });
        if (rows.length < EXPORT_BATCH) break;
        const last = rows[rows.length - 1];
        after = t.order.map((c) => last[c]);
      }
    }
  } finally {
    await trx.rollback().execute();
  }
}

/** Why an import was refused, with the line at fault (1-based) when there is one. */
export class ImportError extends Error {
  constructor(message: string, readonly line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'ImportError';
  }
}

export type ImportCounts = Record<string, number>;

/**
 * Loads an export into an empty store, in one transaction: a bad line or a crash leaves the store
 * as it was. Returns the rows imported per table.
 */
export async function importLines(db: Kysely<Database>, lines: AsyncIterable<string>): Promise<ImportCounts> {
  return anyDb(db).transaction().execute(async (trx) => {
    for (const t of DUMP_TABLES) {
      if (await trx.selectFrom(t.table).select(trx.fn.countAll().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n) > 0)) {
        throw new ImportError(`the store is not empty (table ${t.table} has rows): import into a new store`);
      }
    }
    const counts: ImportCounts = {};
    let at = 0;
    let pending: { table: string; rows: Row[] } = { table: '', rows: [] };
    const flush = async () => {
      if (!pending.rows.length) return;
      await trx.insertInto(pending.table).values(pending.rows).execute();
      if (pending.table === 'articles') {
        const keysOf = (r: Row) => shadowText(r.title as string, (r.dek ?? undefined) as string | undefined, r.text as string);
        const fts = pending.rows.map((r) => ({ rowid: r.seq, keys: dialectOf(trx) === 'sqlite' ? ftsText(keysOf(r)) : keysOf(r) }));
        await trx.insertInto('articles_fts').values(fts).execute();
      }
      counts[pending.table] = (counts[pending.table] ?? 0) + pending.rows.length;
      pending = { table: pending.table, rows: [] };
    };
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const { table, row } = parseLine(line, n);
      const index = DUMP_TABLES.findIndex((t) => t.table === table);
      if (index < 0) throw new ImportError(`unknown table ${JSON.stringify(table)}`, n);
      if (index < at) throw new ImportError(`table ${table} after ${DUMP_TABLES[at].table}: not in export order`, n);
      if (table !== pending.table || pending.rows.length >= IMPORT_BATCH) {
        await flush();
        pending = { table, rows: [] };
      }
      at = index;
      pending.rows.push(decode(row));
    }
    await flush();
    // The speakers' index, as the writer makes it for stored statements (src/store/save.ts; a trigger before migration 020).
    if (await speakersWritten(trx)) await fillSpeakerIndex(trx);
    for (const t of DUMP_TABLES) if (t.serial) await resetSequence(trx, t.table, t.serial);
    return counts;
  });
}

function parseLine(line: string, n: number): { table: string; row: Row } {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    throw new ImportError('not JSON', n);
  }
  const { table, row } = (v ?? {}) as { table?: unknown; row?: unknown };
  if (typeof table !== 'string' || row === null || typeof row !== 'object' || Array.isArray(row)) {
    throw new ImportError('expected {"table": name, "row": {…}}', n);
  }
  return { table, row: row as Row };
}
