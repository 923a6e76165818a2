import { matchKey } from '../text/normalize/arabic.js';
import { boundedMemo } from '../text/memo.js';
import { tokenize } from '../text/tokens.js';
import { numberPhrases } from '../republish/number-words.js';
import { scaleAt } from '../republish/numbers.js';
import { lookupKey, phrases } from '../time/lexicon.js';
import { NUMBER_MIN_VALUE, NUMBER_YEAR_MAX, NUMBER_YEAR_MIN } from './constants.js';
import { keysOf } from './lexicon.js';

// The quantities a statement names (`62 مليون دولار`, `17 killed`, `five new deaths`, `خمس وفيات`, `ثمانية وعشرون`),
// digits folded to ASCII and scaled by a scale word, numbers in words read as src/republish reads them for translation
// anchors (number-words.ts: a translation writes `twenty-eight` where the original wrote `ثمانية وعشرين`, or `28`):
// two statements that both name quantities and share none report different events (place.ts, broad concepts); the
// same quantities anchor a translation (echo.ts).

/** U+066B ARABIC DECIMAL SEPARATOR and U+066C ARABIC THOUSANDS SEPARATOR (src/text/chars.ts has neither). */
const ARABIC_DECIMAL_SEPARATOR = '\u066B';
const ARABIC_THOUSANDS_SEPARATOR = '\u066C';
/**
 * Digits written onto a word with a hyphen (`COVID-19`, `F-16`, `كوفيد-19`) or onto Latin letters (`MH17`) are part of a
 * name, not a quantity; onto Arabic letters they follow a clitic (`و33`, `ب100`).
 */
const NUMBER = new RegExp(`(?<!\\d)(?<!\\p{L}[-\u2010\u2011]\\d*|\\p{Script=Latin}\\d*)\\d+(?:[.,${ARABIC_DECIMAL_SEPARATOR}${ARABIC_THOUSANDS_SEPARATOR}]\\d+)*`, 'gu');
const THOUSANDS = new RegExp(`^\\d{1,3}(?:[,${ARABIC_THOUSANDS_SEPARATOR}]\\d{3})+$`);
const THOUSANDS_SEP = new RegExp(`[,${ARABIC_THOUSANDS_SEPARATOR}]`, 'g');
const DECIMAL_SEP = new RegExp(`[,${ARABIC_DECIMAL_SEPARATOR}]`, 'g');

/** Texts whose quantities are remembered before the memo is emptied (a group's contents are read for every comparison). */
const QUANTITIES_MEMO_LIMIT = 10_000;

/**
 * Quantities in a text: numbers of at least NUMBER_MIN_VALUE that are not years, thousands separators dropped, and
 * number words (memoised: callers only read the set).
 */
export const quantitiesOf: (text: string) => ReadonlySet<number> = boundedMemo(QUANTITIES_MEMO_LIMIT, readQuantities);

function readQuantities(text: string): Set<number> {
  const out = new Set<number>();
  const key = matchKey(text);
  for (const m of key.matchAll(NUMBER)) {
    const raw = m[0];
    const read = Number(THOUSANDS.test(raw) ? raw.replace(THOUSANDS_SEP, '') : raw.replace(DECIMAL_SEP, '.'));
    // A scale word makes `2 million` the number `two million` and `مليونان` are (number-words.ts reads those).
    const scale = Number(scaleAt(key, m.index + raw.length));
    const n = Number.isFinite(scale) ? Math.round(read * scale) : read;
    if (!Number.isFinite(n) || n < NUMBER_MIN_VALUE) continue;
    if (Number.isInteger(n) && n >= NUMBER_YEAR_MIN && n <= NUMBER_YEAR_MAX) continue;
    out.add(n);
  }
  const toks = tokenize(text);
  let next = 0;
  for (const p of numberPhrases(text, toks)) {
    while (next < toks.length && toks[next].start < p.end) next++;
    if (p.value < NUMBER_MIN_VALUE || (p.value >= NUMBER_YEAR_MIN && p.value <= NUMBER_YEAR_MAX)) continue;
    // A number before a unit of time is a duration (`منذ أربعة شهور`, four months), not a count.
    if (!(toks[next] && isTimeUnit(toks[next].text))) out.add(p.value);
  }
  return out;
}

/** Is the word a unit of time (the time lexicon's units.tsv: `شهور`, `days`)? */
const isTimeUnit = (word: string) => keysOf(word).some((k) => (lookupKey(phrases(), k) ?? []).some((p) => p.keys.length === 1 && p.meanings.some((m) => m.kind === 'unit')));

/** Do two sets of quantities conflict: both name some, and they share none? */
export function quantitiesConflict(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (!a.size || !b.size) return false;
  for (const n of a) if (b.has(n)) return false;
  return true;
}
