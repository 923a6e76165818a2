/**
 * The words of a text with everything later stages look them up by: match key, clitic-stripped forms, case.
 * Scanned once per article (analyze) and shared by entities and attribution; what belongs to a word alone is
 * computed once per distinct word (news text repeats its words), what depends on its place (`gap`) per token.
 */
import { WORD_MEMO_LIMIT } from './constants.js';
import { matchKey } from './normalize/arabic.js';
import { cliticForms } from './normalize/clitics.js';
import type { Token } from './tokens.js';
import { wordSpans } from './word-spans.js';

/** A word of the text, with the keys it can be looked up by. */
export interface Word extends Token {
  /** Lookup keys, most exact first: Arabic clitic forms (بالكرملين → الكرملين → كرملين), English without 's. */
  forms: readonly string[];
  arabic: boolean;
  /** Latin word starting with a capital letter. */
  cap: boolean;
  /** Latin word of two or more letters, all capitals (UN, NATO). */
  upper: boolean;
  /** What separates this word from the previous one. */
  gap: Gap;
  /** The lexeme's id (see Lexeme.id): what per-word tables (./per-word.ts) are indexed by. */
  id: number;
}

/** tight: spaces only (or a lone . - / inside U.S.); comma: a comma; hard: anything else (sentence end, quote, line). */
export type Gap = 'tight' | 'comma' | 'hard';

/** What a word is, wherever it stands. */
export interface Lexeme {
  /** The word as written. */
  word: string;
  key: string;
  forms: readonly string[];
  arabic: boolean;
  cap: boolean;
  upper: boolean;
  /** Number of this lexeme, in order of creation; never reused (see lexemeGeneration). */
  id: number;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const POSSESSIVE = /['’]s$/;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

const memo = new Map<string, Lexeme>();
/** Id of the next lexeme made, and of the first one the memo still holds (ids below are of cleared lexemes). */
let nextId = 0;
let firstLiveId = 0;

/** The first id of the lexemes the memo holds: a per-word table starts afresh when it changes (./per-word.ts). */
export function lexemeGeneration(): number {
  return firstLiveId;
}

/** Key, lookup forms and case of a word, memoised. */
export function lexeme(word: string): Lexeme {
  let k = memo.get(word);
  if (k) return k;
  const key = matchKey(word);
  const arabic = ARABIC_LETTER.test(key);
  const forms = arabic ? cliticForms(key) : POSSESSIVE.test(key) ? [key, key.slice(0, -2)] : [key];
  const c = word.charCodeAt(0);
  const cap = !arabic && ((c >= 65 && c <= 90) || word[0] !== word[0].toLowerCase());
  const upper = cap && word.length >= 2 && word === word.toUpperCase() && TWO_CAPITALS.test(word);
  if (memo.size >= WORD_MEMO_LIMIT) {
    memo.clear();
    firstLiveId = nextId;
  }
  k = { word, key, forms, arabic, cap, upper, id: nextId++ };
  memo.set(word, k);
  return k;
}

/**
 * Lexemes by a hash of their characters, in an open-addressed table looked at before the memo: a word seen
 * before is found without copying it out of the text or hashing a new string (most words of an article are).
 */
const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Lexemes kept in the table before it is emptied (half its slots, so that probes stay short). */
const TABLE_LIMIT = 1 << (TABLE_BITS - 1);
const table: (Lexeme | undefined)[] = new Array(1 << TABLE_BITS).fill(undefined);
let tableSize = 0;
const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** True when text[start, end) is `word`. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = start, j = 0; i < end; i++, j++) if (text.charCodeAt(i) !== word.charCodeAt(j)) return false;
  return true;
}

/** FNV-1a hash of the characters of text[start, end). */
function hashAt(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The lexeme of the word text[start, end). */
export function lexemeAt(text: string, start: number, end: number): Lexeme {
  return lexemeByHash(text, start, end, hashAt(text, start, end));
}

function lexemeByHash(text: string, start: number, end: number, h: number): Lexeme {
  let slot = (h >>> (32 - TABLE_BITS)) & TABLE_MASK;
  for (let seen = table[slot]; seen !== undefined; seen = table[slot]) {
    if (sameWord(seen.word, text, start, end)) return seen;
    slot = (slot + 1) & TABLE_MASK;
  }
  if (tableSize >= TABLE_LIMIT) {
    table.fill(undefined);
    tableSize = 0;
  }
  tableSize++;
  return (table[slot] = lexeme(text.slice(start, end)));
}

const SPACE = 0x20, TAB = 0x09, NBSP = 0xa0, COMMA = 0x2c, ARABIC_COMMA = 0x060c;
const isSpace = (c: number) => c === SPACE || c === TAB || c === NBSP;
const isInnerMark = (c: number) => c === 0x2e || c === 0x2d || c === 0x2f; // . - /

/** What text[from, to) between two words is: spaces, a lone inner mark, a comma among spaces, or anything else. */
export function gapOf(text: string, from: number, to: number): Gap {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === COMMA || c === ARABIC_COMMA) commas++;
    else if (to - from === 1 && isInnerMark(c)) return 'tight';
    else return 'hard';
  }
  return commas === 0 ? 'tight' : commas === 1 ? 'comma' : 'hard';
}

/**
 * The lexemes of the text being scanned, by hash: an article repeats a third of its words, and a repeat is found
 * in this small table (in cache) without a probe of the big one, whose slots and lexemes are mostly out of cache.
 * Slots are marked with the number of the scan that filled them, so that a new scan needs no clearing.
 */
const LOCAL_BITS = 11;
const LOCAL_MASK = (1 << LOCAL_BITS) - 1;
/** Distinct words a scan keeps locally (half the slots); later ones are looked up in the big table only. */
const LOCAL_LIMIT = 1 << (LOCAL_BITS - 1);
const localScan = new Int32Array(1 << LOCAL_BITS);
const localHash = new Int32Array(1 << LOCAL_BITS);
const localLexeme: (Lexeme | undefined)[] = new Array(1 << LOCAL_BITS).fill(undefined);
let scanNumber = 0;

/** A number for a new scan, never one that marks a slot still (the marks are cleared when the count wraps). */
function nextScan(): number {
  scanNumber = (scanNumber + 1) | 0;
  if (scanNumber === 0) {
    localScan.fill(0);
    scanNumber = 1;
  }
  return scanNumber;
}

/** Hashes of the words of the scan under way (reused by every scan, grown as needed). */
let hashes = new Int32Array(1 << 10);
/** What hashAndTouch read last: kept so that its reads are not optimised away. */
let touched = 0;

/**
 * Hashes every word of a scan and reads, for each, the big table's slot and the word of the lexeme there, before
 * any word is looked up: these reads do not depend on one another, so the processor overlaps their cache misses
 * (the table and its lexemes are mostly out of cache) instead of waiting for each in turn during the look-ups.
 */
function hashAndTouch(text: string, spans: readonly number[], n: number): void {
  if (hashes.length < n) hashes = new Int32Array(Math.max(n, hashes.length * 2));
  let sum = 0;
  for (let w = 0, j = 0; w < n; w++, j += 2) {
    const h = hashAt(text, spans[j], spans[j + 1]);
    hashes[w] = h;
    const seen = table[(h >>> (32 - TABLE_BITS)) & TABLE_MASK];
    if (seen !== undefined) sum += seen.word.length;
  }
  touched = sum;
}

/** The words of text[from, to). */
export function words(text: string, from = 0, to = text.length): Word[] {
  const spans = wordSpans(text, from, to);
  const out: Word[] = new Array(spans.length / 2);
  hashAndTouch(text, spans, out.length);
  const scan = nextScan();
  let local = 0;
  let prevEnd = -1;
  for (let w = 0, j = 0; j < spans.length; w++, j += 2) {
    const start = spans[j], end = spans[j + 1];
    const h = hashes[w];
    let lex: Lexeme | undefined;
    let slot = h & LOCAL_MASK;
    for (; localScan[slot] === scan; slot = (slot + 1) & LOCAL_MASK) {
      if (localHash[slot] === h && sameWord(localLexeme[slot]!.word, text, start, end)) {
        lex = localLexeme[slot];
        break;
      }
    }
    if (!lex) {
      lex = lexemeByHash(text, start, end, h);
      if (local < LOCAL_LIMIT) {
        local++;
        localScan[slot] = scan;
        localHash[slot] = h;
        localLexeme[slot] = lex;
      }
    }
    const { word, key, forms, arabic, cap, upper, id } = lex;
    out[w] = { start, end, text: word, key, forms, arabic, cap, upper, gap: prevEnd < 0 ? 'hard' : gapOf(text, prevEnd, start), id };
    prevEnd = end;
  }
  return out;
}

/** Index of the first of `ws` (in text order) starting at or after character `at`: a binary search, as statements are many and words more. */
export function firstWordAt(ws: readonly Token[], at: number): number {
  let lo = 0, hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].start < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}
