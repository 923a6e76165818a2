import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { SPEAKER_ROWID_SHIFT } from './018-sqlite-speaker-fts.js';

// SQLite only (PostgreSQL dropped these foreign keys in migration 015 and has no speakers' index): storing a batch
// without a statement journal an INSERT (bench/ingest.ts; the storing thread's CPU an article −20–25%, 6,000 articles).
// SQLite opens a statement journal for an INSERT that writes several rows and may fail half-way, and copies into it
// every page the batch already changed before the INSERT changes it again. Two things made every INSERT of mentions
// and statements one (src/store/save.ts now writes them `or fail`, which its transaction or savepoint undoes whole):
// 1. The speakers' index was written by a trigger on statements: an FTS5 table opens a statement journal for any
//    statement writing it, and FTS5 writes its pending terms out as a new segment at each one, so an article's statements
//    made a segment of their own, merged again and again. src/store/save.ts now writes the batch's rows in one INSERT
//    after the full-text rows (the import fills it from the statements, src/store/dump.ts); the delete and update
//    triggers stay (a replaced article's statements still take their rows with them).
// 2. The foreign keys of mentions (to articles and entities) and statements (to articles): an immediate key checked by
//    a statement of several rows may fail it half-way. The writer holds them, as on PostgreSQL: an article's mentions
//    and statements are written in its transaction right after it, its entities before them. The tables are made again
//    without them; what they did on a deletion by hand, triggers do (an article takes its rows with it, an entity still
//    mentioned is not deleted), as migration 015's do on PostgreSQL.

/** The tables made again without their foreign keys, as migration 001 made them but for those. */
const TABLES = {
  mentions: {
    plain: `"article_id" text not null, "entity_id" text not null, "start" integer not null, "end" integer not null, "text" text not null, "via" text not null,
      constraint "mentions_pk" primary key ("article_id", "start", "end", "entity_id")`,
    keyed: `"article_id" text not null references "articles" ("id") on delete cascade, "entity_id" text not null references "entities" ("id"),
      "start" integer not null, "end" integer not null, "text" text not null, "via" text not null,
      constraint "mentions_pk" primary key ("article_id", "start", "end", "entity_id")`,
  },
  statements: {
    plain: statementColumns('"article_id" text not null'),
    keyed: statementColumns('"article_id" text not null references "articles" ("id") on delete cascade'),
  },
} as const;

function statementColumns(articleId: string): string {
  return `"id" text primary key, ${articleId}, "ordinal" integer not null, "speaker_text" text not null, "speaker_entity" text,
    "cue" text not null, "stance" text not null check (stance in ('assert', 'deny', 'accuse', 'doubt', 'warn', 'demand')), "content" text not null,
    "content_start" integer not null, "content_end" integer not null, "direct" integer not null, "targets" text not null, "time_value" text,
    "time_text" text, "rule" text not null, "sentence" integer not null, "speaker_keys" text not null, "about_keys" text not null`;
}

/** Migration 018's trigger that wrote a statement's row of the speakers' index. */
const SPEAKER_INSERT_TRIGGER = 'statement_speakers_insert';
const speakerRowid = (row: string) => `((select seq from articles where id = ${row}.article_id) << ${SPEAKER_ROWID_SHIFT}) | ${row}.ordinal`;

/** What the foreign keys did on a deletion by hand (isnad deletes no article or entity): an article's rows go with it, an entity still mentioned stays. */
const DELETE_TRIGGERS = {
  articles_delete_rows: `after delete on articles
    begin delete from mentions where article_id = old.id; delete from statements where article_id = old.id; end`,
  entities_delete_unmentioned: `before delete on entities when exists (select 1 from mentions where entity_id = old.id)
    begin select raise(abort, 'FOREIGN KEY constraint failed: an entity still mentioned cannot be deleted'); end`,
};

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql.raw(`drop trigger if exists ${SPEAKER_INSERT_TRIGGER}`).execute(db);
  for (const [table, columns] of Object.entries(TABLES)) await remake(db, table, columns.plain);
  for (const [name, body] of Object.entries(DELETE_TRIGGERS)) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  for (const name of Object.keys(DELETE_TRIGGERS)) await sql.raw(`drop trigger if exists ${name}`).execute(db);
  for (const [table, columns] of Object.entries(TABLES)) await remake(db, table, columns.keyed);
  await sql.raw(`create trigger ${SPEAKER_INSERT_TRIGGER} after insert on statements
    begin insert into statement_speakers (rowid, keys, stance) values (${speakerRowid('new')}, new.speaker_keys, new.stance); end`).execute(db);
}

/**
 * `table` made again with `columns` and its rows (by column name), indexes and triggers (SQLite cannot change a table's constraints):
 * the new table is filled and renamed over the old, whose indexes and triggers went with it and are made again as
 * they were.
 */
async function remake(db: Kysely<any>, table: string, columns: string): Promise<void> {
  const { rows: dependents } = await sql<{ sql: string }>`select sql from sqlite_schema
    where tbl_name = ${table} and type in ('index', 'trigger') and sql is not null order by type, name`.execute(db);
  const { rows: names } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  const list = names.map((c) => `"${c.name}"`).join(', ');
  await sql.raw(`create table "${table}_new" (${columns})`).execute(db);
  await sql.raw(`insert into "${table}_new" (${list}) select ${list} from "${table}"`).execute(db);
  await sql.raw(`drop table "${table}"`).execute(db);
  await sql.raw(`alter table "${table}_new" rename to "${table}"`).execute(db);
  for (const d of dependents) await sql.raw(d.sql).execute(db);
}
