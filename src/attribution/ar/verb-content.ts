import { MAX_TOKENS_QUOTE_TO_CUE, MIN_QUOTE_TOKENS } from '../constants.js';
import { CLAUSE_MARKS, commaBefore } from '../clause.js';
import { gapHas, hitStartsAt } from '../doc.js';
import type { Doc } from '../types.js';
import { arabicContent, skipAdjuncts, speechQuoteAt } from './content.js';
import { isEventNoun } from './event-nouns.js';
import { listedPlaceEnd } from './office.js';

// Where a verb–subject cue's content lies when it is not right after the subject (01-verb-subject.ts): a quotation
// before the cue, one after a relative clause on the subject, an object after a place, a content cut at a comma.

export /** «…». قال الممثل: the quotation that ends just before the cue's clause (P5). */
function quoteBefore(doc: Doc, cueStart: number): [number, number] | null {
  const from = doc.tokens[Math.max(0, cueStart - MAX_TOKENS_QUOTE_TO_CUE)]?.start ?? 0;
  const at = doc.tokens[cueStart].start;
  const q = [...doc.quotes].reverse().find((x) => x.closeEnd <= at && x.closeEnd >= from);
  if (!q || !/^[\s.,\u060C]*$/.test(doc.text.slice(q.closeEnd, at))) return null;
  const words = doc.text.slice(q.start, q.end).trim().split(/\s+/).length;
  return words >= MIN_QUOTE_TOKENS ? [q.start, q.end] : null;
}

/** Longest relative clause on a subject before a quotation that closes the sentence (قال فلان الذي … "…"), in tokens. */
const MAX_RELATIVE_TO_QUOTE_TOKENS = 24;

/**
 * The token where a long quotation opens after the relative clause at `rel`, when the quotation (or a colon before it)
 * runs to the sentence end and no other cue comes first; `rel` when there is none.
 */
export function quoteAfterRelative(doc: Doc, rel: number, end: number): number {
  for (let k = rel + 1; k < Math.min(end, rel + MAX_RELATIVE_TO_QUOTE_TOKENS); k++) {
    if (hitStartsAt(doc, k)) return rel;
    const q = speechQuoteAt(doc, k);
    if (q) return q.to >= end - 1 ? k : rel;
  }
  return rel;
}

/** Words after في that may stand between a place and the object a verb takes (في العراق أمس إصابة …). */
const MAX_WORDS_BEFORE_EVENT = 2;

/**
 * أعلنت مفوضية حقوق الإنسان في العراق عجز الحكومة …، أعلنت القيادة العامة في الحركة تشكيل فرع: for a verb that takes an
 * object, after في + a listed place (and time words) the object starts; after في + another word, an event noun at most
 * MAX_WORDS_BEFORE_EVENT words on starts it. -1 when neither reads.
 */
export function objectAfterPlace(doc: Doc, cue: { frame: ReadonlySet<string> }, fi: number, end: number): number {
  if (!cue.frame.has('obj') || fi < 0 || doc.keys[fi] !== 'في') return -1;
  const place = listedPlaceEnd(doc, fi + 1);
  if (place > fi + 1) {
    const k = skipAdjuncts(doc, place, end);
    return k < end && !gapHas(doc, k, CLAUSE_MARKS) && !doc.lex.words.has(doc.keys[k]) ? k : -1;
  }
  for (let k = fi + 2; k < Math.min(end, fi + 2 + MAX_WORDS_BEFORE_EVENT); k++) {
    if (gapHas(doc, k, CLAUSE_MARKS)) return -1;
    if (isEventNoun(doc.keys[k]) && !doc.keys[k].startsWith('ب')) return k;
  }
  return -1;
}

/** A content cut before the first comma inside it (the range of its tokens up to there). */
export function cutAtComma(doc: Doc, content: NonNullable<ReturnType<typeof arabicContent>>): NonNullable<ReturnType<typeof arabicContent>> {
  for (let k = content.from + 1; k < doc.tokens.length && doc.tokens[k].end <= content.range[1]; k++) {
    if (commaBefore(doc, k)) return { ...content, range: [content.range[0], doc.tokens[k - 1].end] };
  }
  return content;
}
