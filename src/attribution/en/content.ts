import { MAX_TOKENS_TO_COMPLEMENT } from '../constants.js';
import { clauseEnd, colonBefore, commaBefore, contentRange } from '../clause.js';
import { speechQuoteAt } from '../ar/content.js';
import type { Doc } from '../types.js';

export interface EnContent { range: [number, number]; direct: boolean; from: number; complement: boolean }

const cls = (doc: Doc, i: number) => doc.lex.words.get(doc.keys[i]);

/**
 * What an English cue reports, from token `from`: a quotation that opens at once (or after a colon),
 * else the clause after "that" found within a few tokens (told reporters that …), else the rest of the
 * clause (the object of denied/accused …, "if …" after said).
 */
export function englishContent(doc: Doc, from: number, keepObject: boolean, limit: number): EnContent | null {
  let i = from;
  while (i < limit && cls(doc, i) === 'adverb') i++;
  if (i >= limit) return null;
  const end = Math.min(limit, clauseEnd(doc, i));
  if (i >= end) return null;
  const q = speechQuoteAt(doc, i);
  if (q) return { range: q.chars, direct: true, from: i, complement: false };
  if (colonBefore(doc, i)) {
    const range = contentRange(doc, i, end);
    return range && { range, direct: false, from: i, complement: false };
  }
  for (let k = i + 1; k < Math.min(end, i + MAX_TOKENS_TO_COMPLEMENT); k++) {
    // told the Daily Mail, "…": a quotation a few words on, after a comma or a colon.
    const later = (commaBefore(doc, k) || colonBefore(doc, k)) && speechQuoteAt(doc, k);
    if (later) return { range: later.chars, direct: true, from: k, complement: false };
  }
  for (let k = i; k < Math.min(end, i + MAX_TOKENS_TO_COMPLEMENT); k++) {
    if (k > i && commaBefore(doc, k)) break;
    if (cls(doc, k) !== 'complement') continue;
    const start = keepObject && k > i ? i : k + 1;
    const inner = speechQuoteAt(doc, k + 1);
    if (inner && start === k + 1) return { range: inner.chars, direct: true, from: start, complement: true };
    const range = contentRange(doc, start, end);
    return range && { range, direct: false, from: start, complement: true };
  }
  // An object ends at the first comma (announced his resignation, …).
  let stop = i + 1;
  while (stop < end && !commaBefore(doc, stop)) stop++;
  const range = contentRange(doc, i, stop);
  return range && { range, direct: false, from: i, complement: false };
}
