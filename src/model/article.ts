import type { Lang } from './lang.js';

/** A line or block dropped from the article, and why. */
export interface Removed {
  text: string;
  reason: RemovedReason;
}

export type RemovedReason =
  | 'share'
  | 'subscribe'
  | 'discover-more'
  | 'related'
  | 'cookie'
  | 'newsletter'
  | 'navigation'
  | 'advertising'
  | 'comments'
  | 'byline'
  | 'dateline'
  | 'credit'
  | 'boilerplate';

/** A repair of translation or encoding damage, listed so that it can be reviewed. */
export interface Repair {
  kind: RepairKind;
  /** The damaged text (a short window around the damage). */
  before: string;
  /** The same window repaired. */
  after: string;
  /** Which block it was in: `title`, `dek` or a paragraph index. */
  where: 'title' | 'dek' | number;
}

export type RepairKind =
  | 'doubled-quotes'
  | 'unbalanced-quote'
  | 'bidi-controls'
  | 'space-before-punctuation'
  | 'presentation-forms'
  | 'whitespace';

/** How the bytes were decoded, and how sure we are. */
export interface EncodingInfo {
  /** The encoding used to decode (WHATWG label, lower case: `utf-8`, `windows-1256`, `iso-8859-6`, `utf-16le`). */
  name: string;
  /** Where the choice came from. */
  from: 'bom' | 'header' | 'meta' | 'detected' | 'default';
  /** A declared charset that was wrong, when we overrode it. */
  overridden?: string;
}

/** The clean article: the output of extraction, the input of analysis. */
export interface Article {
  /** Content hash of the normalised title + text: the idempotency key in the store. */
  id: string;
  /** The input this came from (see Document.source). */
  source: string;
  url?: string;
  canonicalUrl?: string;
  /** The original outlet that wrote the article (`RT World News`). */
  outlet?: string;
  /** The site that republished it, when apart from the outlet (`موقع تجاربنا`). */
  site?: string;
  title: string;
  /** The standfirst / description. */
  dek?: string;
  byline?: string;
  /** ISO 8601 date or date-time of publication, when known. */
  publishedAt?: string;
  language: Lang;
  /** Body paragraphs, display text (never normalised). */
  paragraphs: string[];
  /** The main text: paragraphs joined by a blank line. */
  text: string;
  removed: Removed[];
  repairs: Repair[];
  encoding: EncodingInfo;
  /** Things a user should know (a declared charset that lied, a guessed date). */
  warnings: string[];
}
