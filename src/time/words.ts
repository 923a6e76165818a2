/**
 * The time stage's words: runs of Arabic script, Latin letters and digits, each with its matchKey. The word
 * shape is narrower than the shared scan's (src/text/word-spans.ts): a hyphen or apostrophe ends a word here
 * (`mid-June` is two), and tatweel or a letter of another script does not start one. Keys are folded through
 * a table built from matchKey itself, so they agree with it, with matchKey as the fallback for rare characters;
 * when analyze has scanned the text already, the words it found are taken wherever they coincide (timeWords).
 */
import { matchKey } from '../text/normalize/arabic.js';
import { DIACRITICS_CLASS, FORMAT_CONTROLS_CLASS, PRESENTATION_FORMS_CLASS, TATWEEL } from '../text/chars.js';
import { PerWordMemo } from '../text/per-word.js';

export interface Word {
  start: number;
  end: number;
  key: string;
  /** The lexeme's id, for a word of the shared scan (src/text/words.ts): what per-word tables are read by. */
  id?: number;
  /** The word as written, for a word of the shared scan. */
  text?: string;
}

/** Arabic letters (hamza to yeh, without tatweel), Arabic-Indic digits and extended letters. */
const ARABIC_LETTERS_CLASS = '\u0621-\u063F\u0641-\u064A\u0660-\u0669\u066E-\u06D3\u06D5\u06EE-\u06FF';
/** Latin letters with diacritics (Latin-1 supplement and Latin Extended-A/B). */
const LATIN_EXTENDED_CLASS = '\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F';
const START = `A-Za-z0-9${LATIN_EXTENDED_CLASS}${ARABIC_LETTERS_CLASS}${PRESENTATION_FORMS_CLASS}`;

/** Highest code point folded through the table (end of the Arabic block). */
const TABLE_END = 0x0700;
/** Code points below TABLE_END that the table cannot fold alone (NFC composition with these marks). */
const COMPOSING_MARKS = new Set([0x0653, 0x0654, 0x0655]);

/** Per code point below TABLE_END: its folded form, or undefined when matchKey must see the whole word. */
const FOLD: (string | undefined)[] = Array.from({ length: TABLE_END }, (_, c) =>
  COMPOSING_MARKS.has(c) ? undefined : matchKey(String.fromCharCode(c)),
);

/** Per code point below TABLE_END: 1 when matchKey leaves it as it is (most letters and digits). */
const SAME = Uint8Array.from(FOLD, (f, c) => (f === String.fromCharCode(c) ? 1 : 0));

/** matchKey of text[start, end), through the fold table when every character is in it. */
export function keyOf(text: string, start: number, end: number): string {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= TABLE_END || !SAME[c]) break;
    i++;
  }
  if (i === end) return text.slice(start, end);
  let out = text.slice(start, i);
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_END ? FOLD[c] : undefined;
    if (f === undefined) return matchKey(text.slice(start, end));
    out += f;
  }
  return out;
}

/** Character classes for the scanner: a word starts with WORD_START and goes on over either. */
const NOT_WORD = 0;
const WORD_START = 1;
const WORD_INSIDE = 2;
/** Per UTF-16 code unit: NOT_WORD, WORD_START or WORD_INSIDE (marks, tatweel, format controls). */
const CLASS = (() => {
  const start = new RegExp(`^[${START}]$`);
  const inside = new RegExp(`^[${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]$`);
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    table[c] = start.test(ch) ? WORD_START : inside.test(ch) ? WORD_INSIDE : NOT_WORD;
  }
  return table;
})();

/** Every word of the text, in order, scanned here. */
export function scanWords(text: string): readonly Word[] {
  return timeWords(text);
}

/**
 * Every word of the text, in order. `shared`, when given, are the text's words from the shared scan, in
 * order (analyze's, src/text/words.ts). A shared word with exactly the span of a time word has its key (both
 * are matchKey of the span, memoised there), so: when every time word is a shared word and the other way
 * round (most texts), the shared words are the answer as they are; else time words are made, taking the
 * keys (and lexeme ids) of the shared words that coincide rather than folding them again.
 */
export function timeWords(text: string, shared: readonly Word[] = []): readonly Word[] {
  if (shared.length && sameWords(text, shared)) return shared;
  const out: Word[] = [];
  let next = 0;
  for (let start = nextStart(text, 0); start < text.length;) {
    const end = wordEnd(text, start);
    while (next < shared.length && shared[next].start < start) next++;
    const coincides = next < shared.length && shared[next].start === start && shared[next].end === end;
    out.push(coincides ? { start, end, key: shared[next].key, id: shared[next].id } : { start, end, key: keyOf(text, start, end) });
    start = nextStart(text, end);
  }
  return out;
}

/**
 * Whether the time words of the text have exactly the spans of `shared`, one for one: no character a time word
 * starts with between two shared words, each shared word one whole time word, and a break after it. Whether a
 * word is one whole time word depends on its letters alone: known once per distinct word of the shared scan, so
 * only the characters between words are read here.
 */
function sameWords(text: string, shared: readonly Word[]): boolean {
  let pos = 0;
  for (const w of shared) {
    if (nextStart(text, pos) !== w.start) return false;
    if (!(w.id !== undefined && w.text !== undefined ? WHOLE.get(w as Shaped) : isTimeWord(text, w.start, w.end))) return false;
    if (w.end < text.length && CLASS[text.charCodeAt(w.end)] !== NOT_WORD) return false;
    pos = w.end;
  }
  return nextStart(text, pos) === text.length;
}

/** A word of the shared scan, with what its shape is read from. */
type Shaped = Word & { id: number; text: string };

/** Per distinct word of the shared scan: is it, as written, one whole time word? */
const WHOLE = new PerWordMemo<Shaped, boolean>((w) => isTimeWord(w.text, 0, w.text.length));

/** Is s[start, end) one whole time word: a character that starts one, then none that ends one? */
function isTimeWord(s: string, start: number, end: number): boolean {
  if (start >= end || CLASS[s.charCodeAt(start)] !== WORD_START) return false;
  for (let i = start + 1; i < end; i++) if (CLASS[s.charCodeAt(i)] === NOT_WORD) return false;
  return true;
}

/** Where the next word starts at or after i (text.length if none does). */
function nextStart(text: string, i: number): number {
  while (i < text.length && CLASS[text.charCodeAt(i)] !== WORD_START) i++;
  return i;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  // Never read past the end: charCodeAt(n) is NaN, and a NaN index slows every CLASS lookup of the loop.
  let i = start + 1;
  while (i < text.length && CLASS[text.charCodeAt(i)] !== NOT_WORD) i++;
  return i;
}
