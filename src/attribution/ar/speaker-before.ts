import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { gapBefore, gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { marks } from './mention-marks.js';
import { placesSource } from './source-place.js';
import { BREAK, BREAK_GAP, isStopWord, isTitle, loneQuantifier } from './speaker-words.js';
import { timeAdjunctAt } from './time-adjunct.js';

// The speaker phrase before an SVO cue (لكن الرئيس … قال) or a doubt phrase, read backwards to a clause boundary.

/** Punctuation before token k that ends a phrase read backwards: quotation marks around a name (وزير التعليم "د. عزام الدخيل" قال) and the dot of د. do not. */
function breaksBackward(doc: Doc, k: number): boolean {
  if (!gapHas(doc, k, BREAK_GAP)) return false; // dropping marks from a gap with none to drop changes nothing
  let gap = gapBefore(doc, k);
  // A quoted name continues back into the title before it, never into anything else.
  if (k > 0 && isTitle(doc, k - 1)) gap = gap.replace(/[«»“”"]/g, '');
  if (k > 0 && doc.keys[k - 1].length === 1) gap = gap.replace('.', '');
  return BREAK.test(gap);
}

/** The phrase ending just before token `end` back to a clause boundary (for SVO and doubt phrases); none for مرة "once" alone (ومرة قال). */
export function arabicSubjectBefore(doc: Doc, end: number, floor: number): number {
  let k = end;
  while (k > floor && end - k < MAX_SPEAKER_TOKENS) {
    const i = k - 1;
    if (isStopWord(doc, i) && !(i > floor && placesSource(doc, i))) break;
    if (marks(doc).hitEnd[k]) break;
    if (k < end && breaksBackward(doc, k)) break;
    k--;
  }
  return loneQuantifier(doc, k, end) || (end - k === 1 && timeAdjunctAt(doc, k, end)) ? end : k;
}
