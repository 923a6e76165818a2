import type { Doc } from '../types.js';
import { gapHas } from '../doc.js';
import { BREAK_BEFORE } from './speaker-before.js';

// "The ministry put the death toll at 42", "officials placed the damage at $2 billion": a verb that reports a figure
// only with an object and "at" an amount after it (objects.tsv: amount-cue); "put pressure on", "put forward a plan"
// and "placed the troops at the border" report nothing.

/** Most tokens of the object between an amount-cue and its "at" (put the number of people killed at …). */
const MAX_AMOUNT_OBJECT_TOKENS = 7;
/** Words between "at" and the figure (at least 40, at about 300, at more than 1,000, at up to 5 million). */
const AMOUNT_LEADS = new Set(['least', 'about', 'around', 'nearly', 'roughly', 'some', 'almost', 'over', 'more', 'less', 'than', 'up', 'to', 'approximately', 'an', 'estimated']);
/** Number words that may open a figure (at two dozen, at hundreds). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'millions', 'billion']);
/** Most lead words before the figure. */
const MAX_AMOUNT_LEADS = 3;

/** True when token k opens a figure: digits (in either script), a currency sign before them, or a number word. */
function figureAt(doc: Doc, k: number): boolean {
  return /^[$£€]?[\d\u0660-\u0669]/.test(doc.tokens[k].text) || /[$£€]$/.test(doc.text.slice(doc.tokens[k - 1].end, doc.tokens[k].start))
    || NUMBER_WORDS.has(doc.keys[k]);
}

/** True when a short object at `from` (before `end`) is followed by "at" and a figure, with no clause mark between. */
export function amountAfterObject(doc: Doc, from: number, end: number): boolean {
  if (from >= end || doc.keys[from] === 'at' || doc.lex.words.get(doc.keys[from]) === 'preposition') return false;
  for (let k = from + 1; k < Math.min(end - 1, from + MAX_AMOUNT_OBJECT_TOKENS + 1); k++) {
    if (gapHas(doc, k, BREAK_BEFORE)) return false;
    if (doc.keys[k] !== 'at') continue;
    let f = k + 1;
    while (f < end - 1 && f - k <= MAX_AMOUNT_LEADS && AMOUNT_LEADS.has(doc.keys[f]) && !figureAt(doc, f)) f++;
    return f < end && !gapHas(doc, f, BREAK_BEFORE) && figureAt(doc, f);
  }
  return false;
}
