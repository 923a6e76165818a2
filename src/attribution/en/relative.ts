import { commaBefore, contentRange } from '../clause.js';
import type { Doc } from '../types.js';
import type { EnContent } from './content.js';

type Content = EnContent;

/** "…, as news sources noted, …": the outlet's aside (as within three lower-case words before the speaker). */
export function isAside(doc: Doc, s0: number, floor: number): boolean {
  for (let j = s0 - 1; j >= Math.max(floor, s0 - 3); j--) {
    if (doc.keys[j] === 'as') return true;
    if (!/^\p{Ll}/u.test(doc.tokens[j].text) || commaBefore(doc, j + 1)) return false;
  }
  return false;
}

/** ", which [his wife] X said": "which" after a comma, at most three lower-case words before the speaker. */
function relativeWhich(doc: Doc, s0: number, floor: number): boolean {
  for (let j = s0 - 1; j > floor && j >= s0 - 4; j--) {
    if (doc.keys[j] === 'which') return commaBefore(doc, j);
    if (!/^\p{Ll}/u.test(doc.tokens[j].text)) return false;
  }
  return false;
}

/** Finite verbs that open a predicate whose subject is a relative "which" (which X said was …). */
const AUX_START = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'might', 'may']);

/** "…a plan for the march, which they rejected": the noun phrase before ", which" (at most 8 tokens back). */
function relativeAntecedent(doc: Doc, speakerStart: number, floor: number): [number, number] | null {
  const w = speakerStart - 1;
  if (w <= floor || (doc.keys[w] !== 'which' && doc.keys[w] !== 'that') || !commaBefore(doc, w)) return null;
  for (let j = w - 1; j >= Math.max(floor, w - 8); j--) {
    if (commaBefore(doc, j + 1) && j + 1 < w) return null;
    const k = doc.keys[j];
    if ((k === 'a' || k === 'an' || k === 'the') && doc.lex.words.get(doc.keys[j - 1]) !== 'preposition' && doc.keys[j - 1] !== 'of') {
      return contentRange(doc, j, w);
    }
  }
  return null;
}

/** Most tokens of a recipient phrase (the police, the city council). */
const MAX_RECIPIENT_TOKENS = 4;

/**
 * Tokens [start, end) of the recipient in "X sent the police a plan, which they rejected" or "X sent a plan to the
 * police, which they rejected", for the pronoun at token s0 after ", which": a determiner-led phrase between a verb
 * and the relative's antecedent, or after "to" inside that antecedent. Null when there is none.
 */
export function relativeRecipient(doc: Doc, s0: number, floor: number): [number, number] | null {
  const w = s0 - 1;
  if (w <= floor || doc.keys[w] !== 'which') return null;
  let j = w - 1;
  while (j > floor && !(ARTICLES.has(doc.keys[j]) && doc.lex.words.get(doc.keys[j - 1]) !== 'preposition' && doc.keys[j - 1] !== 'of')) {
    if (commaBefore(doc, j) || w - j > 8) return null;
    j--;
  }
  if (j <= floor) return null;
  // … a plan to the police, which: "to" and a determiner inside the antecedent.
  for (let t = j + 1; t + 2 < w; t++) {
    if (doc.keys[t] === 'to' && ARTICLES.has(doc.keys[t + 1])) return w - (t + 1) <= MAX_RECIPIENT_TOKENS && cleanPhrase(doc, t + 1, w) ? [t + 1, w] : null;
  }
  // sent the police a plan: a determiner-led phrase right after a lower-case verb, ending where the antecedent opens.
  for (let r = j - 1; r > floor && j - r <= MAX_RECIPIENT_TOKENS; r--) {
    if (!ARTICLES.has(doc.keys[r])) continue;
    const v = r - 1;
    const verb = /^\p{Ll}/u.test(doc.tokens[v].text) && !doc.lex.words.get(doc.keys[v]);
    return verb && cleanPhrase(doc, r, j) ? [r, j] : null;
  }
  return null;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** Whether tokens [from, to) hold no mark and no preposition or determiner after the first (the police, the city council). */
function cleanPhrase(doc: Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const c = doc.lex.words.get(doc.keys[k]);
    if (commaBefore(doc, k) || c === 'preposition' || c === 'determiner' || doc.keys[k] === 'of') return false;
  }
  return to > from + 1;
}

/**
 * What a speaker (from token s0) after a relative "which" said: "…a plan for the march, which they rejected" (the
 * antecedent, when nothing or only a comma-led phrase follows the cue at `cueEnd`), or "…since 2014, which his wife
 * said was due to memory problems" (the whole sentence). Null when the speaker opens no such relative clause.
 */
export function relativeContent(doc: Doc, s0: number, content: Content | null, cueEnd: number, floor: number, end: number): Content | null {
  // (…, which the police rejected on safety grounds: an adjunct after the cue leaves the antecedent what was rejected.)
  const adjunct = !!content && !content.direct && content.from === cueEnd && doc.keys[cueEnd] !== 'to'
    && doc.lex.words.get(doc.keys[cueEnd]) === 'preposition';
  const trailing = !content || content.from >= cueEnd && commaBefore(doc, content.from) || adjunct;
  const ante = trailing ? relativeAntecedent(doc, s0, floor) : null;
  if (ante) return { range: ante, direct: false, from: s0, complement: false };
  if (content && !content.direct && AUX_START.has(doc.keys[content.from]) && relativeWhich(doc, s0, floor)
    && !doc.hits.some((h) => h.type === 'cue' && h.start >= floor && h.start < s0)) {
    const range = contentRange(doc, floor, end);
    if (range) return { range, direct: false, from: floor, complement: false };
  }
  return null;
}
