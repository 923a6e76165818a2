/**
 * Step 5: values. Absolute dates keep their own value; relative ones are resolved against
 * the anchor D (design/ARABIC.md §5): أمس = D−1; a weekday is the latest such day ≤ D
 * (D itself without الماضي, D−7 with it), or the next ≥ D when the sentence looks forward
 * (D+7 with an explicit المقبل/next on D's own weekday); a month or date without a year is
 * the occurrence nearest D, the past favoured (October 31 in late August is two months ahead,
 * not ten back; April in October is last April), or the next ≥ D when the sentence looks
 * forward; weeks are Monday–Sunday intervals.
 */
import {
  addMonths, daysInMonth, epochDay, fromHijri, hijriMonthSpan, isoDate, isoInterval, isoMonth, toHijri, weekStart, weekday, ymd, type Ymd,
} from './calendar.js';
import { AHEAD_MAX_MONTHS, BEGIN_LAST_DAY, MID_LAST_DAY, MONTH_SLOT_DAYS, MONTHS_IN_YEAR, RECENT_DAYS } from './constants.js';
import type { Expr, Part, What } from './grid.js';

/** Days of the week, for week-level arithmetic. */
const WEEK_DAYS = 7;

export interface Resolved {
  value: string;
  /** True when D was not the publication date, or for fuzzy expressions (مؤخرا, في وقت لاحق). */
  underspecified: boolean;
}

/** A third of a span of days [first, last], as an interval. */
function partOf(first: number, last: number, part: Part): string {
  if (part === 'begin') return isoInterval(first, Math.min(last, first + BEGIN_LAST_DAY - 1));
  if (part === 'mid') return isoInterval(first + BEGIN_LAST_DAY, Math.min(last, first + MID_LAST_DAY - 1));
  return isoInterval(first + MID_LAST_DAY, last);
}

function monthValue(y: number, m: number, part?: Part): string {
  return part ? partOf(epochDay(y, m, 1), epochDay(y, m, daysInMonth(y, m)), part) : isoMonth(y, m);
}

/**
 * The year of a month (and day) given without one, in the anchor's calendar (months of 12 in both).
 * With الماضي/المقبل strictly before/after D's month; in the future the next ≥ D; in the past
 * (منذ, كان, since) the most recent ≤ D (design/ARABIC.md §5 rule 4); else the nearest occurrence, the past favoured: the next one only when it is at most AHEAD_MAX_MONTHS
 * ahead (and so clearly the nearer), else the most recent ≤ D.
 */
function yearFor(w: Extract<What, { type: 'date' }>, D: Ymd, future: boolean, past: boolean): number {
  if (w.yearOffset !== undefined) return D.y + w.yearOffset;
  // Compare (month, day) with D's; a month alone compares by month only.
  const cmp = w.m !== D.m ? w.m - D.m : w.d === undefined ? 0 : w.d - D.d;
  if (w.dir === 'last') return cmp >= 0 ? D.y - 1 : D.y;
  if (w.dir === 'next') return cmp <= 0 ? D.y + 1 : D.y;
  const ahead = cmp < 0 ? D.y + 1 : D.y;
  const back = cmp > 0 ? D.y - 1 : D.y;
  if (future) return ahead;
  if (past) return back;
  return ahead !== back && distance(w, D, ahead) <= AHEAD_MAX_MONTHS * MONTH_SLOT_DAYS ? ahead : back;
}

/** How far the month (and day) in year y lies from D, in days with every month MONTH_SLOT_DAYS long (a month alone: from D's month). */
function distance(w: Extract<What, { type: 'date' }>, D: Ymd, y: number): number {
  const months = (y - D.y) * MONTHS_IN_YEAR + w.m - D.m;
  return Math.abs(months * MONTH_SLOT_DAYS + (w.d === undefined ? 0 : w.d - D.d));
}

function dateValue(w: Extract<What, { type: 'date' }>, anchor: number | undefined, future: boolean, past: boolean): string | undefined {
  let y = w.y;
  if (w.cal === 'hijri') {
    if (y === undefined) {
      if (anchor === undefined) return undefined;
      y = yearFor(w, toHijri(anchor), future, past);
    }
    if (w.d !== undefined) {
      const day = fromHijri(y, w.m, w.d);
      return day === undefined ? undefined : isoDate(day);
    }
    const span = hijriMonthSpan(y, w.m);
    return span && (w.part ? partOf(span[0], span[1], w.part) : isoInterval(span[0], span[1]));
  }
  if (y === undefined) {
    if (anchor === undefined) return undefined;
    y = yearFor(w, ymd(anchor), future, past);
  }
  if (w.d === undefined) return monthValue(y, w.m, w.part);
  return w.d <= daysInMonth(y, w.m) ? isoDate(epochDay(y, w.m, w.d)) : undefined;
}

function relativeValue(w: What, D: number, future: boolean): string | undefined {
  switch (w.type) {
    case 'weekday': {
      const back = (weekday(D) - w.weekday + WEEK_DAYS) % WEEK_DAYS;
      const ahead = (w.weekday - weekday(D) + WEEK_DAYS) % WEEK_DAYS;
      if (w.dir === 'last') return isoDate(D - (back || WEEK_DAYS));
      if (w.dir === 'next') return isoDate(D + (ahead || WEEK_DAYS));
      return isoDate(future ? D + ahead : D - back);
    }
    case 'period': {
      if (w.unit === 'day') return isoDate(D + w.n);
      if (w.unit === 'week') {
        const start = weekStart(D) + WEEK_DAYS * w.n;
        return isoInterval(start, start + WEEK_DAYS - 1);
      }
      const a = ymd(D);
      if (w.unit === 'year') return String(a.y + w.n);
      const { y, m } = addMonths(a.y, a.m, w.n);
      if (w.day !== undefined) return w.day <= daysInMonth(y, m) ? isoDate(epochDay(y, m, w.day)) : undefined;
      return monthValue(y, m, w.part);
    }
    case 'ago': {
      if (w.unit === 'day') return isoDate(D - w.n);
      if (w.unit === 'week') return isoDate(D - WEEK_DAYS * w.n);
      const a = ymd(D);
      if (w.unit === 'year') return String(a.y - w.n);
      const { y, m } = addMonths(a.y, a.m, -w.n);
      return isoMonth(y, m);
    }
    case 'recent':
      return isoInterval(D - RECENT_DAYS, D);
    default:
      return undefined;
  }
}

/**
 * The value of one expression. `anchor` is D; `published` says whether D is the publication
 * date (else it came from the text); `previous` is the value of the time before it.
 */
export function resolve(e: Expr, anchor: number | undefined, published: boolean, previous: string | undefined): Resolved | undefined {
  const w = e.what;
  const future = e.future === true;
  if (w.type === 'year') {
    if (w.cal === 'greg') return { value: String(w.y), underspecified: false };
    const first = fromHijri(w.y, 1, 1);
    const next = fromHijri(w.y + 1, 1, 1);
    return first === undefined || next === undefined ? undefined : { value: isoInterval(first, next - 1), underspecified: false };
  }
  if (w.type === 'date') {
    const value = dateValue(w, anchor, future, e.past === true);
    return value === undefined ? undefined : { value, underspecified: w.y === undefined && !published };
  }
  if (w.type === 'anaphoric') {
    const value = previous ?? (anchor === undefined ? undefined : isoDate(anchor));
    return value === undefined ? undefined : { value, underspecified: true };
  }
  if (anchor === undefined) return undefined;
  const value = relativeValue(w, anchor, future);
  return value === undefined ? undefined : { value, underspecified: !published || w.type === 'recent' };
}
