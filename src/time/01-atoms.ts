/**
 * Step 1: words → atoms. Each word is looked up in the phrase index by its key, then by
 * its key without proclitics (و/ف, then ب/ك/ل, لل → ال); multi-word phrases must follow
 * with only spaces between. Digit words become numbers (`14`, `2024م`, `1445هـ`, `14th`).
 */
import { DIACRITICS_CLASS, FORMAT_CONTROLS_CLASS, TATWEEL } from '../text/chars.js';
import { matchKey } from '../text/normalize/arabic.js';
import { Grid, SPACE_GAP, type Atom } from './grid.js';
import { lookupKey, type Meaning, type Phrase, type PhraseIndex } from './lexicon.js';
import type { Word } from './words.js';

/** Conjunction proclitics (و, ف), stripped first. */
const CONJUNCTIONS = ['و', 'ف'].map(matchKey);
/** Preposition proclitics (ب, ك, ل), stripped after a conjunction. */
const PREPOSITIONS = ['ب', 'ك', 'ل'].map(matchKey);
/** لل is ل + ال: للأسبوع → الأسبوع. */
const LAM_LAM = matchKey('لل');
const ARTICLE = matchKey('ال');
/** Letters that must remain after stripping a proclitic. */
const MIN_STEM = 2;
/** Gregorian-year suffix م and Hijri-year suffix هـ (keys, tatweel dropped). */
const GREG_SUFFIX = matchKey('م');
const HIJRI_SUFFIX = matchKey('هـ');
/** A digit word: the number and an optional suffix (English ordinal, م, هـ). */
const NUMBER = new RegExp(`^(\\d{1,4})(st|nd|rd|th|${GREG_SUFFIX}|${HIJRI_SUFFIX})?$`);
/** Characters skipped with a stripped proclitic (marks that ride on it). */
const MARK = new RegExp(`[${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]`);
/** Character codes of the one-letter proclitics (و, ف, ب, ك, ل), as a number may have one glued on. */
const PROCLITIC_CODES = new Set([...CONJUNCTIONS, ...PREPOSITIONS].map((p) => p.charCodeAt(0)));
const CONJUNCTION_CODES = new Set(CONJUNCTIONS.map((p) => p.charCodeAt(0)));
const PREPOSITION_CODES = new Set(PREPOSITIONS.map((p) => p.charCodeAt(0)));
const LATIN = /^[a-z]/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const CAPITAL = /^[A-Z]/;

/**
 * The phrase at word w: looked up by its key, then without و/ف, then without ب/ك/ل (لل → ال).
 * Returns the phrase and how many letters were stripped from the span (لل stays in it).
 */
function lookup(index: PhraseIndex, words: Word[], w: number, text: string): [Phrase, number] | undefined {
  const key = words[w].key;
  let p = find(index, key, 0, words, w, text);
  if (p) return [p, 0];
  let off = 0;
  if (CONJUNCTION_CODES.has(key.charCodeAt(0)) && key.length - 1 >= MIN_STEM) {
    off = 1;
    p = find(index, key, 1, words, w, text);
    if (p) return [p, 1];
  }
  if (key.startsWith(LAM_LAM, off) && key.length - off - 2 >= MIN_STEM) {
    p = find(index, ARTICLE + key.slice(off + 2), 0, words, w, text);
    return p && [p, off];
  }
  if (PREPOSITION_CODES.has(key.charCodeAt(off)) && key.length - off - 1 >= MIN_STEM) {
    p = find(index, key, off + 1, words, w, text);
    return p && [p, off + 1];
  }
  return undefined;
}

function find(index: PhraseIndex, key: string, off: number, words: Word[], w: number, text: string): Phrase | undefined {
  const list = lookupKey(index, key, off);
  return list && matchPhrase(list, words, w, text);
}

/** Offset after `n` letters (and the marks on them) from `start`. */
function skipLetters(text: string, start: number, n: number): number {
  let i = start;
  for (let k = 0; k < n; k++) {
    i++;
    while (i < text.length && MARK.test(text[i])) i++;
  }
  return i;
}

function matchPhrase(list: Phrase[], words: Word[], w: number, text: string): Phrase | undefined {
  outer: for (const p of list) {
    if (w + p.keys.length > words.length) continue;
    for (let j = 1; j < p.keys.length; j++) {
      const a = words[w + j - 1];
      const b = words[w + j];
      if (b.key !== p.keys[j] || !SPACE_GAP.test(text.slice(a.end, b.start))) continue outer;
    }
    return p;
  }
  return undefined;
}

function numberMeaning(key: string): Meaning | undefined {
  const m = NUMBER.exec(key);
  if (!m) return undefined;
  const s = m[2];
  const suffix = !s ? undefined : s === GREG_SUFFIX ? 'greg' : s === HIJRI_SUFFIX ? 'hijri' : 'ordinal';
  return { kind: 'number', value: Number(m[1]), digits: true, suffix };
}

export function atomize(text: string, words: Word[], index: PhraseIndex): Grid {
  const atoms: Atom[] = [];
  const push = (start: number, end: number, w: number, wEnd: number, meanings: Meaning[]): void => {
    const latin = LATIN.test(words[w].key);
    atoms.push({ i: atoms.length, start, end, w, wEnd, meanings, latin, cased: latin && CAPITAL.test(text[start]) });
  };
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    // و2024م, ب14: a proclitic glued to a number.
    const glued = word.key.length > 1 && PROCLITIC_CODES.has(word.key.charCodeAt(0)) && isDigit(word.key.charCodeAt(1)) ? 1 : 0;
    const num = glued || isDigit(word.key.charCodeAt(0)) ? numberMeaning(glued ? word.key.slice(1) : word.key) : undefined;
    if (num) {
      // A separate م / هـ after the number is its suffix (2024 م).
      const next = words[w + 1];
      if (num.kind === 'number' && !num.suffix && next && (next.key === GREG_SUFFIX || next.key === HIJRI_SUFFIX) && SPACE_GAP.test(text.slice(word.end, next.start))) {
        push(skipLetters(text, word.start, glued), next.end, w, w + 2, [{ ...num, suffix: next.key === GREG_SUFFIX ? 'greg' : 'hijri' }]);
        w++;
      } else push(skipLetters(text, word.start, glued), word.end, w, w + 1, [num]);
      continue;
    }
    const found = lookup(index, words, w, text);
    if (!found) continue;
    const [p, stripped] = found;
    push(skipLetters(text, word.start, stripped), words[w + p.keys.length - 1].end, w, w + p.keys.length, p.meanings);
    w += p.keys.length - 1;
  }
  return new Grid(text, words, atoms);
}
