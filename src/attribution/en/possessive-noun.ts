import { commaBefore, contentRange } from '../clause.js';
import { cueStartsAt, gapHas } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc, Draft, Hit } from '../types.js';
import { englishBefore } from './speaker.js';

// "To date, the president's claims of widespread voter fraud have not gained …", "despite Lee's allegations that the
// vote was rigged": a noun cue (objects.tsv: possessed-cue) reports something only after its possessor, who is the
// speaker; what was claimed runs from the cue to the verb of the sentence it sits in.

type CueHit = Extract<Hit, { type: 'cue' }>;

/** Finite verbs and auxiliaries that end the noun phrase of the content (… fraud have not gained). */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
/** Marks that end the content phrase. */
const BREAK = gapChars(',;:.!?()"“”«»\u2014\u2013');

/** The draft of a possessed noun cue at `hit`, or null when no possessor stands right before it. */
export function possessedNoun(doc: Doc, hit: CueHit, floor: number, end: number): Draft | null {
  const i = hit.start - 1;
  if (i < floor || hit.end >= end) return null;
  // (a named possessor only: "their claims of fraud" leaves "their" to an antecedent too often wrong)
  if (!/\S['’]s$/u.test(doc.tokens[i].text)) return null;
  const s = englishBefore(doc, i + 1, floor);
  if (s > i) return null;
  const speaker: Draft['speaker'] = { kind: 'span', start: doc.tokens[s].start, end: doc.tokens[i].end - 2, gender: '-' };
  // (… claims of widespread voter fraud have not gained …: the phrase up to the finite verb)
  // (… allegations that the vote was rigged: a clause after "that" runs to its break)
  // (the president's warning that …: a one-word cue form read as a noun, its "that" after it)
  const from = doc.keys[hit.end] === 'that' ? hit.end + 1 : hit.end;
  const clause = doc.keys[from - 1] === 'that';
  // (… that the vote was rigged were rejected: in a clause, a second finite word is the sentence's own verb)
  let k = from, finite = false;
  while (k < end && !(FINITE.has(doc.keys[k]) && (!clause || finite)) && !cueStartsAt(doc, k) && !(k > from && (gapHas(doc, k, BREAK) || commaBefore(doc, k)))) {
    finite ||= FINITE.has(doc.keys[k]);
    k++;
  }
  if (k === from) return null;
  const content = contentRange(doc, from, k);
  if (!content) return null;
  return {
    rule: 'en-possessed-noun', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance, speaker,
    content, direct: false, targets: [], sentence: doc.sentOf[hit.start],
  };
}
