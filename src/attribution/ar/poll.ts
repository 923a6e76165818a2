import { CLAUSE_MARKS, isComplement } from '../clause.js';
import { gapBefore, gapHas, sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';

// A poll's share of its respondents (وقال 38% إنهم) is no speaker: finding one at or around a cue.

/** A percent sign or the Arabic one. */
const PERCENT = /[%\u066A]/;
/** A figure written in digits, with و/ف before it (و42). */
const FIGURE = /^[\u0648\u0641]?[0-9\u0660-\u0669]+(?:[.,\u066B][0-9\u0660-\u0669]+)?$/;

/**
 * وقال 38% إنهم، و42% قالوا إن: a share of a poll's respondents (a figure with a percent sign at token i) is no
 * speaker: a poll's results, not a statement (the poll's own report is the statement, where a verb gives it).
 */
export function pollShare(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]?.text;
  if (!t) return false;
  if (PERCENT.test(t)) return FIGURE.test(t.replace(PERCENT, ''));
  return FIGURE.test(t) && i + 1 <= doc.tokens.length && PERCENT.test(gapBefore(doc, i + 1).slice(0, 2));
}

/** How far a poll's share is looked for around a bare verb: words before it (after the last cue), words after it. */
const POLL_BACK_TOKENS = 8;
const POLL_AHEAD_TOKENS = 3;

/**
 * ومن بين 79% من المستطلعين قالوا أنهم، وقال ما مجموعه 54% إن، حيث قالوا إنهم (after أفاد 72 % من …): a bare verb
 * with a poll's share after the last cue or right after it reports the respondents, not the last speaker.
 */
export function pollAround(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, end: number): boolean {
  const last = doc.hits.filter((h) => h.type === 'cue' && h.end <= hit.start).pop();
  const from = Math.max(last ? last.end : 0, hit.start - POLL_BACK_TOKENS, sentenceStart(doc, hit.start));
  // Back to a clause mark or a particle: a share inside an earlier clause (النمو بلغ 5%، وأضاف) is none of this verb's.
  for (let i = hit.start - 1; i >= from && !gapHas(doc, i + 1, CLAUSE_MARKS); i--) {
    if (pollShare(doc, i)) return true;
    if (isComplement(doc, i)) break;
  }
  // أفاد 72 % من أصحاب العمل أنهم …، حيث قالوا: the share right after the last cue of the sentence.
  if (last && doc.sentOf[last.start] === doc.sentOf[hit.start]) {
    for (let i = last.end; i < Math.min(hit.start, last.end + POLL_AHEAD_TOKENS); i++) if (pollShare(doc, i)) return true;
  }
  for (let i = hit.end; i < Math.min(end, hit.end + POLL_AHEAD_TOKENS); i++) if (pollShare(doc, i)) return true;
  return false;
}
