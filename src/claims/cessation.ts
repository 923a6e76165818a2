import type { Lang } from '../model/index.js';
import { tokenize } from '../text/tokens.js';
import { CESSATION_LOOKBACK_WORDS } from './constants.js';
import { hasRole } from './frame-words.js';

// An act's phrase governed by a word of cessation (`بالتوقف فورا عن الهجمات`, `to stop the attacks`) names what is to
// end, not an act that happened: a call to stop attacks, or a refusal to, is another proposition than the attacks
// (R1). Frame.ts reads no event from such a phrase of a broad concept (an act); ending a state (`إنهاء الهدنة`, the
// truce) still tells of the state. A word of extension (`لمد مهمات قصف التنظيم`, `to expand the strikes`) likewise makes
// the act a plan, a change of its course, not an incident reported.

/**
 * Does a word of cessation or extension (frame-words.ts `cease`, `extend`), not right after a negation (`negation`),
 * stand among the CESSATION_LOOKBACK_WORDS words before the event phrase starting at `at` (within [from, at))?
 */
export function isCeased(text: string, lang: Lang, from: number, at: number): boolean {
  const toks = tokenize(text, from, at);
  const first = toks.length - CESSATION_LOOKBACK_WORDS;
  // A negated cessation (`would never stop its support`, `لن تتوقف عن دعم`) tells that the act goes on: it is stated.
  const governs = (word: string) => hasRole(word, lang, 'cease') || hasRole(word, lang, 'extend');
  return toks.some((t, i) => i >= first && governs(t.text) && !hasRole(toks[i - 1]?.text, lang, 'negation'));
}
