import { CLAIM_WINDOW_DAYS, DAY_MS } from './constants.js';
import type { ClaimSource, SourceStatement } from './types.js';

// When a statement was made: its own time, else the article's publication, else when it was ingested.
// Its own time counts only when it names a day (rule `date-day-only`): a year or a month (`2014`, `2015-05`) is
// nearly always when the content's events happened (`arrested in February 2014`), not when it was said, and dated
// one copy of a sentence months before its reprint (eval/gold/claims-dev2.json: `المفاوضات شبه مقطوعة`).

/** A time value (`2024-10-14`, `2024-10`, `2024-10-07/2024-10-13`, a date-time) as an ISO date-time, or undefined. */
export function isoOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let v = value.split('/')[0].trim();
  if (/^\d{4}-\d{2}$/.test(v)) v += '-01';
  if (/^\d{4}$/.test(v)) v += '-01-01';
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Does a time value name a day (`2024-10-14`, a date-time, or an interval starting on one)? */
export const namesDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}/.test(value.split('/')[0].trim());

/** The statement's date (ISO); `fallback` when neither the statement, the article nor the ingest has one. */
export function statementDate(src: ClaimSource, s: SourceStatement, fallback: string): string {
  const own = s.time && !s.time.underspecified && namesDay(s.time.value) ? isoOf(s.time.value) : undefined;
  return own ?? isoOf(src.publishedAt) ?? isoOf(src.ingestedAt) ?? fallback;
}

/** The earliest and latest date a claim may have for a statement of `date` to join it. */
export function windowAround(date: string): { from: string; to: string } {
  const t = Date.parse(date);
  return { from: new Date(t - CLAIM_WINDOW_DAYS * DAY_MS).toISOString(), to: new Date(t + CLAIM_WINDOW_DAYS * DAY_MS).toISOString() };
}

/** Does a claim seen from `first` to `last` lie within the window of `date`? */
export function inWindow(date: string, first: string, last: string): boolean {
  const { from, to } = windowAround(date);
  return last >= from && first <= to;
}
