import { commaBefore } from '../clause.js';
import { cueStartsAt, sourceStartsAt } from '../doc.js';
import type { Doc, Hit, SpeakerRef } from '../types.js';
import { SELF_PRONOUNS } from './own-stance.js';

// What 01-said-that.ts checks around a cue before reading `X said (that) C`: a cue form that is a noun, a modal before
// it, a quotation around the sentence, an opening passive (`Asked about the fire, …`), a source phrase at the end.

/** Words after which a cue form is a noun (there is no doubt, with little fear, beyond doubt). */
export const NOUN_BEFORE = new Set(['no', 'little', 'without', 'beyond', 'much']);

/** Objects that say a cue reported nothing (said nothing about …, revealed little). */
export const NOTHING = new Set(['nothing', 'little']);

/** The hedge (could not confirm) right after a subject pronoun at token `at`, if any. */
export function pronounThenHedge(doc: Doc, at: number): Hit | undefined {
  return SELF_PRONOUNS.has(doc.keys[at]) ? doc.hits.find((h) => h.type === 'hedge' && h.start === at + 1) : undefined;
}

/** Modals before a cue: what will or may be said is not yet a statement. */
export const FUTURE_MODALS = new Set(['will', 'would', 'shall', 'could', 'may', 'might', 'can', 'should', 'must']);
/** Cues a modal leaves a statement: "would neither confirm nor deny" is the refusal itself, made when reported. */
export const REFUSALS = new Set(['neither confirm nor deny']);

/** True when token `i` closes "let's" / "let us" (written as one token or as "let" + "s"/"us"). */
export function afterLetUs(doc: Doc, i: number, floor: number): boolean {
  if (i < floor) return false;
  return /^let['’]s$/.test(doc.keys[i]) || i > floor && doc.keys[i - 1] === 'let' && (doc.keys[i] === 'us' || doc.keys[i] === 's');
}

/** True when the sentence's first token opens inside a quotation (a quotation interrupted by the cue is 02-quote-said.ts's). */
export function quoteAround(doc: Doc, first: number): boolean {
  const at = doc.tokens[first].start;
  return doc.quotes.some((q) => q.open <= at && q.end > at);
}

/** True when "as" and a participle cue (as saying) follow the content ending at character `at`. */
export function asSayingAfter(doc: Doc, at: number, end: number): boolean {
  let k = doc.tokens.findIndex((t) => t.start >= at);
  if (k < 0) return false;
  if (doc.keys[k - 1] === 'as') k--;
  return k + 1 < end && doc.keys[k] === 'as' && /ing$/.test(doc.keys[k + 1]) && cueStartsAt(doc, k + 1);
}

/** Participles of "asked not to be …" that keep a source anonymous. */
export const ANONYMOUS = new Set(['named', 'identified', 'quoted', 'cited']);

/** Words that open a subject naming no source (No group, Nobody, None of the parties). */
export const NO_ONE = new Set(['no', 'nobody', 'none', 'neither']);
/** Words that open what someone was asked or told about (Asked whether …, Pressed on …, Told of …). */
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'why', 'how', 'when', 'who', 'of']);

/**
 * True for a past-form cue opening its sentence (after "When" at most) before a question word or a preposition,
 * with a comma later in the sentence: "Asked about the fire, the mayor said …" (not inverted "Added the mayor: …").
 */
export function openingPassive(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, floor: number, end: number): boolean {
  const at = hit.start === floor ? floor : hit.start === floor + 1 && doc.keys[floor] === 'when' ? floor + 1 : -1;
  if (at < 0 || hit.cue.kind !== 'verb' || !/(ed|told)$/.test(doc.keys[at]) || hit.end >= end) return false;
  const next = doc.keys[hit.end];
  if (!QUESTION_OPENERS.has(next) && doc.lex.words.get(next) !== 'preposition') return false;
  for (let k = hit.end + 1; k < end; k++) if (commaBefore(doc, k)) return true;
  return false;
}

/** True when a source phrase (citing, according to) at token `at` runs to the sentence end with no comma. */
export function sourceTail(doc: Doc, at: number, end: number): boolean {
  if (!sourceStartsAt(doc, at)) return false;
  for (let k = at + 1; k < end; k++) if (commaBefore(doc, k)) return false;
  return true;
}

/** Relative pronouns that leave a cue's object before them (the notion that the Founders rejected). */
const RELATIVES = new Set(['that', 'which', 'whom']);

/** True when a span speaker follows a relative pronoun in its sentence (… the notion that the Founders rejected). */
export function relativeBefore(doc: Doc, speaker: SpeakerRef, floor: number): boolean {
  if (speaker.kind !== 'span') return false;
  const at = speaker.start;
  const s0 = doc.tokens.findIndex((t) => t.start === at);
  return s0 > floor && RELATIVES.has(doc.keys[s0 - 1]);
}
