import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.js';

// The search's speaker filter (src/store/search-plan.ts) from the speaker's side: one row per key of a
// statement's speaker (`statements.speaker_keys`, space-separated) with its stance and article, so a
// rare speaker's statements of one stance and their articles are read from this index alone, where
// `speaker_keys like '% k %'` can only be tested statement by statement. Derived from `statements` by
// triggers (the writers do not know of it; an import fills it too), and filled here for stored rows.

/** The statements' speaker keys as rows `(value)`; SQLite: the space-split JSON-quoted text (a JSON string never holds a space other than the text's own). */
const SQLITE_SPLIT = (row: string) => `json_each('[' || replace(json_quote(${row}.speaker_keys), ' ', '","') || ']')`;

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  const pg = dialectOf(db) === 'postgres';
  await db.schema
    .createTable('statement_speaker_keys')
    .addColumn('key', t.text, (c) => c.notNull())
    .addColumn('stance', t.text, (c) => c.notNull())
    .addColumn('article_id', t.text, (c) => c.notNull())
    .addColumn('statement_id', t.text, (c) => c.notNull())
    // Key, then stance: a speaker's statements of one stance, their articles read from the key alone (covering).
    .addPrimaryKeyConstraint('statement_speaker_keys_pk', ['key', 'stance', 'article_id', 'statement_id'])
    .$call((b) => (pg ? b : b.modifyEnd(sql`without rowid`)))
    .execute();
  // The triggers find a deleted statement's rows by it.
  await db.schema.createIndex('statement_speaker_keys_statement').on('statement_speaker_keys').column('statement_id').execute();
  await (pg ? postgresTriggers(db) : sqliteTriggers(db));
}

async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const add = (row: string, from = '') => `insert or ignore into statement_speaker_keys (key, stance, article_id, statement_id)
    select value, ${row}.stance, ${row}.article_id, ${row}.id from ${from}${SQLITE_SPLIT(row)} where value <> ''`;
  const remove = 'delete from statement_speaker_keys where statement_id = old.id';
  await sql.raw(`create trigger statement_speaker_keys_insert after insert on statements begin ${add('new')}; end`).execute(db);
  await sql.raw(`create trigger statement_speaker_keys_delete after delete on statements begin ${remove}; end`).execute(db);
  await sql.raw(`create trigger statement_speaker_keys_update after update of id, article_id, stance, speaker_keys on statements
    begin ${remove}; ${add('new')}; end`).execute(db);
  await sql.raw(add('statements', 'statements, ')).execute(db);
}

// PostgreSQL: statement-level triggers over the transition tables (one insert per statement, not per row);
// the functions keep the search_path they were made with, so they find the store's schema.
async function postgresTriggers(db: Kysely<any>): Promise<void> {
  // Distinct rather than `on conflict do nothing`: a statement's keys may repeat, and no two statements share an id.
  const add = (rows: string) => `insert into statement_speaker_keys (key, stance, article_id, statement_id)
    select distinct k, s.stance, s.article_id, s.id from ${rows} s cross join lateral unnest(string_to_array(s.speaker_keys, ' ')) as k
    where k <> ''`;
  const remove = (rows: string) => `delete from statement_speaker_keys where statement_id in (select id from ${rows})`;
  const fn = (name: string, body: string) => sql.raw(`create function ${name}() returns trigger language plpgsql set search_path from current
    as $$ begin ${body}; return null; end $$`).execute(db);
  await fn('statement_speaker_keys_insert', add('added'));
  await fn('statement_speaker_keys_delete', remove('removed'));
  await fn('statement_speaker_keys_update', `${remove('removed')}; ${add('added')}`);
  const on = (event: string, referencing: string, name: string) =>
    sql.raw(`create trigger ${name} after ${event} on statements referencing ${referencing} for each statement execute function ${name}()`).execute(db);
  await on('insert', 'new table as added', 'statement_speaker_keys_insert');
  await on('delete', 'old table as removed', 'statement_speaker_keys_delete');
  await on('update', 'old table as removed new table as added', 'statement_speaker_keys_update');
  await sql.raw(add('statements')).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  for (const name of ['insert', 'delete', 'update'].map((e) => `statement_speaker_keys_${e}`)) {
    await sql.raw(`drop trigger if exists ${name}${pg ? ' on statements' : ''}`).execute(db);
    if (pg) await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  await db.schema.dropTable('statement_speaker_keys').execute();
}
