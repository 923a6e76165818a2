/** Tuning constants of `findTimes`. Set by hand from design/ARABIC.md §5; none is fitted to data. */

/** Lowest number (inclusive) read as a year without a م/هـ suffix (`عام 1948`). */
export const YEAR_MIN = 1800;
/** Highest number (inclusive) read as a year without a suffix. */
export const YEAR_MAX = 2100;
/** Lowest Hijri year (inclusive) accepted with هـ; Umm al-Qura tables in ICU cover 1300–1600. */
export const HIJRI_YEAR_MIN = 1300;
/** Highest Hijri year (inclusive) accepted with هـ. */
export const HIJRI_YEAR_MAX = 1600;
/** Largest number of units read in `قبل N أيام` / `N days ago`. */
export const AGO_MAX = 400;
/** Last day (inclusive) of the `begin` third of a month (مطلع/أوائل, early). */
export const BEGIN_LAST_DAY = 10;
/** Last day (inclusive) of the `mid` third of a month (منتصف/أواسط, mid). */
export const MID_LAST_DAY = 20;
/** Days before publication covered by مؤخرا / recently (an underspecified interval). */
export const RECENT_DAYS = 30;
/** Months in a year, Gregorian or Hijri (for the nearest year of a date given without one). */
export const MONTHS_IN_YEAR = 12;
/** Days a month counts for when asking whether a year-less date lies nearer ahead of D or behind it (a slot, not a length: only the order matters). */
export const MONTH_SLOT_DAYS = 31;
/**
 * Months: how far ahead of D a year-less date (with no future marker) may lie and still be read ahead, as the
 * nearest occurrence; farther ahead it is the last one behind D. A third of a year, set by hand: news mostly
 * reports the past, so a date five or six months away either way (April in October) is read as the past one.
 */
export const AHEAD_MAX_MONTHS = 4;
/** Words before an expression, in its sentence, searched for a future marker (سوف, will, سيـ). */
export const FUTURE_WINDOW_WORDS = 8;
/** Shortest word (letters, after و/ف) read as a سيـ/ستـ/سنـ future verb (سيتم, سيزور). */
export const FUTURE_VERB_MIN_LETTERS = 4;
/** ISO weekday on which a week starts: Monday, for simplicity (ARABIC.md §5 rule 5 says it varies by country). */
export const WEEK_START = 1;
/** Milliseconds in a day, for epoch-day arithmetic. */
export const DAY_MS = 86_400_000;
/** Mean length of a Hijri year in days, to guess a Gregorian date before refining it with Intl. */
export const HIJRI_YEAR_DAYS = 354.367;
/** Mean length of a Hijri month in days. */
export const HIJRI_MONTH_DAYS = 29.5306;
/** Epoch day (days since 1970-01-01) of 1 Muharram 1 AH (622-07-16, civil epoch). */
export const HIJRI_EPOCH_DAY = -492_151;
/** Refinement steps when converting a Hijri date to Gregorian (each step moves by the remaining error). */
export const HIJRI_REFINE_STEPS = 8;
