import type { Selectable } from 'kysely';
import type { Article, Lang, Party, Stance } from '../model/index.js';
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

export function articleToRow(a: Article, extractor: string, ingestedAt: string): Omit<ArticlesTable, 'seq'> {
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
