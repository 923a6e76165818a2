import { commaBefore } from '../clause.js';
import { gapBefore } from '../doc.js';
import type { Doc } from '../types.js';
import { PREDICATE_OPENERS } from './long-subject.js';

/** Most tokens of the addressee closing a tell-cue set in commas (told reporters, told the BBC, told state media). */
const MAX_ASIDE_ADDRESSEE = 4;

/**
 * "Rescue teams, the governor told reporters, were still searching": after a tell-cue set in commas, a short addressee,
 * a comma and a predicate opener carry on the clause the aside interrupts. The token opening that predicate, or -1.
 */
export function tellAsidePredicate(doc: Doc, after: number, end: number): number {
  for (let j = after + 1; j < end && j - after <= MAX_ASIDE_ADDRESSEE; j++) {
    if (/[.;:!?()"“”—–]/.test(gapBefore(doc, j))) return -1;
    if (commaBefore(doc, j)) return PREDICATE_OPENERS.has(doc.keys[j]) ? j : -1;
  }
  return -1;
}
