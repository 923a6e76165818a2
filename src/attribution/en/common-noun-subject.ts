import { cueStartsAt, gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { objectWords } from './objects.js';
import { BREAK, cls, LENIENT_WORDS, NOT_NOUN } from './phrase-bounds.js';

// A determiner-led common-noun subject before its verb (The attacker is reported …, The comments called …): the speaker
// phrase (speaker.ts) stops at its lower-case words, so clause-subject.ts and 06-label.ts take the longer of the two.

/**
 * True when token k is an irregular past (objects.tsv: past-verb) after at least one noun of a subject opened at `from`:
 * The senators met … ("the lost children", right after the article, is an adjective).
 */
const pastAfterNoun = (doc: Doc, from: number, k: number) => k > from + 1 && objectWords().get('past-verb')!.has(doc.keys[k]);

/** Finite words that may follow a common-noun subject (the attacker is …, the comments had …). */
export const FINITE_AFTER_SUBJECT: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'may', 'might']);

/**
 * End of a determiner-led common-noun subject at token `from` (The attacker is reported …, The comments called …): a
 * determiner, one to LENIENT_WORDS lower-case words of no listed class that are no verb form, then a finite verb, an
 * -ed form, an irregular past (met, held) or a cue. `from` when there is none.
 */
export function commonNounSubject(doc: Doc, from: number, limit: number): number {
  if (cls(doc, from) !== 'determiner' || !['the', 'a', 'an'].includes(doc.keys[from])) return from;
  let k = from + 1;
  while (k < limit && k - from <= LENIENT_WORDS && /^\p{Ll}/u.test(doc.tokens[k].text) && !cls(doc, k) && !NOT_NOUN.test(doc.keys[k])
    && !FINITE_AFTER_SUBJECT.has(doc.keys[k]) && !cueStartsAt(doc, k) && !gapHas(doc, k, BREAK) && !pastAfterNoun(doc, from, k)) k++;
  if (k === from + 1 || k >= limit || gapHas(doc, k, BREAK)) return from;
  return FINITE_AFTER_SUBJECT.has(doc.keys[k]) || /ed$/.test(doc.keys[k]) || cueStartsAt(doc, k) || pastAfterNoun(doc, from, k) ? k : from;
}
