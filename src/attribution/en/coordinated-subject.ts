import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { COMMA } from './phrase-bounds.js';
import { englishBefore } from './speaker.js';

/** Conjunctions that, after a comma, join a second report with its own subject (…, but Athens said …). */
const CLAUSE_CONJUNCTIONS = new Set(['but', 'while', 'whereas', 'and']);

/**
 * Where a reported clause from token `from` ends when a later cue in it has its own subject after ", but/while/whereas/
 * and" ("said the road would reopen, while the police said it would stay closed"): before that conjunction, as the
 * second subject and its cue are another statement (the cue's own rule reads it), not part of the first.
 */
export function beforeCoordinatedSubject(doc: Doc, from: number, end: number): number {
  for (const h of doc.hits) {
    if (h.start <= from + 1) continue;
    if (h.start >= end) break;
    if (h.type !== 'cue' || h.cue.kind === 'participle') continue;
    const s = englishBefore(doc, h.start, from + 1);
    if (s < h.start && s - 1 > from && CLAUSE_CONJUNCTIONS.has(doc.keys[s - 1]) && gapHas(doc, s - 1, COMMA)) return s - 1;
  }
  return end;
}
