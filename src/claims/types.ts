import type { EntityType, Lang, Party, Stance } from '../model/index.js';

/** Where a statement stands on a claim's proposition. */
export const POSITIONS = ['for', 'against', 'unsure'] as const;
export type Position = (typeof POSITIONS)[number];

/** assert, accuse, warn and demand carry the proposition; deny rejects it; doubt cannot confirm it. */
export const POSITION_OF: Readonly<Record<Stance, Position>> = {
  assert: 'for', accuse: 'for', warn: 'for', demand: 'for', deny: 'against', doubt: 'unsure',
};

/** Why a statement is in a claim (STYLE §7: every output carries the rule that made it). */
export const JOIN_RULES = ['concept-entities', 'concept-in-article', 'concept-speaker', 'detail', 'anaphora', 'continuation', 'restatement', 'echo', 'translation', 'user-merge', 'user-move'] as const;
export type JoinRule = (typeof JOIN_RULES)[number];

export type Origin = 'auto' | 'user';

/** An entity of one article, as claims need it: id, type, the country a body stands for, mention offsets. */
export interface SourceEntity {
  id: string;
  type: EntityType | string;
  country?: string;
  /** `via`: how the mention was linked (model Mention.via), when known. */
  mentions: { start: number; end: number; via?: string }[];
}

/** A statement of one article, with offsets into ClaimSource.text. */
export interface SourceStatement {
  id: string;
  speaker: Party;
  stance: Stance;
  /** The reporting word or phrase as written (`وأشادت`, `praised`), when known. */
  cue?: string;
  content: { start: number; end: number; text: string };
  targets: Party[];
  time?: { value: string; underspecified?: boolean };
}

/** One article as claim grouping reads it, from an Analysis or from the store. */
export interface ClaimSource {
  articleId: string;
  lang: Lang;
  /** Laid-out text (title, dek, paragraphs): every offset points here. */
  text: string;
  /** End offset of the title in `text` (the title starts at 0). */
  titleEnd: number;
  title: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  ingestedAt?: string;
  entities: SourceEntity[];
  statements: SourceStatement[];
}

/** What makes a statement part of a claim: the kind of action and the entities it is about. */
export interface ClaimKey {
  concept: string;
  /** Canonical entity ids named in the content or targets (bodies lifted to their country), sorted. */
  entities: string[];
  /** The lexicon phrase that named the concept. */
  phrase: string;
}

export type KeyResult =
  | { ok: true; key: ClaimKey }
  | { ok: false; reason: 'carrier' | 'inner' | 'no-concept' | 'no-entities' };

/** A statement placed in a claim. */
export interface Member {
  statementId: string;
  articleId: string;
  position: Position;
  stance: Stance;
  rule: JoinRule;
  origin: Origin;
  speaker: Party;
  /** Distinct-source key: the speaker entity, else its normalised text. */
  speakerKey: string;
  /** The canonical entity an unlinked or `local:` speaker speaks for (frame.ts `speakerSideOf`), when known. */
  side?: string;
  content: string;
  /** Entities the content is about (for titles). */
  entities: string[];
  /** The event's actor as the content names it first (frame.ts); stored since migration 007 (none on older rows). */
  actor?: string;
  lang: Lang;
  outlet?: string;
  /** ISO date-time: statement time, else publication, else ingest. */
  date: string;
}

/** The statements of one article that are about one proposition. */
export interface ArticleGroup {
  concept: string;
  /** Up to MAX_KEY_ENTITIES most frequent canonical entities: the claim key when a claim is made from it. */
  keyEntities: string[];
  /** The actor most of the group's statements name first (frame.ts `actor`), when any does. */
  actor?: string;
  /** Every entity of the group's statements (speakers included). */
  entities: string[];
  members: Member[];
}

/** A claim as stored and matched: its key and dates. */
export interface ClaimRecord {
  id: string;
  concept: string;
  keyEntities: string[];
  title: string;
  lang: Lang;
  firstSeen: string;
  lastSeen: string;
}

export interface Claim extends ClaimRecord {
  members: Member[];
}
