import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import * as m012 from './012-speaker-keys.js';

// SQLite only (PostgreSQL reads migration 015's GIN index): the speakers' keys (migration 012's table of
// ~70 rows an article, each in two b-trees, written by a trigger splitting JSON) become a contentless FTS5
// index of each statement's `speaker_keys` and stance. Storing an article cost 1.2–1.6 ms of the storing
// thread's ~4.4 ms with the rows, ~0.4 ms with the index (bench/ingest.ts): FTS5 gathers a transaction's
// terms in memory and writes each term's list once, where the rows touched a random b-tree page each.
// A row's rowid is the statement's place: its article's `seq` shifted left by SPEAKER_ROWID_SHIFT, plus its
// ordinal (both stable; a statement's own rowid is not, VACUUM may renumber it). Triggers keep the index
// in step with the statements, so writers and imports need not know of it.

/** Characters inside a word (src/text/word-spans.ts WORD_SHAPE) that FTS5's unicode61 would otherwise split it at. */
export const SPEAKER_TOKEN_CHARS = "'’-";

/** Bits of a speaker index rowid holding the statement's ordinal (an article of more statements is unheard of). */
export const SPEAKER_ROWID_SHIFT = 20;

const rowid = (row: string) => `((select seq from articles where id = ${row}.article_id) << ${SPEAKER_ROWID_SHIFT}) | ${row}.ordinal`;

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await m012.down(db);
  // contentless_delete: rows are deleted by rowid without the indexed text (SQLite 3.43). A key is a word of
  // src/text/word-spans.ts: letters, digits and marks, and the apostrophes and hyphens inside (`al-assad`); with those
  // as token characters each key is one FTS5 word, so that a match is the key itself (`al` does not find `al-assad`).
  await createSpeakerIndex(db, `unicode61 remove_diacritics 0 tokenchars '${SPEAKER_TOKEN_CHARS.replaceAll("'", "''")}'`);
  const add = (row: string) => `insert into statement_speakers (rowid, keys, stance) values (${rowid(row)}, ${row}.speaker_keys, ${row}.stance)`;
  const remove = (row: string) => `delete from statement_speakers where rowid = ${rowid(row)}`;
  await sql.raw(`create trigger statement_speakers_insert after insert on statements begin ${add('new')}; end`).execute(db);
  await sql.raw(`create trigger statement_speakers_delete after delete on statements begin ${remove('old')}; end`).execute(db);
  await sql.raw(`create trigger statement_speakers_update after update of article_id, ordinal, stance, speaker_keys on statements
    begin ${remove('old')}; ${add('new')}; end`).execute(db);
  // An article deleted by hand takes its statements with it (a cascade, after the article row is gone): its rows by range.
  await sql.raw(`create trigger statement_speakers_article_delete after delete on articles
    begin delete from statement_speakers where rowid between old.seq << ${SPEAKER_ROWID_SHIFT} and ((old.seq + 1) << ${SPEAKER_ROWID_SHIFT}) - 1; end`).execute(db);
  await fillSpeakerIndex(db);
}

/** The speakers' index, empty, split into words by `tokenize` (an FTS5 tokenizer and its options); migration 019 makes it again. */
export async function createSpeakerIndex(db: Kysely<any>, tokenize: string): Promise<void> {
  await sql.raw(`create virtual table statement_speakers using fts5(keys, stance, content = '', contentless_delete = 1, tokenize = "${tokenize}")`).execute(db);
}

/** The speakers' index filled from the stored statements. */
export async function fillSpeakerIndex(db: Kysely<any>): Promise<void> {
  await sql.raw(`insert into statement_speakers (rowid, keys, stance)
    select (a.seq << ${SPEAKER_ROWID_SHIFT}) | s.ordinal, s.speaker_keys, s.stance from statements s join articles a on a.id = s.article_id`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  for (const name of ['insert', 'delete', 'update', 'article_delete']) await sql.raw(`drop trigger if exists statement_speakers_${name}`).execute(db);
  await sql`drop table if exists statement_speakers`.execute(db);
  await m012.up(db);
}
