import { matchKey } from '../text/normalize/arabic.js';
import { NUMBER_MIN_VALUE, NUMBER_YEAR_MAX, NUMBER_YEAR_MIN } from './constants.js';

// The quantities a statement names (`62 مليون دولار`, `17 killed`), digits folded to ASCII: two statements that both
// name quantities and share none report different events (place.ts, broad concepts).

/** U+066B ARABIC DECIMAL SEPARATOR and U+066C ARABIC THOUSANDS SEPARATOR (src/text/chars.ts has neither). */
const ARABIC_DECIMAL_SEPARATOR = '\u066B';
const ARABIC_THOUSANDS_SEPARATOR = '\u066C';
const NUMBER = new RegExp(`\\d+(?:[.,${ARABIC_DECIMAL_SEPARATOR}${ARABIC_THOUSANDS_SEPARATOR}]\\d+)*`, 'g');
const THOUSANDS = new RegExp(`^\\d{1,3}(?:[,${ARABIC_THOUSANDS_SEPARATOR}]\\d{3})+$`);
const THOUSANDS_SEP = new RegExp(`[,${ARABIC_THOUSANDS_SEPARATOR}]`, 'g');
const DECIMAL_SEP = new RegExp(`[,${ARABIC_DECIMAL_SEPARATOR}]`, 'g');

/** Quantities in a text: numbers of at least NUMBER_MIN_VALUE that are not years, thousands separators dropped. */
export function quantitiesOf(text: string): Set<number> {
  const out = new Set<number>();
  for (const raw of matchKey(text).match(NUMBER) ?? []) {
    const n = Number(THOUSANDS.test(raw) ? raw.replace(THOUSANDS_SEP, '') : raw.replace(DECIMAL_SEP, '.'));
    if (!Number.isFinite(n) || n < NUMBER_MIN_VALUE) continue;
    if (Number.isInteger(n) && n >= NUMBER_YEAR_MIN && n <= NUMBER_YEAR_MAX) continue;
    out.add(n);
  }
  return out;
}

/** Do two sets of quantities conflict: both name some, and they share none? */
export function quantitiesConflict(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (!a.size || !b.size) return false;
  for (const n of a) if (b.has(n)) return false;
  return true;
}
