import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { Analysis } from '../model/index.js';
import { dialectOf, ftsText } from './dialect.js';
import { SPEAKER_ROWID_SHIFT } from './migrations/018-sqlite-speaker-fts.js';
import { ARTICLE_COLUMNS, articleToRow, prepareRows, type ArticleRow, type PreparedRows } from './rows.js';
import type { Database, EntitiesTable } from './schema.js';
import { int4Array, textArray } from './pg-arrays.js';
import { prepared } from './prepared.js';
import { tsvectorBinary } from './tsvector.js';

export interface SaveOptions {
  /** Replace the statements, mentions and index of an article already stored (re-analysis). */
  replace?: boolean;
  /**
   * Runs in the same transaction once the article's rows are written (alerts to the outbox); its
   * failure stores nothing. `status` says whether the article is new or replaced an earlier analysis.
   * In a batch it may run twice for an article, the first run rolled back (saveAnalyses):
   * it writes to the transaction only.
   */
  afterSave?: (trx: Transaction<Database>, analysis: Analysis, articleId: string, status?: 'stored' | 'replaced') => Promise<unknown>;
}

export type SaveResult =
  | { status: 'stored'; id: string }
  | { status: 'replaced'; id: string }
  | { status: 'duplicate'; id: string };

/** One article of a batch and how to save it. */
export interface SaveItem {
  analysis: Analysis;
  opts?: SaveOptions;
  /** The analysis's rows when made beforehand (on the thread that analysed it): prepareRows(analysis). */
  rows?: PreparedRows;
}

/** What became of one article of a batch: saved (or found a duplicate), or failed and left out alone. */
export type SaveOutcome = { ok: true; result: SaveResult } | { ok: false; error: Error };

/**
 * Stores an analysis — article, entities, mentions, statements and the search index — in one
 * transaction, idempotently by article id: a failure leaves nothing half-written.
 */
export async function saveAnalysis(db: Kysely<Database>, a: Analysis, now: string, opts: SaveOptions = {}): Promise<SaveResult> {
  return db.transaction().execute(async (trx) => {
    const own = await speakersWritten(trx);
    const w = await writeArticle(trx, a, now, opts, prepareRows(a), own);
    await writeIndex(trx, w.index, own);
    return w.result;
  });
}

/**
 * Stores several analyses in one transaction (one commit: on SQLite the commit and the full-text
 * index's flush are most of an article's cost), each all or nothing on its own: an article that fails
 * is rolled back alone and reported, the others are stored. A crash before the commit leaves every
 * article of the batch absent, never half-written; a failed commit throws (none is stored).
 */
export async function saveAnalyses(db: Kysely<Database>, items: readonly SaveItem[], now: string): Promise<SaveOutcome[]> {
  if (!items.length) return [];
  const rowSets = items.map((it) => it.rows ?? prepareRows(it.analysis));
  // A savepoint an article is paid for a failure that rarely comes: on PostgreSQL two more round trips and
  // a subtransaction (~12% of the server's CPU storing a batch, bench/ingest.ts); on SQLite the original of
  // every page the batch already changed, copied to the savepoint's journal when the article changes it
  // again (~a fifth of the storing thread's CPU). The batch goes without them first; only one that failed
  // is stored again with them, each failure its article's alone.
  try {
    return await saveBatch(db, items, rowSets, now, false);
  } catch {
    // Reported below, as the outcome of the article that fails again (or thrown, if the batch does).
  }
  return saveBatch(db, items, rowSets, now, true);
}

/** The batch in one transaction; with `savepoints` each article in one of its own, else the first failure throws (nothing stored). */
async function saveBatch(db: Kysely<Database>, items: readonly SaveItem[], rowSets: readonly PreparedRows[], now: string, savepoints: boolean): Promise<SaveOutcome[]> {
  return db.transaction().execute(async (trx) => {
    const out: SaveOutcome[] = [];
    // By rowid: an article replaced twice in one batch keeps its last keys.
    const index = new Map<number, IndexRow>();
    // PostgreSQL: the batch's new entities first, all in one statement in id order. Written article by
    // article, two concurrent batches could each hold an entity the other's next article needs (a
    // deadlock); taken at once in one order, they wait for each other at most.
    const pg = dialectOf(trx) === 'postgres';
    const own = await speakersWritten(trx);
    if (pg) await insertEntitiesPostgres(trx, rowSets.flatMap((r) => r.entities));
    // Written: the articles' own statements need not look them up again.
    const rowsOf = (k: number): PreparedRows => (pg ? { ...rowSets[k]!, entities: [] } : rowSets[k]!);
    for (const [k, { analysis, opts }] of items.entries()) {
      if (!savepoints) {
        const w = await writeArticle(trx, analysis, now, opts ?? {}, rowsOf(k), own);
        out.push({ ok: true, result: w.result });
        for (const r of w.index) index.set(r.rowid, r);
        continue;
      }
      await sql`savepoint isnad_article`.execute(trx);
      try {
        const w = await writeArticle(trx, analysis, now, opts ?? {}, rowsOf(k), own);
        await sql`release savepoint isnad_article`.execute(trx);
        out.push({ ok: true, result: w.result });
        for (const r of w.index) index.set(r.rowid, r);
      } catch (e) {
        // Undo this article's writes only; a transaction the database itself aborted throws here and fails the batch.
        await sql`rollback to savepoint isnad_article`.execute(trx);
        await sql`release savepoint isnad_article`.execute(trx);
        out.push({ ok: false, error: e instanceof Error ? e : new Error(String(e)) });
      }
    }
    // After the savepoints: SQLite's FTS5 writes its pending index out as a new segment at every
    // savepoint once it is part of the transaction, which would undo the batching of its writes.
    await writeIndex(trx, [...index.values()], own);
    return out;
  });
}

/**
 * An article's full-text row and its statements' rows of the speakers' index, written by SQLite after the batch's
 * savepoints (PostgreSQL writes the first with the article and has no second).
 */
interface IndexRow { rowid: number; keys: string; speakers: readonly Pick<PreparedRows['statements'][number], 'ordinal' | 'speaker_keys' | 'stance'>[] }

/** Full-text rows one INSERT carries at most: one statement for a batch, as FTS5 flushes what is pending at every write statement. */
const INDEX_ROWS_PER_INSERT = 512;

/**
 * The speakers' index rows of a batch (~1,700) in one statement of one text, as a JSON array of `[rowid, keys, stance]`:
 * FTS5 writes what is pending as a segment of its own at each further statement (storing CPU −5% against 512 rows an
 * INSERT), and rows as parameters would make a text a row count.
 */
const SPEAKER_INSERT = `insert into statement_speakers (rowid, keys, stance) select value ->> 0, value ->> 1, value ->> 2 from json_each(?)`;

/** `speakers`: the statements' rows of the speakers' index are this writer's to write (speakersWritten). */
async function writeIndex(trx: Transaction<Database>, rows: readonly IndexRow[], speakers: boolean): Promise<void> {
  await insertRows(trx, 'articles_fts', ['rowid', 'keys'], rows.map((r) => [r.rowid, ftsText(r.keys)]), '', INDEX_ROWS_PER_INSERT);
  if (!speakers) return;
  // As migration 018's trigger wrote them: the statement's place as rowid, its keys as they are (that index's tokenizer keeps `’`).
  const speakerRows = rows.flatMap((r) => r.speakers.map((s) => [r.rowid * 2 ** SPEAKER_ROWID_SHIFT + s.ordinal, s.speaker_keys, s.stance]));
  if (speakerRows.length) await trx.executeQuery(CompiledQuery.raw(SPEAKER_INSERT, [JSON.stringify(speakerRows)]));
}

/**
 * Whether the schema is migration 020's (SQLite): the speakers' index is the writer's to fill, and mentions and statements
 * have no triggers or foreign keys that need a statement undone whole. Read at each transaction (one lookup a batch): a
 * store is migrated when opened, but the migrations' tests write at earlier versions (before 018 there is no speakers'
 * index, from 018 to 019 a trigger fills it, before 018 another's `insert or ignore` would fail `or fail`).
 */
export async function speakersWritten(db: Kysely<any>): Promise<boolean> {
  if (dialectOf(db) === 'postgres') return false;
  const r = await db.executeQuery<{ name: string }>(CompiledQuery.raw(SPEAKER_SCHEMA));
  return r.rows.length === 1 && r.rows[0]!.name === 'statement_speakers';
}
const SPEAKER_SCHEMA = `select name from sqlite_schema where name in ('statement_speakers', 'statement_speakers_insert')`;

/** The article's rows inside the caller's transaction: stored, replaced, or left alone as a duplicate. */
async function writeArticle(
  trx: Transaction<Database>, a: Analysis, now: string, opts: SaveOptions, rows: PreparedRows, own: boolean,
): Promise<{ result: SaveResult; index: IndexRow[] }> {
  const id = a.article.id;
  const row = articleToRow(a.article, a.extractor, now);
  // Re-analysis: the article's dependent rows go, its row is updated, and the new ones are written against its seq.
  let existing: { seq: number } | undefined;
  if (opts.replace) {
    existing = await trx.selectFrom('articles').select('seq').where('id', '=', id).executeTakeFirst();
    if (existing) {
      await trx.deleteFrom('statements').where('article_id', '=', id).execute();
      await trx.deleteFrom('mentions').where('article_id', '=', id).execute();
      await trx.deleteFrom('articles_fts').where('rowid', '=', existing.seq).execute();
      const { id: _id, ingested_at: _at, ...changed } = row;
      await trx.updateTable('articles').set(changed).where('id', '=', id).execute();
    }
  }
  const w = await (dialectOf(trx) === 'postgres' ? writeRowsPostgres : writeRowsSqlite)(trx, row, rows, existing?.seq, own);
  // An article stored meanwhile (by this batch, or another writer: the insert waits for it) is a duplicate.
  if (!w) return { result: { status: 'duplicate', id }, index: [] };
  const status = existing ? 'replaced' : 'stored';
  await opts.afterSave?.(trx, a, id, status);
  return { result: { status, id }, index: w.index };
}

// SQLite: plain multi-row INSERTs of bound values, their text made once per table and row count
// (SQLITE_CHUNK rows at most, so a handful of texts that connect.ts keeps prepared); round trips
// cost nothing in-process. From migration 020 on, entities, mentions and statements go `or fail`: a constraint that
// fails stops the statement without undoing its earlier rows, which the transaction or the article's savepoint undoes
// (saveBatch), and SQLite then keeps no statement journal for it (a copy of every page the batch changed before).

/** Rows one SQLite INSERT carries at most. */
const SQLITE_CHUNK = 16;
const insertTexts = new Map<string, string>();

async function insertRows(
  trx: Transaction<Database>, table: string, columns: readonly string[], rows: readonly unknown[][], suffix = '', perInsert = SQLITE_CHUNK,
  verb: 'insert' | 'insert or fail' = 'insert',
): Promise<void> {
  for (let i = 0; i < rows.length; i += perInsert) {
    const chunk = rows.slice(i, i + perInsert);
    const key = `${verb}:${table}:${chunk.length}:${suffix}`;
    let text = insertTexts.get(key);
    if (!text) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      insertTexts.set(key, (text = `${verb} into ${table} (${cols(columns)}) values ${chunk.map(() => tuple).join(', ')}${suffix}`));
    }
    await trx.executeQuery(CompiledQuery.raw(text, chunk.flat()));
  }
}

const cols = (names: readonly string[]) => names.map((c) => `"${c}"`).join(', ');
const ENTITY_COLUMNS = ['id', 'type', 'name', 'names', 'country'] as const;
const MENTION_COLUMNS = ['article_id', 'entity_id', 'start', 'end', 'text', 'via'] as const;
const STATEMENT_COLUMNS = [
  'id', 'article_id', 'ordinal', 'speaker_text', 'speaker_entity', 'cue', 'stance', 'content', 'content_start', 'content_end',
  'direct', 'targets', 'time_value', 'time_text', 'rule', 'sentence', 'speaker_keys', 'about_keys',
] as const;
const values = <R, K extends keyof R>(rows: readonly R[], columns: readonly K[]) => rows.map((r) => columns.map((c) => r[c]));

const SQLITE_ARTICLE = `insert into articles (${cols(ARTICLE_COLUMNS)}) values (${ARTICLE_COLUMNS.map(() => '?').join(', ')}) on conflict (id) do nothing returning seq`;

async function writeRowsSqlite(
  trx: Transaction<Database>, row: ArticleRow, rows: PreparedRows, seq: number | undefined, own: boolean,
): Promise<{ index: IndexRow[] } | undefined> {
  if (seq === undefined) {
    const r = await trx.executeQuery<{ seq: number }>(CompiledQuery.raw(SQLITE_ARTICLE, ARTICLE_COLUMNS.map((c) => row[c])));
    if (!r.rows.length) return undefined;
    seq = r.rows[0]!.seq;
  }
  const verb = own ? 'insert or fail' : 'insert';
  await insertRows(trx, 'entities', ENTITY_COLUMNS, values(rows.entities, ENTITY_COLUMNS), ' on conflict (id) do nothing', SQLITE_CHUNK, verb);
  await insertRows(trx, 'mentions', MENTION_COLUMNS, values(rows.mentions, MENTION_COLUMNS), '', SQLITE_CHUNK, verb);
  await insertRows(trx, 'statements', STATEMENT_COLUMNS, values(rows.statements, STATEMENT_COLUMNS), '', SQLITE_CHUNK, verb);
  return { index: [{ rowid: seq, keys: rows.indexKeys, speakers: rows.statements }] };
}

/**
 * PostgreSQL: one statement, data-modifying CTEs in order, so an article costs one round trip whatever
 * its size. The article's columns are parameters of their own (its text is most of the bytes: parsed as
 * JSON it cost the server more than storing it), mentions and statements one binary array a column
 * (./pg-arrays.ts), the few entities JSON; they join `a`, so a duplicate (no row returned by the insert)
 * writes nothing. This statement is what holds mentions and statements to an article and entities that
 * exist (migration 015 dropped those foreign keys, a query a row): they join the article it inserts (or
 * the one being replaced), and their entities are written with them or before. The full-text vector comes made
 * (./tsvector.ts), or null for the server to make. Entities already committed are left out before the
 * upsert: an INSERT … ON CONFLICT of a row another open transaction wrote waits for it, so a country
 * named in most articles would queue concurrent workers behind each other; the rest go in id order, so
 * two writers lock shared ones in one order. Each is looked up by its key (a scalar subquery: `not
 * exists` let the planner hash the whole table an article). Prepared once per connection (./prepared.ts).
 */
function postgresText(existing: boolean): string {
  let n = existing ? 1 : ARTICLE_COLUMNS.length;
  const article = existing
    ? 'select seq from articles where id = $1'
    : `insert into articles (${cols(ARTICLE_COLUMNS)}) values (${ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) on conflict (id) do nothing returning seq`;
  const entities = ++n;
  const unnest = (columns: readonly string[]) =>
    `select ${columns.map((c) => `x."${c}"`).join(', ')} from unnest(${columns.map((c) => `$${++n}::${INT_COLUMNS.has(c) ? 'int4' : 'text'}[]`).join(', ')}) x (${cols(columns)})`;
  const mentions = unnest(MENTION_COLUMNS);
  const statements = unnest(STATEMENT_COLUMNS);
  return `with a as (${article}),
    e as (insert into entities (${cols(ENTITY_COLUMNS)}) select ${ENTITY_COLUMNS.map((c) => `x."${c}"`).join(', ')} from json_populate_recordset(null::entities, $${entities}::json) x
      where exists (select 1 from a) and ${ENTITY_ABSENT} order by x.id on conflict (id) do nothing),
    m as (insert into mentions (${cols(MENTION_COLUMNS)}) ${mentions} cross join a),
    s as (insert into statements (${cols(STATEMENT_COLUMNS)}) ${statements} cross join a),
    f as (insert into articles_fts (rowid, keys, tsv) select a.seq, $${n + 1}::text, $${n + 2}::tsvector from a)
    select seq from a`;
}
/** Integer columns of mentions and statements (int4 arrays); the others are text. */
const INT_COLUMNS = new Set(['start', 'end', 'ordinal', 'content_start', 'content_end', 'direct', 'sentence']);
/** One binary array parameter per column of the rows, in column order (text or int4 as INT_COLUMNS says). */
const arrays = <R, K extends keyof R & string>(rows: readonly R[], columns: readonly K[]) =>
  columns.map((c) => (INT_COLUMNS.has(c) ? int4Array(rows.map((r) => r[c] as number | null)) : textArray(rows.map((r) => r[c] as string | null))));
/** `x.id` is not stored yet: one index probe per row. */
const ENTITY_ABSENT = '(select true from entities s where s.id = x.id) is null';
const POSTGRES = { insert: prepared(postgresText(false)), existing: prepared(postgresText(true)) };

const POSTGRES_ENTITIES = prepared(`insert into entities (${cols(ENTITY_COLUMNS)}) select distinct on (x.id) ${ENTITY_COLUMNS.map((c) => `x."${c}"`).join(', ')}
  from json_populate_recordset(null::entities, $1::json) x
  where ${ENTITY_ABSENT} order by x.id on conflict (id) do nothing`);

async function insertEntitiesPostgres(trx: Transaction<Database>, rows: readonly EntitiesTable[]): Promise<void> {
  if (rows.length) await trx.executeQuery(CompiledQuery.raw(POSTGRES_ENTITIES, [JSON.stringify(rows)]));
}

async function writeRowsPostgres(trx: Transaction<Database>, row: ArticleRow, rows: PreparedRows, seq: number | undefined): Promise<{ index: IndexRow[] } | undefined> {
  const params = [
    ...(seq === undefined ? ARTICLE_COLUMNS.map((c) => row[c]) : [row.id]),
    JSON.stringify(rows.entities), ...arrays(rows.mentions, MENTION_COLUMNS), ...arrays(rows.statements, STATEMENT_COLUMNS),
    rows.indexKeys, tsvectorBinary(rows.indexKeys),
  ];
  const r = await trx.executeQuery<{ seq: number }>(CompiledQuery.raw(seq === undefined ? POSTGRES.insert : POSTGRES.existing, params));
  return r.rows.length ? { index: [] } : undefined;
}
