import { pairQuotes, type QuoteSpan } from './sentences-quotes.js';
import { SENTENCE_END_CLASS } from './chars.js';

/** A sentence as a half-open character range of the text. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** A quotation shorter than this (characters) is never split into sentences; a longer one may be. */
export const MAX_UNSPLIT_QUOTE_CHARS = 600;

/** Lower-cased abbreviations (without their final dot) after which a dot does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr',
  'rev', 'hon', 'pres', 'supt', 'insp', 'no', 'vs', 'etc', 'approx', 'dept', 'univ', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'cf', 'al',
  'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'e.u', 'a.m', 'p.m', 'd.c', 'u.s.a', 'p.o',
]);

const END = new RegExp(`[${SENTENCE_END_CLASS}]+`, 'g');
const WORD_BEFORE = /([\p{L}.]+)$/u;

/** Closing brackets and apostrophes that stay with the sentence after its end mark: ) ] ’ '. */
const isClosingBracket = (c: number) => c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x27;

/** White space as JavaScript's `\s` reads it (white space and line terminators). */
export function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters looked at before a dot for the word it ends (an abbreviation is shorter). */
const WORD_BEFORE_WINDOW = 12;
const DOT = 0x2e;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** 1 per UTF-16 code unit that is a letter (\p{L}) on its own, filled on first sight: 0 unseen, 1 letter, 2 not. */
const letterClass = new Uint8Array(0x10000);
function isLetterUnit(c: number): boolean {
  if (!(c >= 0)) return false; // NaN: past either end of the text
  let k = letterClass[c];
  if (k === 0) letterClass[c] = k = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** The letters and dots right before `at` (at most WORD_BEFORE_WINDOW characters back): WORD_BEFORE's match. */
function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - WORD_BEFORE_WINDOW);
  let i = at;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xd800 && c <= 0xdfff) return WORD_BEFORE.exec(text.slice(from, at))?.[1] ?? ''; // astral: as the regex reads it
    if (c !== DOT && !isLetterUnit(c)) break;
    i--;
  }
  return text.slice(i, at);
}

/** True when the dot at `at` belongs to an abbreviation, an initial, a number or a dotted acronym (أ.ف.ب). */
function isNonFinalDot(text: string, at: number): boolean {
  if (isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1))) return true; // 3.5
  if (isLetterUnit(text.charCodeAt(at + 1))) return true; // U.S, أ.ف.ب: no space after the dot
  const before = wordBefore(text, at);
  if (!before) return false;
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  const last = word.split('.').pop() ?? '';
  if (last.length === 1) {
    // A single letter: an initial (J. Smith) or the end of a dotted acronym (أ.ف.ب.).
    return /\p{Lu}/u.test(before.slice(-1)) || before.includes('.') || /[\u0600-\u06FF]/.test(last);
  }
  return false;
}

/**
 * Splits [from, to) into sentences for Arabic and English: a sentence ends at . ! ? ؟ … (not after an
 * abbreviation, an initial, inside a number) or at a line break, and not inside a quotation of at most
 * MAX_UNSPLIT_QUOTE_CHARS. Closing quotes and brackets after the end mark stay with the sentence.
 * `paired`: pairQuotes(text, from, to), when the caller has it already.
 */
export function splitSentences(text: string, from = 0, to = text.length, paired?: readonly QuoteSpan[]): SentenceRange[] {
  const quotes = (paired ?? pairQuotes(text, from, to)).filter((q) => q.end - q.start <= MAX_UNSPLIT_QUOTE_CHARS);
  const quoteAt = (at: number) => quotes.find((q) => at >= q.start && at < q.end);
  const cuts: number[] = [];
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) cuts.push(i);
  END.lastIndex = from;
  for (let m = END.exec(text); m && m.index < to; m = END.exec(text)) {
    const at = m.index, after = at + m[0].length;
    if (m[0] === '.' && isNonFinalDot(text, at)) continue;
    const q = quoteAt(at);
    if (q) {
      // Inside a quotation only its last sentence ends, together with the quotation.
      if (text.slice(after, q.end).trim() === '') cuts.push(Math.min(q.closeEnd, to));
      continue;
    }
    let end = after;
    while (end < to && isClosingBracket(text.charCodeAt(end))) end++;
    const closing = quotes.find((q) => q.end === end || q.end === after);
    if (closing) end = Math.max(end, closing.closeEnd);
    cuts.push(Math.min(end, to));
  }
  cuts.sort((a, b) => a - b);
  const out: SentenceRange[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start, e = end;
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const cut of cuts) {
    if (cut <= start) continue;
    push(cut);
    start = cut;
  }
  push(to);
  return out;
}
