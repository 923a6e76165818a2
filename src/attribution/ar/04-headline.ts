import { MAX_HEADLINE_SPEAKER_TOKENS } from '../constants.js';
import { colonBefore, contentRange } from '../clause.js';
import { gapHas } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc, Draft, Rule } from '../types.js';
import { opensMediaAddressee } from './addressee.js';
import { isStopWord } from './speaker.js';

/** Punctuation between two headline words that separates clauses. */
const BREAK = gapChars(',\u060C:;\u061B«»“”"');

/** True when sentence s lies in the title block. */
export function inTitle(doc: Doc, s: number): boolean {
  const sent = doc.input.sentences[s];
  return sent !== undefined && doc.input.blocks[sent.block]?.kind === 'title';
}

/** A headline "X: Y" (كيري: تصريحات خامنئي مقلقة): X is the speaker, Y what X said. */
export function headlineColon(doc: Doc, s: number, id: string): Draft | null {
  if (!inTitle(doc, s)) return null;
  const [first, last] = doc.sentTokens[s];
  for (let i = first + 1; i < Math.min(last, first + MAX_HEADLINE_SPEAKER_TOKENS + 1); i++) {
    if (!colonBefore(doc, i)) continue;
    if (doc.hits.some((h) => h.start >= first && h.start < i)) return null;
    const content = contentRange(doc, i, last);
    if (!content) return null;
    // وزير الزراعة لـ«الصحيفة»: …: the media the speaker talked to close the headline's speaker.
    let end = i;
    for (let k = first + 1; k < i; k++) if (opensMediaAddressee(doc, k)) { end = k; break; }
    return {
      rule: id, cue: [doc.tokens[i - 1].end, doc.tokens[i].start], stance: 'assert',
      speaker: { kind: 'span', start: doc.tokens[first].start, end: doc.tokens[end - 1].end, gender: '-' },
      content, direct: false, targets: [], sentence: s,
    };
  }
  return null;
}

/** A headline "X يؤكد Y" (subject first, P9): the words before the cue are the speaker. */
export function headlineSubjectFirst(doc: Doc, s: number, id: string): Draft | null {
  if (!inTitle(doc, s)) return null;
  const [first, last] = doc.sentTokens[s];
  const hit = doc.hits.find((h) => h.type === 'cue' && h.start > first && h.start < last);
  if (!hit || hit.type !== 'cue' || hit.start - first > MAX_HEADLINE_SPEAKER_TOKENS) return null;
  if (doc.lex.words.has(doc.keys[hit.start - 1])) return null;
  const content = contentRange(doc, hit.end, last);
  if (!content) return null;
  // الغارات تتواصل على «الكردستاني» وإردوغان ينفي: after a first clause, the speaker starts at its و.
  let from = doc.tokens[first].start;
  for (let p = hit.start - 1; p > first; p--) {
    if (!doc.keys[p].startsWith('و') || doc.keys[p].length <= 3) continue;
    let clause = false;
    for (let q = first; q < p && !clause; q++) clause = isStopWord(doc, q) || gapHas(doc, q + 1, BREAK);
    if (clause) from = doc.tokens[p].start + 1;
    break;
  }
  return {
    rule: id, cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance,
    speaker: { kind: 'span', start: from, end: doc.tokens[hit.start - 1].end, gender: hit.cue.gender },
    content, direct: false, targets: [], sentence: s,
  };
}

export const arHeadlineColon: Rule = { id: 'ar-headline-colon', on: 'title', apply: (doc, _h, s) => headlineColon(doc, s, 'ar-headline-colon') };
export const arHeadlineSubjectFirst: Rule = {
  id: 'ar-subject-verb', on: 'title', apply: (doc, _h, s) => headlineSubjectFirst(doc, s, 'ar-subject-verb'),
};
