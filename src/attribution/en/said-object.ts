import { MAX_SPEAKER_TOKENS, MAX_TARGET_TOKENS } from '../constants.js';
import { charRange } from '../clause.js';
import { cueStartsAt, gapBefore, gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { englishAfter } from './speaker.js';
import { BREAK_BEFORE, DOCUMENTS } from './speaker-before.js';
import { noParty } from './targets.js';

/**
 * The accused or the one asked: the object phrase after the cue. Before an infinitive (urged foreign powers to
 * leave, told Carrie Lam to resign) it is every word up to "to"; otherwise a name or title phrase (accused Iran of).
 */
export function targetsOf(doc: Doc, from: number, end: number, toFrame: boolean): [number, number][] {
  const to = toFrame ? objectBeforeTo(doc, from, end) : -1;
  const e = to > from ? to : englishAfter(doc, from, end);
  return e > from && !noParty(doc, from, e) ? [charRange(doc, from, e)] : [];
}

/**
 * Index of the "to" of an infinitive that ends a short object after the cue (no clause mark or cue word before it),
 * or -1. An object opening with a preposition (asked for the price to be kept) or a "to" before a function word
 * (appealed the decision to the court) is none.
 */
function objectBeforeTo(doc: Doc, from: number, end: number): number {
  if (doc.lex.words.get(doc.keys[from]) === 'preposition') return -1;
  for (let i = from; i < Math.min(end - 1, from + MAX_SPEAKER_TOKENS + 1); i++) {
    if (i > from && gapHas(doc, i, BREAK_BEFORE)) return -1;
    if (doc.keys[i] === 'to') return doc.lex.words.has(doc.keys[i + 1]) ? -1 : i;
    if (cueStartsAt(doc, i)) return -1;
  }
  return -1;
}

/** True when only a time phrase follows the cue to the sentence end (revealed on Saturday). */
export function isTimeTail(doc: Doc, from: number, end: number): boolean {
  if (end - from > 3 || from >= end) return false;
  const c = doc.lex.words.get(doc.keys[from]);
  return c === 'preposition' && doc.lex.words.get(doc.keys[from + 1]) === 'time';
}

/** Most tokens of a time phrase between a cue and its comma (said late on Sunday, adding …). */
const MAX_TIME_BEFORE_COMMA = 4;

/**
 * "…, the minister said Sunday, adding that …": the token after a short time phrase (Sunday, on Sunday, late Sunday)
 * that a comma closes right after the cue, else `from`.
 */
export function afterTimeBeforeComma(doc: Doc, from: number, end: number): number {
  let k = from;
  while (k < end && k - from < MAX_TIME_BEFORE_COMMA && (k === from || !commaAt(doc, k))
    && (doc.lex.words.get(doc.keys[k]) === 'time' || doc.input.times.some((t) => t.start <= doc.tokens[k].start && doc.tokens[k].end <= t.end)
      || TIME_LEADS.has(doc.keys[k]) && k + 1 < end && !commaAt(doc, k + 1))) k++;
  return k > from && k < end && commaAt(doc, k) ? k : from;
}
/** Words that lead a time phrase (on Sunday, late Sunday, early on Monday). */
const TIME_LEADS = new Set(['on', 'late', 'early', 'earlier', 'later', 'last', 'this']);
const commaAt = (doc: Doc, k: number) => /^\s*,/.test(gapBefore(doc, k));

/** Most tokens of a trailing adjunct after a cue (in a statement released on Monday). */
const MAX_ADJUNCT_TAIL_TOKENS = 6;
/** Prepositions of place, time and medium that open such an adjunct (not for/to/of/about, which may open what a cue
 * reports: asking for clarifications, appealed to the court). */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through']);
/** Finite words that make a tail a clause (said in a statement the suspect had fled). */
const FINITE_IN_TAIL = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'must', 'should']);

/**
 * "…, police said in a statement.", "…, Lee told reporters at the scene.": a prepositional adjunct alone closes the
 * sentence after the cue (no finite verb, -ed form, cue or "that" in it), so the clause before is what was said.
 */
export function isAdjunctTail(doc: Doc, from: number, end: number): boolean {
  if (from >= end || !ADJUNCT_PREPOSITIONS.has(doc.keys[from])) return false;
  // (in a statement released on Tuesday evening: a document's participle and its own adjuncts)
  const released = doc.keys.slice(from, end).findIndex((w, j) => /ed$/.test(w) && DOCUMENTS.has(doc.keys[from + j - 1]));
  if (end - from > (released > 0 ? MAX_DOCUMENT_TAIL_TOKENS : MAX_ADJUNCT_TAIL_TOKENS)) return false;
  for (let k = from; k < end; k++) {
    const key = doc.keys[k];
    // (posted is a cue of its own elsewhere; after the document it is that document's release)
    // (warned on Monday of more violence: a preposition after the time opens what was warned of)
    if (k > from && OBJECT_LINKS.has(key) && doc.lex.words.get(doc.keys[k - 1]) === 'time') return false;
    // (in a televised address: an -ed form right after an article is an adjective)
    const adjective = /ed$/.test(key) && !doc.hitStarts[k] && k > from && doc.lex.words.get(doc.keys[k - 1]) === 'determiner';
    if (FINITE_IN_TAIL.has(key) || key === 'that' || (/ed$/.test(key) || doc.hitStarts[k]) && k !== from + released && !adjective || (k > from && gapHas(doc, k, BREAK_BEFORE))) return false;
  }
  return true;
}

/** Prepositions that, after a time word in the tail, open the cue's own object (warned on Monday of …, called on Friday for …). */
const OBJECT_LINKS = new Set(['of', 'for', 'against', 'about', 'to']);

/** Most tokens of such an adjunct naming a document and its release (in a statement released on Tuesday evening). */
const MAX_DOCUMENT_TAIL_TOKENS = 10;

/** Most tokens of a manner tail after the cue (…, without giving further details about the attack). */
const MAX_MANNER_TAIL_TOKENS = 10;

/**
 * "…, the Kremlin said, without giving details.": after a comma, "without" and an -ing form close the sentence (no
 * "that" or finite verb in it): how it was said, so the clause before the cue is what was said.
 */
export function isMannerTail(doc: Doc, from: number, end: number): boolean {
  if (from + 1 >= end || end - from > MAX_MANNER_TAIL_TOKENS || doc.keys[from] !== 'without' || !/^\p{Ll}+ing$/u.test(doc.tokens[from + 1].text)
    || !gapHas(doc, from, BREAK_BEFORE) || !/,/.test(doc.text.slice(doc.tokens[from - 1].end, doc.tokens[from].start))) return false;
  for (let k = from + 2; k < end; k++) {
    if (FINITE_IN_TAIL.has(doc.keys[k]) || doc.keys[k] === 'that' || gapHas(doc, k, BREAK_BEFORE)) return false;
  }
  return true;
}

/** Most tokens of the object between an as-cue and its "as" (identified the 21-year-old suspect as …). */
const MAX_AS_OBJECT_TOKENS = 6;

/** The word after the object of an as-cue (identified the suspect as X). */
const AS_LINK = new Set(['as']);
/** The words after the object of a liable-cue (held Iran responsible for …, held them accountable). */
export const LIABLE_LINKS = new Set(['responsible', 'accountable', 'liable']);

/** True when a short object at `from` is followed by "as" (or another of `links`) before any clause mark (identified
 * the suspect as X). */
export function asAfterObject(doc: Doc, from: number, end: number, links: ReadonlySet<string> = AS_LINK): boolean {
  if (from >= end || links.has(doc.keys[from]) || doc.lex.words.get(doc.keys[from]) === 'preposition') return false;
  for (let k = from + 1; k < Math.min(end - (links === AS_LINK ? 1 : 0), from + MAX_AS_OBJECT_TOKENS + 1); k++) {
    if (gapHas(doc, k, BREAK_BEFORE)) return false;
    if (links.has(doc.keys[k])) return true;
  }
  return false;
}

/** True when "to" follows the object after the cue (told them to leave). */
export function toAfterObject(doc: Doc, from: number, end: number): boolean {
  for (let i = from + 1; i < Math.min(end, from + MAX_TARGET_TOKENS + 1); i++) if (doc.keys[i] === 'to') return true;
  return false;
}

/** Particles of motion after a verb (pressed ahead, pressed on), never the object of a demand. */
const PARTICLES = new Set(['ahead', 'forward', 'on', 'home', 'back', 'hard', 'through']);

/** True when the object after the cue is followed by "to" and a lower-case verb (invited the countries to open …). */
export function infinitiveAfterObject(doc: Doc, from: number, end: number): boolean {
  // (pressed ahead to finish, pressed on to the capital: a particle of motion is no one asked)
  if (PARTICLES.has(doc.keys[from])) return false;
  for (let i = from + 1; i < Math.min(end - 1, from + MAX_TARGET_TOKENS + 1); i++) {
    if (gapHas(doc, i, BREAK_BEFORE)) return false;
    if (doc.keys[i] === 'to') return /^\p{Ll}/u.test(doc.tokens[i + 1].text) && !doc.lex.words.has(doc.keys[i + 1]);
  }
  return false;
}

/**
 * Conjunctions that open a reduced adverbial clause after a cue (said when asked …, said while visiting …); not "as"
 * (described as "marred by …" is the content) nor "if" (said if elected he would … reports the clause).
 */
const REDUCED_CLAUSE_OPENERS = new Set(['when', 'while', 'after', 'before']);

/**
 * True when token `from` opens a reduced adverbial clause ("…," he said when asked about the funds; said after
 * meeting the envoy): a conjunction and a participle, no reported content.
 */
export function isReducedClause(doc: Doc, from: number, end: number): boolean {
  // (said when asked about it that he knew nothing, said after the vote, "…": a clause later is still the content)
  for (let k = from + 1; k < end; k++) if (doc.keys[k] === 'that' || /[,:"“]/.test(gapBefore(doc, k))) return false;
  return from + 1 < end && REDUCED_CLAUSE_OPENERS.has(doc.keys[from]) && /^\p{Ll}+(ed|ing)$/u.test(doc.tokens[from + 1].text);
}

/** Units of a length of time after "for" (argued for hours). */
const DURATION_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'while', 'long']);
/** Words counting such units (for two hours, for several days, for a week). */
const DURATION_COUNTS = new Set(['a', 'an', 'two', 'three', 'four', 'five', 'six', 'several', 'many', 'some', 'few', 'more', 'nearly', 'almost']);

/**
 * "The two sides argued for hours over the wording": "for" and a length of time after the cue, with no "that" later in
 * the sentence, tell how long something went on; nothing said is reported.
 */
export function isDurationTail(doc: Doc, from: number, end: number): boolean {
  if (from + 1 >= end || doc.keys[from] !== 'for') return false;
  const unit = DURATION_UNITS.has(doc.keys[from + 1]) ? from + 1
    : (DURATION_COUNTS.has(doc.keys[from + 1]) || /^\d+$/.test(doc.keys[from + 1])) && DURATION_UNITS.has(doc.keys[from + 2]) ? from + 2 : -1;
  return unit > 0 && !doc.keys.slice(unit + 1, end).includes('that');
}
