/**
 * Time expressions: found in Arabic and English text and resolved against the publication
 * date (design/ARABIC.md §5). Lexicons: data/lexicons/time/*.tsv.
 */
import type { Sentence, TimeRef } from '../model/analysis.js';
import type { Lang } from '../model/lang.js';
import { atomize } from './01-atoms.js';
import { findDates } from './02-dates.js';
import { findRelative } from './03-relative.js';
import { markFuture } from './04-tense.js';
import { resolve } from './05-resolve.js';
import { epochDay, parseIsoDate } from './calendar.js';
import type { Expr } from './grid.js';
import { phrases } from './lexicon.js';
import { timeWords, type Word } from './words.js';

export interface FindTimesInput {
  text: string;
  sentences: Sentence[];
  lang: Lang;
  /** ISO date or date-time; its date part, as written (the publisher's local date), is D. */
  publishedAt?: string;
  /**
   * The words of the whole text from the shared scan (analyze's `words(text)`), when there are: their
   * keys are taken instead of folding the words again. The time stage's word shape is its own (words.ts).
   */
  words?: readonly Word[];
}

/** A TimeRef with the id of the rule that found it (`ar-day-month-year`, `en-last-week`). */
export interface FoundTime extends TimeRef {
  rule: string;
}

/** Languages whose lexicons we have; others return no times. */
const LANGS_WITH_LEXICONS: ReadonlySet<Lang> = new Set(['ar', 'en', 'und']);

/** The first absolute day in the text (a dateline), the anchor when there is no publication date. */
function textAnchor(exprs: Expr[]): number | undefined {
  for (const e of exprs) {
    const w = e.what;
    if (w.type === 'date' && w.cal === 'greg' && w.y !== undefined && w.d !== undefined) {
      return epochDay(w.y, w.m, w.d);
    }
  }
  return undefined;
}

export function findTimes(input: FindTimesInput): FoundTime[] {
  const { text, sentences, lang, publishedAt, words } = input;
  if (!LANGS_WITH_LEXICONS.has(lang)) return [];
  // 1. Words and their keys, then lexicon phrases and numbers.
  const index = phrases();
  const grid = atomize(text, timeWords(text, words), index);
  // 2–3. Calendar dates take their atoms first, then relative expressions.
  const exprs = [...findDates(grid), ...findRelative(grid)].sort((a, b) => a.start - b.start);
  // 4. Tense, for expressions that can point either way.
  markFuture(grid, exprs, sentences, index);
  // 5. Values against D: the publication date, else the first full date in the text.
  const published = publishedAt === undefined ? undefined : parseIsoDate(publishedAt);
  const anchor = published ?? textAnchor(exprs);
  const out: FoundTime[] = [];
  let previous: string | undefined;
  for (const e of exprs) {
    const r = resolve(e, anchor, published !== undefined, previous);
    if (!r) continue;
    const ref: FoundTime = { start: e.start, end: e.end, text: text.slice(e.start, e.end), value: r.value, rule: e.rule };
    if (r.underspecified) ref.underspecified = true;
    out.push(ref);
    if (e.what.type !== 'anaphoric') previous = r.value;
  }
  return out;
}
