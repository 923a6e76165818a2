import { gapBefore } from '../doc.js';
import type { Doc } from '../types.js';
import { objectWords } from './objects.js';

// "Police believe the gunman acted alone": a belief's clause often has a past verb and no object after it, which
// isClauseStart (clause-start.ts) does not take for a clause: elsewhere "the roads damaged in the storm" is a reduced
// relative. Read only after a belief-cue (objects.tsv), where a noun and a past form are rarely anything but a clause.

/** Most words of the clause's subject before its past verb (the gunman, the two suspects). */
const MAX_SUBJECT_WORDS = 3;
/** A lower-case regular past (acted, started). */
const REGULAR_PAST = /^\p{Ll}+ed$/u;

/** True when a belief-cue lemma is followed at token `i` by a short subject and a past verb not opening a passive "by". */
export function beliefClauseAt(doc: Doc, lemma: string, i: number, end: number): boolean {
  if (!objectWords().get('belief-cue')!.has(lemma)) return false;
  const cls = (k: number) => doc.lex.words.get(doc.keys[k]);
  if (i >= end || cls(i) && cls(i) !== 'determiner') return false;
  for (let k = i + 1; k < end && k <= i + MAX_SUBJECT_WORDS; k++) {
    if (/[^\s]/.test(gapBefore(doc, k))) return false;
    const past = REGULAR_PAST.test(doc.tokens[k].text) || objectWords().get('past-verb')!.has(doc.keys[k]);
    // (believe the claims made by the rebels: a past form before "by" is a passive participle)
    if (past) return k + 1 >= end || doc.keys[k + 1] !== 'by';
    if (cls(k)) return false;
  }
  return false;
}
