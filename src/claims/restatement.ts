import { lexicon } from '../attribution/lexicon/index.js';
import type { Lang } from '../model/index.js';
import { tokenize } from '../text/tokens.js';
import { RESTATEMENT_MIN_WORD_CHARS } from './constants.js';
import { keysOf } from './lexicon.js';

// Does a statement with no event phrase of its own restate another one of its article (`warned Congress of the
// consequences of rejecting the nuclear deal with Iran` beside `Congress rejecting the nuclear deal with Iran will lead
// to war`)? Measured as the share of its content words (function words left out, clitics stripped) found in the other.

/** The content words of a text, each as the set of its clitic-stripped keys. */
export function contentWords(text: string, lang: Lang): Set<string>[] {
  const words = lexicon(lang === 'ar' ? 'ar' : 'en').words;
  return tokenize(text)
    .filter((t) => t.key.length >= RESTATEMENT_MIN_WORD_CHARS && !words.has(t.key))
    .map((t) => new Set(keysOf(t.text)));
}

/** The share (0..1) of `text`'s content words whose keys occur in `other`; 0 when `text` has fewer than `minWords`. */
export function coverage(text: string, other: string, lang: Lang, minWords: number): number {
  const mine = contentWords(text, lang);
  if (mine.length < minWords) return 0;
  const theirs = new Set(contentWords(other, lang).flatMap((w) => [...w]));
  return mine.filter((w) => [...w].some((k) => theirs.has(k))).length / mine.length;
}
