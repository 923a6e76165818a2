import { gapHas } from '../doc.js';
import { lazyKeySet } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { BREAK_GAP, QUANTIFIERS } from './speaker-words.js';

/** Match keys of time units (يوم، مرة، عام), from data/lexicons/ar/time-units.tsv. */
const timeUnits = lazyKeySet('ar', 'time-units.tsv');

/**
 * مرة "once" alone, with or without و, as a match key. Other time units alone are left as read: يوم before a noun
 * (وصف يوم الاتفاق بأنه) is often the object, and skipping it leaves the verb to a wrong earlier speaker.
 */
const ONCE = 'مره';

/** True when token i is مرة "once" on its own (رأى مرة أن، ومرة قال), and no listed name. */
function onceAt(doc: Doc, i: number): boolean {
  return doc.keys[i].replace(/^و/, '') === ONCE && !startsMention(doc, i);
}

/**
 * True when token i opens a time adjunct: a quantifier right before a time unit (تؤكد كل يوم، قال كل مرة: "every day",
 * "each time"), or مرة on its own (رأى مرة أن "once", ومرة قال): it names no one, so it is neither a speaker nor the head
 * of a subject.
 */
export function timeAdjunctAt(doc: Doc, i: number, limit: number): boolean {
  if (i >= limit) return false;
  return (i + 1 < limit && QUANTIFIERS.has(doc.keys[i]) && timeUnits().has(doc.keys[i + 1]) && !gapHas(doc, i + 1, BREAK_GAP))
    || onceAt(doc, i);
}
