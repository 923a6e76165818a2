import { matchKey } from '../text/normalize/arabic.js';
import { cliticForms } from '../text/normalize/clitics.js';
import { DIACRITICS_CLASS, FORMAT_CONTROLS_CLASS, TATWEEL } from '../text/chars.js';
import { KEY_CACHE_LIMIT } from './constants.js';

/** A word of the text, with the keys it can be looked up by. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  /** matchKey of the word. */
  key: string;
  /** Lookup keys, most exact first: Arabic clitic forms (بالكرملين → الكرملين → كرملين), English without 's. */
  forms: readonly string[];
  arabic: boolean;
  /** Latin word starting with a capital letter. */
  cap: boolean;
  /** Latin word of two or more letters, all capitals (UN, NATO). */
  upper: boolean;
  /** What separates this word from the previous one. */
  gap: Gap;
}

/** tight: spaces only (or a lone . - / inside U.S.); comma: a comma; hard: anything else (sentence end, quote, line). */
export type Gap = 'tight' | 'comma' | 'hard';

// Same word shape as src/text/tokens.ts, kept here so that keys come from the memo below.
const WORD = new RegExp(
  `[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]*(?:['’\\-][\\p{L}\\p{N}]+)*`,
  'gu',
);
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const SPACES_ONLY = /^[ \t\u00A0]*$/;
const INNER_MARK = /^[.\-/]$/;
const COMMA_GAP = /^[ \t\u00A0]*[,\u060C][ \t\u00A0]*$/;
const POSSESSIVE = /['’]s$/;

interface Keyed {
  key: string;
  forms: string[];
  arabic: boolean;
}
const memo = new Map<string, Keyed>();

// fastKey: matchKey in one pass for plain Arabic and ASCII words (most words), matchKey itself otherwise.
const FOLD = new Map<number, number>([
  [0x0622, 0x0627], [0x0623, 0x0627], [0x0625, 0x0627], [0x0671, 0x0627], // آ أ إ ٱ → ا
  [0x0649, 0x064a], [0x0629, 0x0647], [0x0624, 0x0648], [0x0626, 0x064a], // ى → ي, ة → ه, ؤ → و, ئ → ي
  [0x06cc, 0x064a], [0x06a9, 0x0643], // Persian ی ک → ي ك
]);
const isDropped = (c: number) =>
  (c >= 0x064b && c <= 0x065f && (c < 0x0653 || c > 0x0655)) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) ||
  (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640 || c === 0x061c || (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x00ad;

/** matchKey (src/text/normalize/arabic.ts), computed in one pass when the word allows it. */
export function fastKey(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x80) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : word[i];
    else if (isDropped(c)) continue;
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c >= 0x0600 && c <= 0x06ff && (c < 0x0653 || c > 0x0655)) {
      const f = FOLD.get(c);
      out += f === undefined ? word[i] : String.fromCharCode(f);
    } else return matchKey(word);
  }
  return out;
}

/** Key and lookup forms of a word, memoised (news text repeats its words). */
export function keyed(word: string): Keyed {
  let k = memo.get(word);
  if (k) return k;
  const key = fastKey(word);
  const arabic = ARABIC_LETTER.test(key);
  const forms = arabic ? cliticForms(key) : POSSESSIVE.test(key) ? [key, key.slice(0, -2)] : [key];
  k = { key, forms, arabic };
  if (memo.size >= KEY_CACHE_LIMIT) memo.clear();
  memo.set(word, k);
  return k;
}

function gapOf(between: string): Gap {
  if (between === ' ') return 'tight';
  if (SPACES_ONLY.test(between) || INNER_MARK.test(between)) return between.includes('\n') ? 'hard' : 'tight';
  return COMMA_GAP.test(between) ? 'comma' : 'hard';
}

/** The words of text[from, to). */
export function words(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  let prevEnd = -1;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const raw = end === m.index + m[0].length ? m[0] : text.slice(m.index, end);
    const { key, forms, arabic } = keyed(raw);
    const c = raw.charCodeAt(0);
    const cap = !arabic && c >= 65 && c <= 90 || (!arabic && raw[0] !== raw[0].toLowerCase());
    const upper = cap && raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(raw);
    out.push({ start: m.index, end, text: raw, key, forms, arabic, cap, upper, gap: prevEnd < 0 ? 'hard' : gapOf(text.slice(prevEnd, m.index)) });
    prevEnd = end;
  }
  return out;
}

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
  return [...s].length;
}
