import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { commaBefore } from '../clause.js';
import { sentenceEnd } from '../doc.js';
import type { Doc } from '../types.js';
import { isAdjunctTail, isTimeTail } from './said-object.js';
import { speakerBefore } from './speaker-before.js';

/**
 * "The mayor said he would resign, a spokesman said.": a comma, a speaker phrase and a cue closing the sentence (only a
 * time or an adjunct after it) report the whole sentence before them (en-content-said), so a content of an earlier cue
 * that runs over them ends at that comma. The token of that comma, or `end` when there is none before it.
 */
export function beforeTrailingSource(doc: Doc, from: number, end: number): number {
  for (const h of doc.hits) {
    if (h.type !== 'cue' || h.start <= from + 1 || h.start >= end || doc.sentOf[h.start] !== doc.sentOf[from]) continue;
    const last = sentenceEnd(doc, h.start);
    if (!(h.end >= last || isTimeTail(doc, h.end, last) || isAdjunctTail(doc, h.end, last))) continue;
    // (", he said", ", a spokesman for the city said": the speaker reaches back to the comma)
    const sp = speakerBefore(doc, h, from + 1);
    const s = sp && sp.kind !== 'inherit' ? doc.tokens.findIndex((t) => t.start === sp.start) : -1;
    if (s > from && h.start - s <= MAX_SPEAKER_TOKENS && commaBefore(doc, s)) return s;
  }
  return end;
}
