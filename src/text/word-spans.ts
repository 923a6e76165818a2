/**
 * Where the words of a text are, without a regex per word. A word is a run of letters and digits;
 * diacritics, tatweel and format controls inside it belong to it; an apostrophe or hyphen followed by
 * letters keeps "Al-Assad" and "don't" whole. Exactly the regex WORD_SHAPE, scanned through a table of
 * character classes filled on first sight of each character (word-spans.test.ts compares the two).
 */
import { DIACRITICS_CLASS, FORMAT_CONTROLS_CLASS, TATWEEL } from './chars.js';

/** The word shape, as a regex: the definition the scanner follows. */
export const WORD_SHAPE = new RegExp(
  `[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]*(?:['’\\-][\\p{L}\\p{N}]+)*`,
  'gu',
);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const INSIDE = new RegExp(`^[\\p{M}${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]$`, 'u');

/** Character classes, per code point. */
const UNSEEN = 0;
/** Neither starts nor continues a word. */
const OTHER = 1;
/** A letter or digit: starts a word, continues it, and follows an inner apostrophe or hyphen. */
const LETTER = 2;
/** A mark, tatweel or format control: continues a word only. */
const MARK = 3;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return LETTER_OR_DIGIT.test(ch) ? LETTER : INSIDE.test(ch) ? MARK : OTHER;
}

/** Class of the code point at i, and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astral.get(cp);
      if (k === undefined) astral.set(cp, (k = classify(String.fromCodePoint(cp))));
      return k;
    }
  }
  let k = bmp[c];
  if (k === UNSEEN) bmp[c] = k = classify(String.fromCharCode(c));
  return k;
}

const isSurrogate = (c: number) => (c & 0xf800) === 0xd800;

/** Class of a code unit that is no surrogate. */
function bmpClass(c: number): number {
  let k = bmp[c];
  if (k === UNSEEN) bmp[c] = k = classify(String.fromCharCode(c));
  return k;
}

/** Code units taken by the code point at i. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d; // ' ’ -

/**
 * [start, end] pairs of the words of text[from, to), flat: a word that runs past `to` ends there
 * (what `WORD_SHAPE` searched from `from` gives, each match clipped to `to`).
 */
export function wordSpans(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = from;
  while (i < to) {
    // Most characters are no surrogate: their class comes straight from the table, and they take one code unit.
    const c = text.charCodeAt(i);
    if ((isSurrogate(c) ? classAt(text, i) : bmpClass(c)) !== LETTER) {
      i += isSurrogate(c) ? width(text, i) : 1;
      continue;
    }
    const start = i;
    i += isSurrogate(c) ? width(text, i) : 1;
    while (i < n) {
      const d = text.charCodeAt(i);
      const k = isSurrogate(d) ? classAt(text, i) : bmpClass(d);
      if (k !== LETTER && k !== MARK) break;
      i += isSurrogate(d) ? width(text, i) : 1;
    }
    // Inner apostrophes and hyphens, each followed by letters or digits only.
    while (i + 1 < n && isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) === LETTER) {
      i += 1 + width(text, i + 1);
      while (i < n && classAt(text, i) === LETTER) i += width(text, i);
    }
    out.push(start, Math.min(i, to));
  }
  return out;
}
