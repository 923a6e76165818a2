import { gapHas } from '../doc.js';
import { lazyKeySet } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { BREAK_GAP, QUANTIFIERS } from './speaker-words.js';

/** Match keys of time units (يوم، مرة، عام), from data/lexicons/ar/time-units.tsv. */
const timeUnits = lazyKeySet('ar', 'time-units.tsv');

/**
 * True when token i opens a quantified time adjunct (تؤكد كل يوم، قال كل مرة): a quantifier right before a time unit
 * means "every day", "each time"; it counts no one, so it is neither a speaker nor the head of a subject.
 */
export function quantifiedTimeAt(doc: Doc, i: number, limit: number): boolean {
  return i + 1 < limit && QUANTIFIERS.has(doc.keys[i]) && timeUnits().has(doc.keys[i + 1]) && !gapHas(doc, i + 1, BREAK_GAP);
}
