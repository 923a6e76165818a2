import { describe, expect, it } from 'vitest';
import { calendarKeys } from './calendar.js';
import { fingerprint } from './fingerprint.js';
import { numbersOf } from './numbers.js';
import { sharedNames, translationEvidence } from './translation.js';

describe('calendarKeys: days a text names that need no publication date', () => {
  it.each([
    ['a weekday in English and Arabic', 'The vote is on Saturday.', 'سيجري التصويت يوم السبت.', ['weekday:6']],
    ['a weekday with a proclitic', 'Talks resume on Tuesday.', 'وتستأنف المحادثات الثلاثاء وفي الثلاثاء.', ['weekday:2']],
    ['an ordinal day of a month in words and in digits', 'The court ruled on the 12th of October.', 'حكمت المحكمة في الثاني عشر من تشرين الأول.', ['--10-12']],
    ['a compound ordinal day', 'The letter of the 28th of October.', 'الرسالة المؤرخة في الثامن والعشرين من تشرين الأول.', ['--10-28']],
    ['a day after its month', 'He arrived on October 5.', 'وصل في 5 أكتوبر.', ['--10-05']],
  ])('%s', (_name, en, ar, keys) => {
    expect(calendarKeys(en)).toEqual(keys);
    expect(calendarKeys(ar)).toEqual(keys);
  });

  it('leaves a day with its year to the time stage', () => {
    expect(calendarKeys('It happened on 12 October 2016.')).toEqual([]);
    expect(calendarKeys('وقع ذلك في 12 تشرين الأول من عام 2016.')).toEqual([]);
  });

  it('does not read أحد ("one") as Sunday', () => {
    expect(calendarKeys('قال أحد المسؤولين إن')).toEqual([]);
  });

  it('adds weekdays to the dates of an article without a publication date only', () => {
    const article = { language: 'en' as const, title: 'Voters go out on Tuesday', paragraphs: ['The count ends later.'] };
    expect(fingerprint({ article, times: [] }).dates).toEqual(['weekday:2']);
    expect(fingerprint({ article: { ...article, publishedAt: '2024-11-05T08:00:00Z' }, times: [] }).dates).toEqual([]);
  });
});

describe('numbersOf: numbers in words and digits alike', () => {
  it.each([
    ['a small count of weeks', 'The waiting period is eight weeks.', 'فترة الانتظار ثمانية أسابيع.', '8'],
    ['a count in digits and in words', 'It took 3 years.', 'استغرق ذلك ثلاث سنوات.', '3'],
    ['the Arabic dual is two', 'He left two years ago.', 'غادر قبل عامين.', '2'],
    ['an ordinal day in words meets its digits', 'on the 12th of October', 'في الثاني عشر من تشرين الأول', '12'],
    ['a compound number in words meets its digits', 'twenty-eight people were hurt', 'أصيب 28 شخصا', '28'],
    ['Arabic units before tens meet English tens before units', 'twenty-eight people were hurt', 'أصيب ثمانية وعشرون شخصا', '28'],
    ['the oblique Arabic form reads as the nominative', 'It lasted 28 days.', 'استمر ثمانية وعشرين يوما.', '28'],
    ['hundreds joined by and', 'one hundred and fifty soldiers', 'مئة وخمسون جنديا', '150'],
    ['the Arabic dual of thousand', 'two thousand families', 'ألفا عائلة أو ألفين', '2000'],
    ['an Arabic count of thousands', 'three thousand families', 'ثلاثة آلاف عائلة', '3000'],
    ['a percentage in words', 'twenty-five percent of the vote', '25% من الأصوات', '25%'],
  ])('%s', (_name, en, ar, key) => {
    expect(numbersOf(en)).toContain(key);
    expect(numbersOf(ar)).toContain(key);
  });

  it.each([
    ['a percentage before the word for year is no count of years', 'ارتفعت بنسبة 6% عام 2015', ['6%', '2015']],
    ['a number in a name counts nothing (COVID-19, G20)', 'COVID-19 cases at the G20 rose to 118,381', ['118381']],
    ['a number in an Arabic name counts nothing', 'أصاب كوفيد-19 نحو 118381 شخصا', ['118381']],
    ['a number after the proclitic و still counts', 'قتل 123 شخصا و1250 جريحا', ['123', '1250']],
    ['one week is not a count (Arabic leaves it unmarked)', 'a week later', []],
    ['a compound count of days is one number, not its parts', 'after twenty-eight days', ['28']],
    ['a scale word after digits is theirs alone', 'أرسلوا 62 مليون دولار', ['62000000']],
    ['a plural scale without its count is no number', 'thousands of people and آلاف الأشخاص', []],
    ['quantity (كمية) is not the word for hundred', 'انخفاض كمية المخزون', []],
  ])('%s', (_name, text, keys) => {
    expect(numbersOf(text)).toEqual(keys);
  });

  it('keeps the numbers in text order, words among digits', () => {
    expect(numbersOf('بعد 45 دقيقة و ثمانية أسابيع و 120 يوما')).toEqual(['45', '8', '120']);
  });
});

describe('sharedNames: transliterated names with two consonants swapped', () => {
  it.each([
    ['a long skeleton with two neighbours swapped', ['BTSFRD'], ['BSTFRD', 'KTB'], 1],
    ['the same skeleton', ['KLN'], ['KLN'], 1],
    ['a short skeleton must be the same', ['KLN'], ['LKN'], 0],
    ['a skeleton farther apart', ['BTSFRD'], ['BSFTRD'], 0],
  ])('%s', (_name, a, b, n) => {
    expect(sharedNames(a, b)).toBe(n);
  });
});

describe('translationEvidence: weekdays without a publication date', () => {
  const excerpt = (language: 'ar' | 'en', dates: string[], words: number) =>
    ({ language, entities: [], numbers: [], names: [], dates, quotes: 0, paragraphs: 3, words });
  it('matches two short excerpts naming the same weekday and no other anchor', () => {
    expect(translationEvidence(excerpt('en', ['weekday:2'], 45), excerpt('ar', ['weekday:2'], 40)).match).toBe(true);
  });
  it('does not match excerpts naming different weekdays', () => {
    expect(translationEvidence(excerpt('en', ['weekday:2'], 45), excerpt('ar', ['weekday:3'], 40)).match).toBe(false);
  });
});
