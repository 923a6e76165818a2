import { matchKey } from '../text/normalize/arabic.js';
import type { Word } from '../text/words.js';

export { words, type Gap } from '../text/words.js';

/** A word of the text, with the keys it can be looked up by (scanned by src/text/words.ts). */
export type Tok = Word;

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** matchKey (src/text/normalize/arabic.ts), which answers plain words from a table. */
export const fastKey = matchKey;

/** How a gazetteer alias word constrains the case of the text word (English only). */
export type CaseRule = 'any' | 'cap' | 'upper';

export function caseRule(word: string): CaseRule {
  if (ARABIC_LETTER.test(word) || word[0] === word[0].toLowerCase()) return 'any';
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() ? 'upper' : 'cap';
}

export function caseOk(rule: CaseRule, tok: Tok): boolean {
  return rule === 'any' || (rule === 'cap' ? tok.cap : tok.upper);
}

// Skeleton keys (ARABIC.md §4): letter classes that transliteration confuses fold together.
const AR_FOLD: Record<string, string> = {
  'غ': 'G', 'ج': 'G', 'ڭ': 'G', 'گ': 'G', 'ف': 'F', 'ڤ': 'F', 'ب': 'B', 'پ': 'B', 'ت': 'T', 'ط': 'T',
  'س': 'S', 'ص': 'S', 'ث': 'S', 'د': 'D', 'ض': 'D', 'ز': 'Z', 'ذ': 'Z', 'ظ': 'Z',
};
const AR_WEAK = new Set(['ا', 'و', 'ي']);
const LATIN_VOWELS = /[aeiouy]/g;

/** Consonant skeleton of a name, words joined (بيونغ يانغ ~ بيونغيانغ, زيلنسكي ~ زيلينسكي, Zelenskyy ~ Zelensky). */
export function skeleton(name: string): string {
  const keys = name.split(/\s+/).filter(Boolean).map((w) => fastKey(w));
  const ar = keys.filter((w) => ARABIC_LETTER.test(w)).map((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w)).join('');
  let out = '';
  for (let i = 0; i < ar.length; i++) {
    const ch = ar[i];
    if (i > 0 && i < ar.length - 1 && AR_WEAK.has(ch)) continue;
    out += AR_FOLD[ch] ?? ch;
  }
  const latin = keys.filter((w) => !ARABIC_LETTER.test(w)).join('').normalize('NFD').replace(/[^a-z]/g, '');
  out += latin.slice(0, 1) + latin.slice(1).replace(LATIN_VOWELS, '');
  return out.replace(/(.)\1+/g, '$1');
}

/** Letters of a skeleton (a key is a string of letters; Arabic letters count one each). */
export function skeletonLetters(s: string): number {
  return codePoints(s);
}

/** Code points of a string, as `[...s].length` counts them (a lone surrogate is one), without making the array. */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}
