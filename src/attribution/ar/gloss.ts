import { colonBefore, commaBefore, isComplement } from '../clause.js';
import { insideQuote, quoteOpeningAt } from '../doc.js';
import type { Doc } from '../types.js';

// قال الرئيس إن …، في إشارة إلى العمليات …؛ وقال فلان «…»، في إشارة إلى حي …: "in reference to" after a comma, once
// what was said has opened, is the writer's gloss on it, not the speaker's words, and ends the content.

/** The words of the gloss, as match keys: في إشارة (إلى). */
const GLOSS = ['في', 'اشاره'];

/**
 * The token where a writer's gloss (، في إشارة إلى …) starts between `from` (right after a cue) and `end`, when a colon,
 * a complement particle or a quotation opened the speech before it and it stands outside any quotation; `end` when
 * there is none.
 */
export function glossStart(doc: Doc, from: number, end: number): number {
  let opened = false;
  for (let k = from; k + 1 < end; k++) {
    if (opened && commaBefore(doc, k) && doc.keys[k] === GLOSS[0] && doc.keys[k + 1] === GLOSS[1] && !insideQuote(doc, doc.tokens[k].start)) return k;
    opened ||= colonBefore(doc, k) || isComplement(doc, k) || !!quoteOpeningAt(doc, k);
  }
  return end;
}
