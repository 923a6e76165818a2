/**
 * Step 1: words → atoms. Each word is looked up in the phrase index by its key, then by
 * its key without proclitics (و/ف, then ب/ك/ل, لل → ال); multi-word phrases must follow
 * with only spaces between. Digit words become numbers (`14`, `2024م`, `1445هـ`, `14th`).
 */
import { DIACRITICS_CLASS, FORMAT_CONTROLS_CLASS, TATWEEL } from '../text/chars.js';
import { matchKey } from '../text/normalize/arabic.js';
import { PerWordMemo } from '../text/per-word.js';
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
/**
 * The one-letter proclitics by character code, one bit per kind: read for every word of the text, so a
 * typed array rather than a Set. A number may have either kind glued on (و2024م, ب14).
 */
const CONJUNCTION = 1;
const PREPOSITION = 2;
const PROCLITIC = new Uint8Array(0x10000);
for (const p of CONJUNCTIONS) PROCLITIC[p.charCodeAt(0)] |= CONJUNCTION;
for (const p of PREPOSITIONS) PROCLITIC[p.charCodeAt(0)] |= PREPOSITION;
/** The proclitic bits of a key's character at i (0 past its end). */
const procliticAt = (key: string, i: number): number => (i < key.length ? PROCLITIC[key.charCodeAt(i)] : 0);
const LATIN = /^[a-z]/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const CAPITAL = /^[A-Z]/;

/** Where a key may be found in the index: a list of phrases, and the letters stripped from the word to get there. */
interface Try {
  list: Phrase[];
  stripped: number;
}

/**
 * The index lists a key leads to, in the order they are tried: the key itself, then without و/ف, then
 * without ب/ك/ل (لل → ال, the last try either way). They depend on the key alone, so they are worked out
 * once per key and remembered (Tries); most keys lead nowhere.
 */
function triesOf(index: PhraseIndex, key: string): readonly Try[] {
  const out: Try[] = [];
  const add = (list: Phrase[] | undefined, stripped: number): void => {
    if (list) out.push({ list, stripped });
  };
  add(lookupKey(index, key, 0), 0);
  let off = 0;
  if ((procliticAt(key, 0) & CONJUNCTION) && key.length - 1 >= MIN_STEM) {
    off = 1;
    add(lookupKey(index, key, 1), 1);
  }
  if (key.startsWith(LAM_LAM, off) && key.length - off - 2 >= MIN_STEM) {
    // لل stays in the span: only the conjunction before it counts as stripped.
    add(lookupKey(index, ARTICLE + key.slice(off + 2)), off);
  } else if ((procliticAt(key, off) & PREPOSITION) && key.length - off - 1 >= MIN_STEM) {
    add(lookupKey(index, key, off + 1), off + 1);
  }
  return out.length ? out : NO_TRIES;
}

const NO_TRIES: readonly Try[] = [];
/** Most keys whose tries are remembered; the memory is emptied when full. */
const MAX_REMEMBERED_KEYS = 50_000;

/** The tries of each key seen, for one index (a text repeats its words, and news texts each other's). */
class Tries {
  private readonly memo = new Map<string, readonly Try[]>();
  /**
   * By lexeme id, for the words of the shared scan: nearly every word of an Arabic text is looked up, and a slot
   * of an array by id costs a fraction of a hash lookup of its key in the big memo (mostly out of cache).
   */
  private readonly byWord = new PerWordMemo<Word & { id: number }, readonly Try[]>((w) => this.ofKey(w.key));
  /**
   * By lexeme id: may the word start an atom (a number, or a key with tries)? Most words of a text may not, and are
   * passed over on this answer without reading their key (its string is mostly out of cache).
   */
  private readonly starters = new PerWordMemo<Word & { id: number }, boolean>((w) => mayStartAtom(this.starts, w.key) && (numberLike(w.key) || this.ofKey(w.key).length > 0));
  constructor(private readonly index: PhraseIndex, private readonly starts: Uint8Array) {}

  of(word: Word): readonly Try[] {
    return word.id === undefined ? this.ofKey(word.key) : this.byWord.get(word as Word & { id: number });
  }

  /** False when the word starts no atom (true says only that it may). */
  mayStart(word: Word): boolean {
    return word.id === undefined ? mayStartAtom(this.starts, word.key) : this.starters.get(word as Word & { id: number });
  }

  private ofKey(key: string): readonly Try[] {
    let tries = this.memo.get(key);
    if (tries === undefined) {
      if (this.memo.size >= MAX_REMEMBERED_KEYS) this.memo.clear();
      this.memo.set(key, (tries = triesOf(this.index, key)));
    }
    return tries;
  }
}

const TRIES = new WeakMap<PhraseIndex, Tries>();

function triesFor(index: PhraseIndex): Tries {
  let tries = TRIES.get(index);
  if (!tries) TRIES.set(index, (tries = new Tries(index, atomStarts(index))));
  return tries;
}

/** Does the key start with a character an atom may start with (ATOM_STARTS)? */
function mayStartAtom(starts: Uint8Array, key: string): boolean {
  return starts[key.charCodeAt(0)] === 1;
}

/** A digit first, or a proclitic glued to one (و2024م, ب14): what atomize reads a number from. */
function numberLike(key: string): boolean {
  return isDigit(key.charCodeAt(0)) || (key.length > 1 && procliticAt(key, 0) !== 0 && isDigit(key.charCodeAt(1)));
}

/**
 * The phrase at word w: the first try whose list holds a phrase the following words complete. Returns the
 * phrase and how many letters were stripped from the span (لل stays in it).
 */
function lookup(tries: Tries, words: readonly Word[], w: number, text: string): [Phrase, number] | undefined {
  for (const { list, stripped } of tries.of(words[w])) {
    const p = matchPhrase(list, words, w, text);
    if (p) return [p, stripped];
  }
  return undefined;
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

function matchPhrase(list: Phrase[], words: readonly Word[], w: number, text: string): Phrase | undefined {
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

/**
 * Per index, 1 for each code unit a word must start with to be an atom: the first letter of a phrase, a
 * proclitic (stripped before the lookup) or a digit. Most words of a text start otherwise and are passed over.
 */
const ATOM_STARTS = new WeakMap<PhraseIndex, Uint8Array>();

function atomStarts(index: PhraseIndex): Uint8Array {
  let starts = ATOM_STARTS.get(index);
  if (!starts) {
    starts = Uint8Array.from(index.firstChars, (first, c) => (first || PROCLITIC[c] || isDigit(c) ? 1 : 0));
    ATOM_STARTS.set(index, starts);
  }
  return starts;
}

export function atomize(text: string, words: readonly Word[], index: PhraseIndex): Grid {
  const atoms: Atom[] = [];
  const tries = triesFor(index);
  const push = (start: number, end: number, w: number, wEnd: number, meanings: Meaning[]): void => {
    const latin = LATIN.test(words[w].key);
    atoms.push({ i: atoms.length, start, end, w, wEnd, meanings, latin, cased: latin && CAPITAL.test(text[start]) });
  };
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!tries.mayStart(word)) continue;
    const key = word.key;
    // و2024م, ب14: a proclitic glued to a number.
    const glued = key.length > 1 && procliticAt(key, 0) && isDigit(key.charCodeAt(1)) ? 1 : 0;
    const num = glued || isDigit(key.charCodeAt(0)) ? numberMeaning(glued ? key.slice(1) : key) : undefined;
    if (num) {
      // A separate م / هـ after the number is its suffix (2024 م).
      const next = words[w + 1];
      if (num.kind === 'number' && !num.suffix && next && (next.key === GREG_SUFFIX || next.key === HIJRI_SUFFIX) && SPACE_GAP.test(text.slice(word.end, next.start))) {
        push(skipLetters(text, word.start, glued), next.end, w, w + 2, [{ ...num, suffix: next.key === GREG_SUFFIX ? 'greg' : 'hijri' }]);
        w++;
      } else push(skipLetters(text, word.start, glued), word.end, w, w + 1, [num]);
      continue;
    }
    const found = lookup(tries, words, w, text);
    if (!found) continue;
    const [p, stripped] = found;
    push(skipLetters(text, word.start, stripped), words[w + p.keys.length - 1].end, w, w + p.keys.length, p.meanings);
    w += p.keys.length - 1;
  }
  return new Grid(text, words, atoms);
}
