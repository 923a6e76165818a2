import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import * as m012 from './012-speaker-keys.js';

// PostgreSQL only (SQLite's schema is unchanged): less of the server's CPU an article stored, where perf
// on the backend found it (bench/ingest.ts): migration 012's trigger 17%, foreign-key checks 10%.
// 1. The speakers' keys: migration 012's table (~70 rows an article, each in two btrees, written by a
//    plpgsql trigger over a transition table) gives way to a GIN index on the statements' own
//    `speaker_keys` split at spaces, which the search reads with `@>` (src/store/search-plan.ts spells
//    the index's expression as it is here, for the planner to use it). Nothing to write or keep in
//    step: imports, re-analyses and deletions keep it as they change the statements.
// 2. The foreign keys of mentions and statements (to their article, and a mention's entity): a query a
//    row (~80 an article) for what the one writer guarantees within its statement (src/store/save.ts):
//    the rows join the article that statement inserted (or the one it replaces, locked by its update);
//    entities are written before their mentions, after waiting for a concurrent writer's uncommitted
//    ones. isnad deletes no article and no entity, and never changes an id; a deletion by hand still
//    cascades to an article's rows, and is refused for an entity still mentioned, by triggers that
//    cost only deletions.
// 3. statements_stance (stance): a prefix of statements_stance_filters (stance, article_id, speaker_keys).

/** Kilobytes of the speaker-key index's pending list. */
const SPEAKER_PENDING_KB = 1024;

const FOREIGN_KEYS = [
  { table: 'mentions', name: 'mentions_article_id_fkey', column: 'article_id', references: 'articles (id)', onDelete: ' on delete cascade' },
  { table: 'mentions', name: 'mentions_entity_id_fkey', column: 'entity_id', references: 'entities (id)', onDelete: '' },
  { table: 'statements', name: 'statements_article_id_fkey', column: 'article_id', references: 'articles (id)', onDelete: ' on delete cascade' },
] as const;

/** Statement-level triggers standing in for the foreign keys' deletions: name, table, body. */
const DELETE_TRIGGERS = [
  ['articles_delete_rows', 'articles', `delete from mentions where article_id in (select id from removed);
    delete from statements where article_id in (select id from removed)`],
  ['entities_delete_unmentioned', 'entities', `if exists (select 1 from mentions m where m.entity_id in (select id from removed)) then
      raise foreign_key_violation using message = 'an entity still mentioned cannot be deleted';
    end if`],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await m012.down(db);
  // The keys without the frame's empty ends. Its pending list (new entries, merged in at once when full)
  // is read through by every search of the index: a quarter of the default 4 MB. Inserting the rows of
  // 4,000 articles' statements cost 0.04 ms an article with it (1 MB), 0.04 with 4 MB, 0.08 with 256 kB,
  // 0.17 with no list (fastupdate off).
  await sql`create index statements_speaker_keys on statements using gin ((string_to_array(btrim(speaker_keys), ' '))) with (gin_pending_list_limit = ${sql.lit(SPEAKER_PENDING_KB)})`.execute(db);
  for (const fk of FOREIGN_KEYS) await sql.raw(`alter table ${fk.table} drop constraint if exists ${fk.name}`).execute(db);
  for (const [name, table, body] of DELETE_TRIGGERS) {
    await sql.raw(`create function ${name}() returns trigger language plpgsql set search_path from current
      as $$ begin ${body}; return null; end $$`).execute(db);
    await sql.raw(`create trigger ${name} after delete on ${table} referencing old table as removed for each statement execute function ${name}()`).execute(db);
  }
  await db.schema.dropIndex('statements_stance').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await db.schema.createIndex('statements_stance').ifNotExists().on('statements').column('stance').execute();
  for (const [name, table] of DELETE_TRIGGERS) {
    await sql.raw(`drop trigger if exists ${name} on ${table}`).execute(db);
    await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  for (const fk of FOREIGN_KEYS) {
    await sql.raw(`alter table ${fk.table} add constraint ${fk.name} foreign key (${fk.column}) references ${fk.references}${fk.onDelete}`).execute(db);
  }
  await db.schema.dropIndex('statements_speaker_keys').ifExists().execute();
  await m012.up(db);
}
