/**
 * A line that is only a date ("Monday, January 14, 2019", "14 January 2019",
 * "الاثنين 14 أكتوبر 2024", "2019-01-14") → an ISO date. Month and weekday names come
 * from Intl (English, and the Arabic month sets of ARABIC.md §5), not from a hand list.
 */
import { DIACRITICS_CLASS, PRESENTATION_FORMS_CLASS, TATWEEL } from '../../text/chars.js';
import { lineKey } from './lexicon.js';

/** Locales whose month names are recognised: English, Egypt/Gulf, Levant, Maghreb. */
const LOCALES = ['en', 'ar-EG', 'ar-SY', 'ar-DZ', 'ar-MA'];
/** Any year: only month and weekday names are read from it. */
const YEAR_2001 = 2001;
/** "Day", as in يوم الاثنين 14 أكتوبر. */
const DAY_WORD = 'يوم';

interface Names {
  /** Normalised month name → month number 1–12. */
  months: Map<string, number>;
  weekdays: Set<string>;
}

let names: Names | undefined;

function lexicon(): Names {
  if (names) return names;
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  for (const locale of LOCALES) {
    // One formatter per locale and style: building a formatter costs far more than formatting.
    const formats = (['long', 'short'] as const).map((month) => new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }));
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(YEAR_2001, m, 15));
      for (const f of formats) months.set(lineKey(f.format(d)).replace(/\.$/, ''), m + 1);
    }
    for (let day = 0; day < 7; day++) weekdays.add(lineKey(weekday.format(new Date(Date.UTC(YEAR_2001, 0, day + 1)))));
  }
  months.set('sept', 9);
  names = { months, weekdays };
  return names;
}

/** A digit that the line key folds to an ASCII digit: ASCII, Arabic-Indic and Extended Arabic-Indic. */
const KEY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
/**
 * A letter that stays a letter in the line key: not tatweel or an Arabic mark that is a letter (the key drops
 * them), nor a presentation form (NFKC may make one a space and a mark, as it does the isolated harakat).
 */
const KEPT_LETTER = new RegExp(`(?![${TATWEEL}${DIACRITICS_CLASS}${PRESENTATION_FORMS_CLASS}])\\p{L}`, 'u');

/**
 * Whether the line's key may end in a digit, as every date line's does (the year or the ISO day):
 * false when its last letter or digit is a letter the key keeps, so a line of prose is ruled out
 * without being normalised.
 */
function mayEndInDigit(line: string): boolean {
  for (let i = line.length - 1; i >= 0; i--) {
    const ch = line[i];
    if (KEY_DIGIT.test(ch)) return true;
    if (KEPT_LETTER.test(ch)) return false;
  }
  return true;
}

/** The ISO date a date-only line states, or undefined. */
export function parseDateline(line: string): string | undefined {
  if (!mayEndInDigit(line)) return undefined;
  const key = lineKey(line).replace(/[,،]/g, ' ').replace(/\s+/g, ' ').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (iso) return valid(+iso[1], +iso[2], +iso[3]);
  const { months, weekdays } = lexicon();
  let words = key.split(' ');
  if (words[0] === DAY_WORD) words = words.slice(1);
  if (weekdays.has(words[0])) words = words.slice(1);
  if (words.length < 3) return undefined;
  // Month names may be two words (كانون الثاني).
  for (const [dayAt, monthFrom, monthTo] of [[0, 1, words.length - 1], [words.length - 2, 0, words.length - 2]]) {
    const month = months.get(words.slice(monthFrom, monthTo).join(' '));
    const day = words[dayAt];
    const year = words[words.length - 1];
    if (month && /^\d{1,2}$/.test(day) && /^\d{4}$/.test(year)) return valid(+year, month, +day);
  }
  return undefined;
}

function valid(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
