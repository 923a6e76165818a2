import type { Article } from './article.js';

export const STANCES = ['assert', 'deny', 'accuse', 'doubt', 'warn', 'demand'] as const;
export type Stance = (typeof STANCES)[number];

export const ENTITY_TYPES = ['person', 'org', 'country', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A half-open character range [start, end) into Analysis.text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One block of Analysis.text: the title, the dek or a body paragraph. */
export interface Block {
  kind: 'title' | 'dek' | 'paragraph';
  /** Paragraph index for `paragraph`, 0 otherwise. */
  index: number;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into Analysis.blocks. */
  block: number;
}

export interface Mention extends Span {
  /** Canonical entity id (`Analysis.entities[].id`). */
  entity: string;
  /** How the mention was linked, for tracing (`gazetteer`, `chunk`, `surname`, `role`, `skeleton`). */
  via: string;
}

export interface Entity {
  /** Stable id: `Q`-style gazetteer id (`country:KP`, `person:peskov`) or `local:<slug>` for one found only in this article. */
  id: string;
  type: EntityType;
  /** Display name in the article's language when known, else English. */
  name: string;
  names: { ar?: string; en?: string };
  /** For a body or a capital: the country it stands for (`country:RU`). */
  country?: string;
  mentions: Mention[];
}

/** A date or interval a sentence refers to, resolved against the article's date. */
export interface TimeRef extends Span {
  /** ISO date (`2024-10-14`), month (`2024-06`) or interval (`2024-10-07/2024-10-13`). */
  value: string;
  /** True when resolved from a relative expression without a publication date to anchor it. */
  underspecified?: boolean;
}

export interface Party {
  text: string;
  entity?: string;
  start?: number;
  end?: number;
}

export interface Statement {
  speaker: Party;
  cue: Span;
  stance: Stance;
  content: Span;
  direct: boolean;
  targets: Party[];
  time?: TimeRef;
  /** Id of the rule that produced the statement (`ar-verb-subject-anna`). */
  rule: string;
  /** Index into Analysis.sentences of the sentence holding the cue. */
  sentence: number;
}

/** The output of analysis: the article plus what was found in it. */
export interface Analysis {
  article: Article;
  /** title, dek and paragraphs joined by blank lines; every offset points here. */
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  entities: Entity[];
  times: TimeRef[];
  statements: Statement[];
  /** Which extractor produced the statements (`rules@1`). */
  extractor: string;
}
