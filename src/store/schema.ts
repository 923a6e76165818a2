import type { Generated } from 'kysely';

// The store's schema as a type: a wrong column fails to compile. JSON columns hold text, booleans
// integers, on SQLite and PostgreSQL alike (column types per database: src/store/dialect.ts).

export interface ArticlesTable {
  /** Row number, given by the database: the rowid of the article in articles_fts. */
  seq: Generated<number>;
  /** Article.id: the content hash. */
  id: string;
  source: string;
  url: string | null;
  canonical_url: string | null;
  outlet: string | null;
  site: string | null;
  title: string;
  dek: string | null;
  byline: string | null;
  published_at: string | null;
  language: string;
  /** JSON string[] */
  paragraphs: string;
  text: string;
  /** JSON Removed[] */
  removed: string;
  /** JSON Repair[] */
  repairs: string;
  /** JSON EncodingInfo */
  encoding: string;
  /** JSON string[] */
  warnings: string;
  /** Which extractor produced the statements (`rules@1`). */
  extractor: string;
  ingested_at: string;
}

export interface EntitiesTable {
  id: string;
  type: string;
  name: string;
  /** JSON {ar?, en?} */
  names: string;
  country: string | null;
}

export interface MentionsTable {
  article_id: string;
  entity_id: string;
  start: number;
  end: number;
  text: string;
  via: string;
}

export interface StatementsTable {
  /** `<article id>:<ordinal>` */
  id: string;
  article_id: string;
  ordinal: number;
  speaker_text: string;
  speaker_entity: string | null;
  cue: string;
  stance: string;
  content: string;
  content_start: number;
  content_end: number;
  /** 1 direct quote, 0 reported speech. */
  direct: number;
  /** JSON Party[] */
  targets: string;
  time_value: string | null;
  time_text: string | null;
  rule: string;
  /** Index into the analysis's sentences. */
  sentence: number;
  /** Space-framed search keys of the speaker text and the speaker entity's names (` k1 k2 `). */
  speaker_keys: string;
  /** Space-framed search keys of the targets, their entities' names and the content. */
  about_keys: string;
}

/**
 * The full-text index over a shadow text of search keys; rowid = articles.seq. FTS5 on SQLite; on
 * PostgreSQL a table with a generated `tsvector` column beside these (src/store/dialect.ts).
 */
export interface ArticlesFtsTable {
  rowid: number;
  keys: string;
}

export interface Database {
  articles: ArticlesTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  statements: StatementsTable;
  articles_fts: ArticlesFtsTable;
}
