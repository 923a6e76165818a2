import { colonBefore, commaBefore, isComplement, SENTENCE_END_MARKS } from '../clause.js';
import { gapHas, hitStartsAt, quoteOpeningAt } from '../doc.js';
import type { Doc } from '../types.js';
import { speechQuoteAt } from './content.js';

// ردا على سؤال …، في رده على أسئلة الصحفيين: the question a source answers names the occasion, never what was said,
// nor the source (وقال ردا على استفسار: «…» is said by the last speaker, not by "ردا").

/** "In answer" before على, as a match key (رداً، وردا). */
const ANSWER = new Set(['ردا']);
/** "His/her/their answer" after في and before على (في رده على سؤال), as match keys. */
const ANSWER_AFTER_FI = new Set(['رده', 'ردها', 'ردهم', 'ردهما']);
/** Nouns of asking after على, as match keys. */
const QUESTIONS = new Set(['سوال', 'اسيله', 'استفسار', 'استفسارات', 'تساول', 'تساولات']);
/** Words opening an indirect question (عما إذا كان يحق له أن …، هل): a particle after them is the question's own. */
const ASKING = new Set(['اذا', 'هل']);
/** Longest question after ردا على سؤال before its comma, colon, particle or quotation, in tokens. */
export const MAX_QUESTION_TOKENS = 24;

/**
 * The token where what was said starts after an answer adjunct at token `i` (ردا على سؤال حول …، / :، / أن، / «): the
 * word after the comma or colon that closes it, its particle, or a long quotation. -1 when no such adjunct starts at
 * `i`, or it runs past MAX_QUESTION_TOKENS, the sentence end or another cue.
 */
export function afterAnswerAdjunct(doc: Doc, i: number, end: number): number {
  const at = ANSWER.has(doc.keys[i]) ? i + 1 : doc.keys[i] === 'في' && ANSWER_AFTER_FI.has(doc.keys[i + 1] ?? '') ? i + 2 : -1;
  if (at < 0 || doc.keys[at] !== 'علي' || !QUESTIONS.has(doc.keys[at + 1] ?? '')) return -1;
  let asking = false;
  for (let k = at + 2; k < Math.min(end, at + 2 + MAX_QUESTION_TOKENS); k++) {
    if (gapHas(doc, k, SENTENCE_END_MARKS) || hitStartsAt(doc, k)) return -1;
    if (colonBefore(doc, k) || commaBefore(doc, k) || (isComplement(doc, k) && !asking)) return k;
    asking ||= ASKING.has(doc.keys[k]);
    // ردا على سؤال لـ«الصحيفة» حول …: a short quotation names the one asking; a long one is the answer.
    if (quoteOpeningAt(doc, k) && speechQuoteAt(doc, k)) return k;
  }
  return -1;
}
