import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { shadowText } from '../keys.js';
import { createSpeakerIndex, fillSpeakerIndex, SPEAKER_TOKEN_CHARS } from './018-sqlite-speaker-fts.js';

// SQLite only: less work for the storing thread an article (bench/ingest.ts; counted with callgrind, 400 articles).
// 1. The full-text indexes split their text with FTS5's `ascii` tokenizer, not `unicode61`: what they index is
//    search keys (src/store/keys.ts), words already case-folded and cut at everything but letters, digits, marks
//    and the apostrophes and hyphens inside a word, with spaces between, where unicode61 looked every character up
//    in Unicode's tables (two-fifths of SQLite's instructions storing an article). `ascii` reads every non-ASCII
//    character as part of a word, and splits at ASCII characters that are not letters or digits, as unicode61
//    did (the speakers' index keeps its apostrophes and hyphens inside words, migration 018); queries are keys too,
//    split the same way, so every search finds what it found. Two differences: the right single quote inside a word,
//    where unicode61 split, is written as `'` (./dialect.ts ftsText); and a word of a script whose vowel signs
//    unicode61 does not count as letters (Devanagari) is one term, not pieces (src/store/fts-tokenizer.test.ts).
// 2. `articles_fts` keeps no copy of its text: it held each article's keys (~10 kB, a fifth of the bytes an article
//    wrote) in a content table nothing reads: searches match and rank (bm25 reads the index and the row sizes),
//    and snippets come from the article's own text. Contentless with contentless_delete (SQLite 3.43), a row is
//    still deleted or replaced by its rowid.
// 3. statements_stance (stance): a prefix of statements_stance_filters (stance, article_id, speaker_keys),
//    one more b-tree written a statement for nothing (PostgreSQL dropped it in migration 015).

const ARTICLE_TOKENIZE = { before: 'unicode61 remove_diacritics 0', after: 'ascii' };
const SPEAKER_TOKENIZE = {
  before: `unicode61 remove_diacritics 0 tokenchars '${SPEAKER_TOKEN_CHARS.replaceAll("'", "''")}'`,
  // The right single quote is not ASCII: already part of a word.
  after: `ascii tokenchars '${SPEAKER_TOKEN_CHARS.replace('’', '').replaceAll("'", "''")}'`,
};

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql.raw(`create virtual table articles_fts_new using fts5(keys, content = '', contentless_delete = 1, tokenize = '${ARTICLE_TOKENIZE.after}')`).execute(db);
  await sql`insert into articles_fts_new (rowid, keys) select rowid, replace(keys, '’', '''') from articles_fts`.execute(db);
  await sql`drop table articles_fts`.execute(db);
  await sql`alter table articles_fts_new rename to articles_fts`.execute(db);
  await remakeSpeakerIndex(db, SPEAKER_TOKENIZE.after);
  await db.schema.dropIndex('statements_stance').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await db.schema.createIndex('statements_stance').ifNotExists().on('statements').column('stance').execute();
  await remakeSpeakerIndex(db, SPEAKER_TOKENIZE.before);
  // The text comes back from the articles, as an import makes it (src/store/dump.ts): the index cannot give it.
  await sql`drop table articles_fts`.execute(db);
  await sql.raw(`create virtual table articles_fts using fts5(keys, tokenize = '${ARTICLE_TOKENIZE.before}')`).execute(db);
  const rows = await db.selectFrom('articles').select(['seq', 'title', 'dek', 'text']).execute();
  for (const r of rows) await sql`insert into articles_fts (rowid, keys) values (${r.seq}, ${shadowText(r.title, r.dek ?? undefined, r.text)})`.execute(db);
}

/** The speakers' index made again with `tokenize` and filled from the statements (it is contentless: nothing to copy; its triggers stay). */
async function remakeSpeakerIndex(db: Kysely<any>, tokenize: string): Promise<void> {
  await sql`drop table statement_speakers`.execute(db);
  await createSpeakerIndex(db, tokenize);
  await fillSpeakerIndex(db);
}
