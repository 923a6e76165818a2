import type { Block, Entity, Lang, Sentence, Stance, Statement, TimeRef } from '../model/index.js';
import type { Word } from '../text/words.js';
import type { QuoteSpan } from '../text/sentences-quotes.js';
import type { Cue, Gender, Hedge, Lexicon, Source, Title } from './lexicon/index.js';
import type { PhraseEntry } from './lexicon/phrases.js';

/** A title phrase of the lexicon found at a token, with the number of tokens it takes. */
export type TitleMatch = [PhraseEntry<Title>, number];

/** What the statement finder reads (the analysis so far). */
export interface FindInput {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  lang: Lang;
  entities: Entity[];
  times: TimeRef[];
  publishedAt?: string;
}

/** The article prepared once for every rule: tokens with keys, their sentences, the quotations. */
export interface Doc {
  input: FindInput;
  text: string;
  lex: Lexicon;
  /** The words of the whole text (shared with the entity stage: never changed). */
  tokens: readonly Word[];
  keys: string[];
  /** Sentence index of each token. */
  sentOf: number[];
  /** [first token, last token + 1] of each sentence. */
  sentTokens: [number, number][];
  quotes: QuoteSpan[];
  /** The longest title phrase starting at each token, once asked (null: none); see titleAt in doc.ts. */
  titlesAt: (TitleMatch | null | undefined)[];
  /** Punctuation in the gap before each token (and after the last), as gapChars masks (read with gapHas). */
  gaps: Int32Array;
  /** Every cue, source and doubt phrase, in text order (set once found, with setHits in doc.ts). */
  hits: Hit[];
  /** Per token, the kinds of hit starting there (HIT_* bits of doc.ts): rules ask "does a cue start at k?" per word. */
  hitStarts: Uint8Array;
}

/** A cue, source phrase or doubt phrase found at tokens [start, end). */
export type Hit =
  | { type: 'cue'; start: number; end: number; cue: Cue; prefixed: boolean; required?: [number, number] }
  | { type: 'source'; start: number; end: number; source: Source }
  | { type: 'hedge'; start: number; end: number; hedge: Hedge };

/** Who spoke, before coreference: a span of text, a pronoun to resolve, or a bare verb (pro-drop). */
export type SpeakerRef =
  | { kind: 'span'; start: number; end: number; gender: Gender }
  | { kind: 'pronoun'; start: number; end: number; gender: Gender }
  | { kind: 'inherit'; gender: Gender; sentence?: number };

/** A statement before its speaker is resolved; character offsets into the text. */
export interface Draft {
  rule: string;
  cue: [number, number];
  stance: Stance;
  speaker: SpeakerRef;
  content: [number, number];
  direct: boolean;
  /** The targets the cue's object names (none found: see contentTargets). */
  targets: [number, number][];
  sentence: number;
  /** A source cited inside another statement (وأضافت الصحيفة نقلا عن مصادر): never a later antecedent. */
  secondary?: boolean;
  /** A source who says nothing here (يرفض التصريح "declined to comment"): an antecedent for later bare verbs, no statement. */
  silent?: boolean;
  /** Where the content may name a target under the shifted stance, read once that is known (targets.ts). */
  contentTargets?: ContentTargets;
}

/**
 * A draft's content as its rule found it, for the targets read after the stance shift (the one a duty is laid on, the
 * accused of a clause): the stance and range as drafted (a later stage may change the draft's own), and in Arabic
 * whether a particle (أن، إن) opened the content, whether it is quoted, and the sentence end (a token).
 */
export type ContentTargets =
  | { lang: 'en'; stance: Stance; range: [number, number] }
  | { lang: 'ar'; stance: Stance; range: [number, number]; complement: boolean; direct: boolean; end: number };

/** A rule: a record with a reason id and the hit type it reads; returns a draft or null. */
export interface Rule {
  id: string;
  on: Hit['type'] | 'title';
  /** For `title` rules `hit` is undefined and `sentence` is a title sentence. */
  apply(doc: Doc, hit: Hit | undefined, sentence: number): Draft | null;
}

export type { Statement };
