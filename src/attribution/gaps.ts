/**
 * The punctuation between words, read once per article: rules ask "is there a comma / a colon / a sentence end
 * before word i?" some seven hundred times an article, and a bit mask per gap answers without cutting the gap
 * out of the text and running a regex over it.
 */
import type { Word } from '../text/words.js';

/**
 * Every character a rule may look for in a gap, one bit each: , ، : ： ; ؛ . ! ? ؟ ( ) « » “ ” " „ — – ۔ …
 * (a character outside this list cannot be asked for: gapChars throws).
 */
const TRACKED = ',\u060C:\uFF1A;\u061B.!?\u061F()\u00AB\u00BB\u201C\u201D"\u201E\u2014\u2013\u06D4\u2026';

/** Bit of each tracked character code. */
const BIT = new Map<number, number>([...TRACKED].map((ch, i) => [ch.charCodeAt(0), 1 << i]));
/** The same for ASCII codes, as an array: gaps are mostly spaces, answered without a map look-up. */
const ASCII_BIT = Int32Array.from({ length: 0x80 }, (_, c) => BIT.get(c) ?? 0);
const bitOf = (c: number): number => (c < 0x80 ? ASCII_BIT[c] : BIT.get(c) ?? 0);

/** A set of tracked characters, as a mask (made once per rule module by gapChars). */
export type GapChars = number;

/** The mask of the characters of `chars` (as a regex class would list them). */
export function gapChars(chars: string): GapChars {
  let mask = 0;
  for (const ch of chars) {
    const bit = BIT.get(ch.charCodeAt(0));
    if (bit === undefined || ch.length !== 1) throw new Error(`gap character ${JSON.stringify(ch)} is not tracked (attribution/gaps.ts)`);
    mask |= bit;
  }
  return mask;
}

/** The tracked characters of text[from, to), as a mask. */
export function charsIn(text: string, from: number, to: number): GapChars {
  let mask = 0;
  for (let i = from; i < to; i++) mask |= bitOf(text.charCodeAt(i));
  return mask;
}

/** Mask of the gap before each word (index i: between word i - 1 and word i; the last: after the last word). */
export function gapMarks(text: string, tokens: readonly Word[]): Int32Array {
  const out = new Int32Array(tokens.length + 1);
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const to = i < tokens.length ? tokens[i].start : text.length;
    out[i] = i > 0 && i < tokens.length && thousandsSeparator(text, from, to) ? 0 : charsIn(text, from, to);
    if (i < tokens.length) from = tokens[i].end;
  }
  return out;
}

/** Digits of either script (0-9, ٠-٩, ۰-۹). */
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
/** Marks written between digit groups of a number (10,000; 10،000). */
const GROUP_MARKS = new Set([0x2c, 0x60c]);

/**
 * True when the gap text[from, to) is a lone comma between digit groups (estimated the crowd at 10,000): a
 * thousands separator, split into two words by the tokenizer, ends no clause. The group after it has three digits.
 */
function thousandsSeparator(text: string, from: number, to: number): boolean {
  if (to - from !== 1 || !GROUP_MARKS.has(text.charCodeAt(from)) || !isDigit(text.charCodeAt(from - 1))) return false;
  for (let k = 0; k < 3; k++) if (!isDigit(text.charCodeAt(to + k))) return false;
  return !isDigit(text.charCodeAt(to + 3));
}
