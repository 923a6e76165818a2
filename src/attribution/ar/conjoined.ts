import { colonBefore, commaBefore, isComplement } from '../clause.js';
import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { isConstructNoun } from './construct.js';
import { skipAdjuncts } from './content.js';
import { arabicSubject } from './speaker.js';
import { BREAK_GAP, definiteAt, isBiPhrase } from './speaker-words.js';

// وأكدت الولايات المتحدة ودول مجلس التعاون على …: subjects joined by و are one speaker.

/** Fewest letters of و + a word read as a conjoined subject (ول، وهو are shorter). */
const MIN_CONJOINED_LETTERS = 4;

/**
 * True when token k is و + the head of a second subject: a title or body word, a listed name starting after the و, or
 * a noun in construct before a definite noun or a body (ودول مجلس التعاون). Words that begin with و themselves (وجود، وسائل)
 * are none of these once the و is dropped.
 */
function conjoinedHead(doc: Doc, k: number, end: number): boolean {
  const key = doc.keys[k];
  const bare = key.slice(1);
  if (key.length < MIN_CONJOINED_LETTERS || !key.startsWith('و') || doc.lex.words.has(bare)) return false;
  if (doc.lex.titleWords.has(bare)) return true;
  const at = doc.tokens[k].start + 1;
  if (doc.input.entities.some((e) => e.mentions.some((m) => m.start === at))) return true;
  if (!isConstructNoun(bare) || k + 1 >= end || gapHas(doc, k + 1, BREAK_GAP)) return false;
  // دول مجلس التعاون: the noun after it may be in construct itself (a body word).
  const next = doc.keys[k + 1];
  return definiteAt(doc, k + 1) || doc.lex.titleWords.get(next)?.kind === 'body' || isConstructNoun(next);
}

/**
 * The end of a subject [j, k) after a VSO cue with the subjects joined to it by و, when the verb's frame comes right
 * after them (a particle, a colon, a preposition, a ب-phrase or a comma, past adverbs), or after كل من (`eachOf`): else k. Without the frame there,
 * the phrase after و may be the object (نفى الوزير وجود …) or another clause.
 */
export function conjoinedSubjectEnd(doc: Doc, k: number, end: number, eachOf = false): number {
  if (k >= end || gapHas(doc, k, BREAK_GAP) || !conjoinedHead(doc, k, end)) return k;
  // The conjunct is read with its و set aside, as a one-letter preposition is (the chunker's `lam` reading).
  const m = arabicSubject(doc, k, end, true, true);
  if (m <= k || m >= end) return k;
  // أكدت كل من فرنسا وألمانيا أهمية …: "each of" counts every conjunct, whatever follows them.
  if (eachOf) return conjoinedSubjectEnd(doc, m, end, true);
  const next = skipAdjuncts(doc, m, end);
  const framed = next < end && (isComplement(doc, next) || colonBefore(doc, next) || commaBefore(doc, m)
    || doc.lex.words.get(doc.keys[next]) === 'preposition' || isBiPhrase(doc.keys[next]));
  return framed ? m : k;
}
