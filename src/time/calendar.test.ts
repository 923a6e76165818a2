import { describe, expect, it } from 'vitest';
import { epochDay, fromHijri, hijriMonthSpan, isoDate, parseIsoDate, toHijri, weekStart, weekday } from './calendar.js';

describe('calendar', () => {
  it.each([
    ['2024-10-16', 3],
    ['2024-10-14', 1],
    ['2024-10-13', 7],
    ['1970-01-01', 4],
  ])('%s is ISO weekday %i', (iso, wd) => {
    expect(weekday(parseIsoDate(iso)!)).toBe(wd);
  });

  it('starts weeks on Monday', () => {
    expect(isoDate(weekStart(epochDay(2024, 10, 13)))).toBe('2024-10-07');
    expect(isoDate(weekStart(epochDay(2024, 10, 14)))).toBe('2024-10-14');
  });

  it('reads the local date of a date-time with an offset', () => {
    expect(isoDate(parseIsoDate('2024-10-17T01:30:00+03:00')!)).toBe('2024-10-17');
  });

  it('rejects an impossible date', () => {
    expect(parseIsoDate('2024-02-30')).toBeUndefined();
  });

  it('converts Gregorian to Hijri with Intl (Umm al-Qura)', () => {
    expect(toHijri(epochDay(2024, 6, 19))).toEqual({ y: 1445, m: 12, d: 13 });
  });

  it.each([
    [1445, 12, 13, '2024-06-19'],
    [1445, 9, 1, '2024-03-11'],
    [1446, 1, 1, '2024-07-07'],
    [1436, 10, 1, '2015-07-17'],
  ])('converts Hijri %i-%i-%i back to %s', (y, m, d, iso) => {
    expect(isoDate(fromHijri(y, m, d)!)).toBe(iso);
  });

  it('returns no day for the 30th of a 29-day Hijri month', () => {
    const [first, last] = hijriMonthSpan(1445, 9)!;
    expect(last - first + 1).toBe(30);
    const short = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => { const s = hijriMonthSpan(1445, m)!; return s[1] - s[0] === 28; })!;
    expect(fromHijri(1445, short, 30)).toBeUndefined();
  });
});
