import type { Doc, Hit } from '../types.js';
import { RESUMPTIVE } from './antecedent.js';
import { marks, startsMention } from './mention-marks.js';
import { isNisba } from './nisba.js';
import { definiteAt } from './speaker-words.js';

// حمّل X المسؤولية "held X responsible": the required phrase is the verb's second object, and the one blamed (its first
// object) stands between the subject and it.

/** The lemma of holding responsible (حمّل), listed in cues.tsv with المسؤولية as its required phrase. */
const HOLD = 'حمل';

/** True when the cue is حمّل with its required المسؤولية (the verb's second object). */
export function requiresObject(hit: Extract<Hit, { type: 'cue' }>): boolean {
  return hit.required !== undefined && hit.cue.lemma === HOLD;
}

/**
 * The subject of such a verb without the one blamed: بحديث حمل فيه المالكي المسؤولية (after the resumptive فيه the noun
 * is the one blamed, the speaker is named before); حمل النجيفي المالكي المسؤولية (a phrase read up to المسؤولية ends
 * with the one blamed: a listed person or a definite noun that is neither an adjective nor a place). `j` is the word after the cue.
 */
export function subjectWithoutBlamed(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, subject: [number, number] | null): [number, number] | null {
  if (RESUMPTIVE.has(doc.keys[j])) return null;
  if (!subject || subject[1] !== hit.required![0]) return subject;
  for (let m = subject[1] - 1; m > subject[0]; m--) {
    if (marks(doc).personStarts[m] || (definiteAt(doc, m) && !isNisba(doc.keys[m]) && !startsMention(doc, m))) return [subject[0], m];
  }
  return subject;
}

/** Where the one blamed starts: after the subject, else after the cue and a resumptive فيه. */
export function blamedAt(doc: Doc, j: number, subject: [number, number] | null): number {
  return subject ? subject[1] : RESUMPTIVE.has(doc.keys[j]) ? j + 1 : j;
}
