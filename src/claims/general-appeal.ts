import type { Lang } from '../model/index.js';
import { tokenize } from '../text/tokens.js';
import { hasRole } from './frame-words.js';

// A general appeal: a demand asking for more of something (`calls on donors to do more`, `ببذل المزيد من الدعم`)
// rather than for a named act (`asked Tripoli for help restoring order`). copy.ts `generalCall` reads it (R3).

/** Does the text hold a word of a general appeal (frame-words.tsv role `appeal`; each of a word's clitic forms is looked up)? */
export function appealsForMore(text: string, lang: Lang): boolean {
  return tokenize(text).some((t) => hasRole(t.text, lang, 'appeal'));
}
