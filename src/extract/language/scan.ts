/**
 * One pass over the language sample: letters per script, the Persian- and Urdu-only letters, and the
 * words ([\p{L}\p{M}ZWNJ]+ runs) with their stopword hits. Each code point is classified once by the
 * Unicode property regexes and remembered in a table, so the pass itself runs no regex; words are
 * looked up by walking the stopword trie as their characters go by (stopword-trie.ts).
 */
import type { Lang } from '../../model/index.js';
import { LANGS } from '../../model/index.js';
import {
  ARABIC_SCRIPT_LETTERS_CLASS, PERSIAN_LETTERS_CLASS, URDU_LETTERS_CLASS, ZERO_WIDTH_NON_JOINER,
} from '../../text/chars.js';
import { stopwordTrie, type TrieNode } from './stopword-trie.js';
import { stopwordLangs } from './stopwords.js';

/** Letters of the sample: all of them, per script, and the Persian- and Urdu-only ones. */
export interface LetterCounts {
  /** Code points that are letters (\p{L}). */
  letters: number;
  arabic: number;
  latin: number;
  cyrillic: number;
  persian: number;
  urdu: number;
}

export interface SampleCounts extends LetterCounts {
  /** Words: maximal runs of letters, marks and ZWNJ. */
  tokens: number;
  /** Words that are stopwords of each language. */
  hits: Record<Lang, number>;
}

/** What a code point is, one bit per class; CLASSIFIED marks a table entry as filled. */
const LETTER = 1;
const ARABIC = 2;
const LATIN = 4;
const CYRILLIC = 8;
const PERSIAN = 16;
const URDU = 32;
const WORD_CHAR = 64;
const CLASSIFIED = 128;

const CLASSES: readonly [number, RegExp][] = [
  [LETTER, /^\p{L}$/u],
  [ARABIC, new RegExp(`^[${ARABIC_SCRIPT_LETTERS_CLASS}]$`, 'u')],
  [LATIN, /^\p{Script=Latin}$/u],
  [CYRILLIC, /^\p{Script=Cyrillic}$/u],
  [PERSIAN, new RegExp(`^[${PERSIAN_LETTERS_CLASS}]$`, 'u')],
  [URDU, new RegExp(`^[${URDU_LETTERS_CLASS}]$`, 'u')],
  [WORD_CHAR, new RegExp(`^[\\p{L}\\p{M}${ZERO_WIDTH_NON_JOINER}]$`, 'u')],
];

/** Classes of the Basic Multilingual Plane, filled as code points are first seen. */
const bmp = new Uint8Array(0x10000);
/** Classes of code points beyond the BMP (rare in news text). */
const astral = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let bits = CLASSIFIED;
  for (const [bit, re] of CLASSES) if (re.test(ch)) bits |= bit;
  return bits;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = bmp[cp];
    return known ? known : (bmp[cp] = classify(cp));
  }
  let bits = astral.get(cp);
  if (bits === undefined) astral.set(cp, (bits = classify(cp)));
  return bits;
}

const HIGH_SURROGATE_MIN = 0xd800;
const HIGH_SURROGATE_MAX = 0xdbff;
const LOW_SURROGATE_MIN = 0xdc00;
const LOW_SURROGATE_MAX = 0xdfff;

/** The code point at i of s (a lone surrogate is a code point of its own, as in a /u regex). */
function codePointAt(s: string, i: number): number {
  const cp = s.charCodeAt(i);
  if (cp >= HIGH_SURROGATE_MIN && cp <= HIGH_SURROGATE_MAX && i + 1 < s.length) {
    const low = s.charCodeAt(i + 1);
    if (low >= LOW_SURROGATE_MIN && low <= LOW_SURROGATE_MAX) return (cp - HIGH_SURROGATE_MIN) * 0x400 + (low - LOW_SURROGATE_MIN) + 0x10000;
  }
  return cp;
}

/**
 * The letter counts of scanSample without its word lookups, which decide only within a script: code points
 * are tallied by their class bits (one increment each) and the bits summed at the end.
 */
export function countLetters(sample: string): LetterCounts {
  const byBits = new Uint32Array(CLASSIFIED << 1);
  for (let i = 0; i < sample.length; i++) {
    const unit = sample.charCodeAt(i);
    const known = bmp[unit];
    // Most units are classified BMP code points, read straight from the table; a high surrogate (maybe half of a
    // pair) or a unit not seen before goes the long way.
    if (known !== 0 && !(unit >= HIGH_SURROGATE_MIN && unit <= HIGH_SURROGATE_MAX)) {
      byBits[known]++;
      continue;
    }
    const cp = codePointAt(sample, i);
    byBits[classOf(cp)]++;
    if (cp > 0xffff) i++;
  }
  const counts: LetterCounts = { letters: 0, arabic: 0, latin: 0, cyrillic: 0, persian: 0, urdu: 0 };
  for (let bits = 0; bits < byBits.length; bits++) {
    const n = byBits[bits];
    if (!n) continue;
    if (bits & LETTER) counts.letters += n;
    if (bits & ARABIC) counts.arabic += n;
    if (bits & LATIN) counts.latin += n;
    if (bits & CYRILLIC) counts.cyrillic += n;
    if (bits & PERSIAN) counts.persian += n;
    if (bits & URDU) counts.urdu += n;
  }
  return counts;
}

export function scanSample(sample: string): SampleCounts {
  const counts: SampleCounts = {
    letters: 0, arabic: 0, latin: 0, cyrillic: 0, persian: 0, urdu: 0, tokens: 0,
    hits: Object.fromEntries(LANGS.map((l) => [l, 0])) as Record<Lang, number>,
  };
  const { root, keyOf } = stopwordTrie();
  // The word being read: where it starts, where it stands in the trie, whether it needs a whole-word lookup.
  let wordStart = -1;
  let node: TrieNode | undefined;
  let lookUpWhole = false;
  const endWord = (end: number) => {
    counts.tokens++;
    const langs = lookUpWhole ? stopwordLangs(sample.slice(wordStart, end)) : node?.langs;
    if (langs) for (const lang of langs) counts.hits[lang]++;
    wordStart = -1;
  };
  for (let i = 0; i < sample.length;) {
    // Code point at i (a lone surrogate is a code point of its own, as in a /u regex).
    let cp = sample.charCodeAt(i);
    let width = 1;
    if (cp >= HIGH_SURROGATE_MIN && cp <= HIGH_SURROGATE_MAX && i + 1 < sample.length) {
      const low = sample.charCodeAt(i + 1);
      if (low >= LOW_SURROGATE_MIN && low <= LOW_SURROGATE_MAX) {
        cp = (cp - HIGH_SURROGATE_MIN) * 0x400 + (low - LOW_SURROGATE_MIN) + 0x10000;
        width = 2;
      }
    }
    const bits = classOf(cp);
    if (bits & LETTER) counts.letters++;
    if (bits & ARABIC) counts.arabic++;
    if (bits & LATIN) counts.latin++;
    if (bits & CYRILLIC) counts.cyrillic++;
    if (bits & PERSIAN) counts.persian++;
    if (bits & URDU) counts.urdu++;
    if (bits & WORD_CHAR) {
      if (wordStart < 0) {
        wordStart = i;
        node = root;
        lookUpWhole = false;
      }
      if (!lookUpWhole) {
        const key = width === 1 ? keyOf[cp] : undefined;
        if (key === undefined) lookUpWhole = true;
        else for (let k = 0; k < key.length && node; k++) node = node.next.get(key.charCodeAt(k));
      }
    } else if (wordStart >= 0) endWord(i);
    i += width;
  }
  if (wordStart >= 0) endWord(sample.length);
  return counts;
}
