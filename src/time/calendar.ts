/**
 * Calendar arithmetic on epoch days (days since 1970-01-01, UTC), so that no local time
 * zone leaks in. Gregorian ↔ Hijri goes through Intl's Umm al-Qura calendar.
 */
import {
  DAY_MS, HIJRI_EPOCH_DAY, HIJRI_MONTH_DAYS, HIJRI_REFINE_STEPS, HIJRI_YEAR_DAYS, WEEK_START,
} from './constants.js';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function epochDay(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function ymd(day: number): Ymd {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** `2024-10-14` for an epoch day. */
export function isoDate(day: number): string {
  const { y, m, d } = ymd(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function isoInterval(from: number, to: number): string {
  return `${isoDate(from)}/${isoDate(to)}`;
}

/** Epoch day of `YYYY-MM-DD` at the start of a string (`2024-10-16T09:00:00+03:00` → its local date), or undefined. */
export function parseIsoDate(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? epochDay(y, mo, d) : undefined;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** First day of the week holding `day` (weeks start on WEEK_START). */
export function weekStart(day: number): number {
  return day - ((weekday(day) - WEEK_START + 7) % 7);
}

/** Month index (y*12 + m-1) shifted by n months, back as year and month. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

// Hijri -------------------------------------------------------------------------------

const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});

/** Hijri (Umm al-Qura) date of an epoch day. */
export function toHijri(day: number): Ymd {
  const out: Ymd = { y: 0, m: 0, d: 0 };
  for (const p of HIJRI.formatToParts(new Date(day * DAY_MS))) {
    if (p.type === 'year') out.y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') out.m = Number(p.value);
    else if (p.type === 'day') out.d = Number(p.value);
  }
  return out;
}

/** Approximate day count of a Hijri date, only for measuring the distance between two. */
const hijriOrdinal = (h: Ymd): number => (h.y - 1) * HIJRI_YEAR_DAYS + (h.m - 1) * HIJRI_MONTH_DAYS + h.d;

/** Epoch day of a Hijri date, or undefined when the day does not exist (30 in a 29-day month). */
export function fromHijri(y: number, m: number, d: number): number | undefined {
  const target: Ymd = { y, m, d };
  let day = Math.round(HIJRI_EPOCH_DAY + hijriOrdinal(target) - 1);
  for (let step = 0; step < HIJRI_REFINE_STEPS; step++) {
    const h = toHijri(day);
    if (h.y === y && h.m === m && h.d === d) return day;
    const err = Math.round(hijriOrdinal(target) - hijriOrdinal(h));
    day += err === 0 ? 1 : err;
  }
  return undefined;
}

/** First and last epoch day of a Hijri month. */
export function hijriMonthSpan(y: number, m: number): [number, number] | undefined {
  const first = fromHijri(y, m, 1);
  const next = m === 12 ? fromHijri(y + 1, 1, 1) : fromHijri(y, m + 1, 1);
  return first === undefined || next === undefined ? undefined : [first, next - 1];
}
