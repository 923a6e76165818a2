import { afterInitial, gapHas } from '../doc.js';
import type { Doc, SpeakerRef } from '../types.js';
import { BREAK, CAPITAL, COMMA } from './phrase-bounds.js';
import { englishAfter } from './speaker.js';

// The name subject of a subordinate clause, for a participle that ends that clause and has no subject of its own
// (…, where Dr. X was met with applause upon announcing …); read by clause-subject.ts.

/** Words that open a clause of its own after a comma (…, where Dr. X was met …). */
const SUBORDINATORS = new Set(['where', 'when', 'while', 'whereas', 'after', 'because', 'since']);

/**
 * The name subject of the last subordinate clause before token `at` in the sentence (from `floor`): "…, where Dr. Tomasz
 * Stefaniak was met with applause upon announcing …" → Dr. Tomasz Stefaniak; null when no such clause, or a comma
 * between it and `at`.
 */
export function subordinateSubject(doc: Doc, floor: number, at: number): SpeakerRef | null {
  for (let w = at - 2; w > floor; w--) {
    if (gapHas(doc, w + 1, BREAK) && !afterInitial(doc, w + 1) && !afterAbbreviation(doc, w + 1)) return null;
    if (!SUBORDINATORS.has(doc.keys[w]) || !gapHas(doc, w, COMMA)) continue;
    const e = englishAfter(doc, afterAbbreviation(doc, w + 2) ? w + 2 : w + 1, at);
    if (e - (w + 1) < 2 || !CAPITAL.test(doc.tokens[w + 1].text)) return null;
    return { kind: 'span', start: doc.tokens[w + 1].start, end: doc.tokens[e - 1].end, gender: '-' };
  }
  return null;
}

/** True when token i follows a short capitalised abbreviation and its full stop (Dr. Tomasz, Gen. Smith). */
function afterAbbreviation(doc: Doc, i: number): boolean {
  return i > 0 && i < doc.tokens.length && /^\p{Lu}\p{Ll}{0,2}$/u.test(doc.tokens[i - 1].text) && /^\.\s$/.test(doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start))
    && CAPITAL.test(doc.tokens[i].text);
}
