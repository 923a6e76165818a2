import type { Selectable } from 'kysely';
import type { Analysis, Article, Entity, Lang, Party, Stance } from '../model/index.js';
import type { Word } from '../text/words.js';
import { shadowText, TextKeys } from './keys.js';
import type { ArticlesTable, EntitiesTable, MentionsTable, StatementsTable } from './schema.js';

// Rows ↔ model: the only place that knows how a model field is laid out in a column.

/** A stored article as listed: enough to show a line for it. */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet?: string;
  site?: string;
  language: Lang;
  publishedAt?: string;
  source: string;
  url?: string;
  ingestedAt: string;
}

export interface StoredStatement {
  id: string;
  articleId: string;
  ordinal: number;
  speaker: Party;
  cue: string;
  stance: Stance;
  content: string;
  contentStart: number;
  contentEnd: number;
  direct: boolean;
  targets: Party[];
  time?: { value: string; text: string };
  rule: string;
  sentence: number;
}

export interface StoredEntity {
  id: string;
  type: string;
  name: string;
  names: { ar?: string; en?: string };
  country?: string;
  mentions: { start: number; end: number; text: string; via: string }[];
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/** An article's row as written (its seq is given by the database). */
export type ArticleRow = Omit<ArticlesTable, 'seq'>;

/** The columns of an ArticleRow, in one fixed order (the store's written-out INSERT). */
export const ARTICLE_COLUMNS = [
  'id', 'source', 'url', 'canonical_url', 'outlet', 'site', 'title', 'dek', 'byline', 'published_at', 'language',
  'paragraphs', 'text', 'removed', 'repairs', 'encoding', 'warnings', 'extractor', 'ingested_at',
] as const satisfies readonly (keyof ArticleRow)[];

export function articleToRow(a: Article, extractor: string, ingestedAt: string): ArticleRow {
  return {
    id: a.id,
    source: a.source,
    url: a.url ?? null,
    canonical_url: a.canonicalUrl ?? null,
    outlet: a.outlet ?? null,
    site: a.site ?? null,
    title: a.title,
    dek: a.dek ?? null,
    byline: a.byline ?? null,
    published_at: a.publishedAt ?? null,
    language: a.language,
    paragraphs: JSON.stringify(a.paragraphs),
    text: a.text,
    removed: JSON.stringify(a.removed),
    repairs: JSON.stringify(a.repairs),
    encoding: JSON.stringify(a.encoding),
    warnings: JSON.stringify(a.warnings),
    extractor,
    ingested_at: ingestedAt,
  };
}

/**
 * What an analysis writes beside its article row, made before the store is touched: pure, so that
 * it can be made on the thread that analysed (src/ingest/analyser.ts) rather than the one storing.
 */
export interface PreparedRows {
  entities: EntitiesTable[];
  mentions: MentionsTable[];
  statements: StatementsTable[];
  /** The article's full-text row: the search keys of its title, dek and text. */
  indexKeys: string;
}

/**
 * `words`, when given, are analyze's words of `a.text` (src/analyze): the keys are read off them instead of
 * scanning the texts again. a.text lays out title, dek and text in turn, between blank lines that no word
 * crosses, so its words are those of the three, in order, and give the same shadow text.
 */
export function prepareRows(a: Analysis, words?: readonly Word[]): PreparedRows {
  const { title, dek, text } = a.article;
  const keys = new TextKeys(a.text, words);
  return {
    entities: entityRows(a.entities),
    mentions: mentionRows(a.article.id, a.entities),
    statements: statementRows(a, keys),
    indexKeys: words ? keys.all() : shadowText(title, dek, text),
  };
}

/** Entity rows in id order (two writers sharing entities then lock them in one order). */
export function entityRows(entities: readonly Entity[]): EntitiesTable[] {
  return [...entities].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((e) => ({ id: e.id, type: e.type, name: e.name, names: JSON.stringify(e.names), country: e.country ?? null }));
}

/** Mention rows: one per entity and span (an analysis may name the same span twice for one entity). */
export function mentionRows(articleId: string, entities: readonly Entity[]): MentionsTable[] {
  const rows: MentionsTable[] = [];
  for (const e of entities) {
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ article_id: articleId, entity_id: e.id, start: m.start, end: m.end, text: m.text, via: m.via });
    }
  }
  return rows;
}

/** Statement rows, with the search keys of their speaker (and its entity's names) and of what they are about. */
export function statementRows(a: Analysis, keys = new TextKeys(a.text)): StatementsTable[] {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const names = (entity?: string) => {
    const e = entity ? byId.get(entity) : undefined;
    return e ? [e.name, e.names.ar, e.names.en] : [];
  };
  // Entities named inside a statement's content: "الجيش الكوري الشمالي" makes it about North Korea.
  const namedIn = (start: number, end: number) =>
    a.entities.filter((e) => e.mentions.some((m) => m.start >= start && m.end <= end)).flatMap((e) => names(e.id));
  return a.statements.map((s, ordinal) => ({
    id: `${a.article.id}:${ordinal}`,
    article_id: a.article.id,
    ordinal,
    speaker_text: s.speaker.text,
    speaker_entity: s.speaker.entity ?? null,
    cue: s.cue.text,
    stance: s.stance,
    content: s.content.text,
    content_start: s.content.start,
    content_end: s.content.end,
    direct: s.direct ? 1 : 0,
    targets: JSON.stringify(s.targets),
    time_value: s.time?.value ?? null,
    time_text: s.time?.text ?? null,
    rule: s.rule,
    sentence: s.sentence,
    speaker_keys: keys.framed(s.speaker, ...names(s.speaker.entity)),
    about_keys: keys.framed(...s.targets.flatMap((t) => [t, ...names(t.entity)]), s.content, ...namedIn(s.content.start, s.content.end)),
  }));
}

export function rowToArticle(r: Selectable<ArticlesTable>): Article {
  const a: Article = {
    id: r.id,
    source: r.source,
    title: r.title,
    language: r.language as Lang,
    paragraphs: JSON.parse(r.paragraphs),
    text: r.text,
    removed: JSON.parse(r.removed),
    repairs: JSON.parse(r.repairs),
    encoding: JSON.parse(r.encoding),
    warnings: JSON.parse(r.warnings),
  };
  const extra = {
    url: opt(r.url), canonicalUrl: opt(r.canonical_url), outlet: opt(r.outlet), site: opt(r.site),
    dek: opt(r.dek), byline: opt(r.byline), publishedAt: opt(r.published_at),
  };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (a as unknown as Record<string, unknown>)[k] = v;
  return a;
}

type SummaryRow = Pick<Selectable<ArticlesTable>, 'id' | 'title' | 'outlet' | 'site' | 'language' | 'published_at' | 'source' | 'url' | 'ingested_at'>;
export const SUMMARY_COLUMNS = ['id', 'title', 'outlet', 'site', 'language', 'published_at', 'source', 'url', 'ingested_at'] as const;

export function rowToSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    outlet: opt(r.outlet),
    site: opt(r.site),
    language: r.language as Lang,
    publishedAt: opt(r.published_at),
    source: r.source,
    url: opt(r.url),
    ingestedAt: r.ingested_at,
  };
}

export function rowToStatement(r: Selectable<StatementsTable>): StoredStatement {
  return {
    id: r.id,
    articleId: r.article_id,
    ordinal: r.ordinal,
    speaker: r.speaker_entity === null ? { text: r.speaker_text } : { text: r.speaker_text, entity: r.speaker_entity },
    cue: r.cue,
    stance: r.stance as Stance,
    content: r.content,
    contentStart: r.content_start,
    contentEnd: r.content_end,
    direct: r.direct === 1,
    targets: JSON.parse(r.targets),
    ...(r.time_value === null ? {} : { time: { value: r.time_value, text: r.time_text ?? '' } }),
    rule: r.rule,
    sentence: r.sentence,
  };
}

export function rowToEntity(r: Selectable<EntitiesTable>, mentions: Selectable<MentionsTable>[]): StoredEntity {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    names: JSON.parse(r.names),
    ...(r.country === null ? {} : { country: r.country }),
    mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, via: m.via })),
  };
}

/** The article columns a statement listing selects beside the statement (`a.title as a_title`, …). */
export interface StatementArticleColumns {
  a_title: string;
  a_outlet: string | null;
  a_language: string;
  a_published_at: string | null;
}

/** A statement row with its article's columns → the statement and a summary of the article it was said in. */
export function rowToStatementHit(r: Selectable<StatementsTable> & StatementArticleColumns) {
  return {
    ...rowToStatement(r),
    article: {
      id: r.article_id,
      title: r.a_title,
      ...(r.a_outlet === null ? {} : { outlet: r.a_outlet }),
      language: r.a_language as Lang,
      ...(r.a_published_at === null ? {} : { publishedAt: r.a_published_at }),
    },
  };
}
