import { commaBefore, contentRange } from '../clause.js';
import { lazyKeySet } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { AUX } from './clause-start.js';
import { skipBackAdverbs } from './speaker.js';

// "The minister, who said the talks had failed, left the meeting early": a cue inside a relative clause set in commas
// reports only up to the comma that closes the clause; the sentence's own predicate after it ("left the meeting") is
// the writer's, no part of what was said. The clause may hold commas of its own ("who said the plan, which passed in
// May, was flawed, resigned"): the last comma before a finite verb closes it.

/** Irregular simple pasts that open a sentence's own predicate after the relative clause (…, left the meeting). */
const pastPredicates = lazyKeySet('en', 'past-predicates.tsv');

/** True when token k opens a finite predicate: an auxiliary, a regular or listed past, or a cue. */
function finiteAt(doc: Doc, k: number): boolean {
  const w = doc.keys[k] ?? '';
  return AUX.has(w) || /^[a-z]+ed$/.test(w) || pastPredicates().has(w) || !!doc.hitStarts[k];
}

/**
 * The content range cut before the comma that closes a relative clause (", who|which … cue …, VERB") when the cue at
 * token `cue` follows such a relative pronoun (adverbs and auxiliaries between); null when the cue is in none or the
 * content does not reach past that comma.
 */
export function relativeClauseEnd(doc: Doc, cue: number, floor: number, from: number, range: [number, number]): [number, number] | null {
  const k = skipBackAdverbs(doc, cue, floor);
  if (k - 1 <= floor || !(doc.keys[k - 1] === 'who' || doc.keys[k - 1] === 'which') || !commaBefore(doc, k - 1)) return null;
  let close = -1;
  for (let t = from + 1; t < doc.tokens.length && doc.tokens[t].start < range[1]; t++) {
    const at = doc.tokens[t].start;
    if (commaBefore(doc, t) && finiteAt(doc, t) && !doc.quotes.some((q) => q.start < at && q.end > at)) close = t;
  }
  return close < 0 ? null : contentRange(doc, from, close);
}
