import { matchKey } from '../text/normalize/arabic.js';
import { boundedMemo } from '../text/memo.js';
import { tokenize } from '../text/tokens.js';
import { lookupKey, phrases } from '../time/lexicon.js';
import { NUMBER_MIN_VALUE, NUMBER_YEAR_MAX, NUMBER_YEAR_MIN } from './constants.js';
import { keysOf } from './lexicon.js';

// The quantities a statement names (`62 مليون دولار`, `17 killed`, `five new deaths`, `خمس وفيات`), digits folded to
// ASCII, number words read with the time lexicon's numbers.tsv (a translation writes `five` where the original wrote
// `خمس`, or `5`): two statements that both name quantities and share none report different events (place.ts, broad
// concepts); the same quantities anchor a translation (echo.ts).

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
  for (const raw of matchKey(text).match(NUMBER) ?? []) {
    const n = Number(THOUSANDS.test(raw) ? raw.replace(THOUSANDS_SEP, '') : raw.replace(DECIMAL_SEP, '.'));
    if (!Number.isFinite(n) || n < NUMBER_MIN_VALUE) continue;
    if (Number.isInteger(n) && n >= NUMBER_YEAR_MIN && n <= NUMBER_YEAR_MAX) continue;
    out.add(n);
  }
  const toks = tokenize(text);
  toks.forEach((t, i) => {
    const n = numberWord(t.text);
    // A number word before a unit of time is a duration (`منذ أربعة شهور`, four months), not a count.
    if (n !== undefined && n >= NUMBER_MIN_VALUE && !(toks[i + 1] && isTimeUnit(toks[i + 1].text))) out.add(n);
  });
  return out;
}

/** Is the word a unit of time (the time lexicon's units.tsv: `شهور`, `days`)? */
const isTimeUnit = (word: string) => keysOf(word).some((k) => (lookupKey(phrases(), k) ?? []).some((p) => p.keys.length === 1 && p.meanings.some((m) => m.kind === 'unit')));

/** The value of a cardinal number word (`five`, `خمس`, `وخمسة`: clitics off), if the word is one. */
function numberWord(word: string): number | undefined {
  for (const k of keysOf(word)) for (const p of lookupKey(phrases(), k) ?? []) {
    if (p.keys.length !== 1) continue;
    const m = p.meanings.find((x) => x.kind === 'number' && !x.digits && !x.suffix);
    if (m && m.kind === 'number') return m.value;
  }
  return undefined;
}

/** Do two sets of quantities conflict: both name some, and they share none? */
export function quantitiesConflict(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (!a.size || !b.size) return false;
  for (const n of a) if (b.has(n)) return false;
  return true;
}
