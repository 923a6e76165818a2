import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** Wednesday 16 October 2024. */
const WED = '2024-10-16';

const run = (text: string, publishedAt?: string) =>
  findTimes({ text, sentences: [{ start: 0, end: text.length, block: 0 }], lang: 'en', publishedAt }).map((t) => [t.text, t.value]);

describe('findTimes: English', () => {
  it.each<[string, string, string | undefined, [string, string][]]>([
    ['reads month, day and year', 'On October 14, 2024, he said', WED, [['October 14, 2024', '2024-10-14']]],
    ['reads day, month and year', 'on 14 October 2024', WED, [['14 October 2024', '2024-10-14']]],
    ['reads an abbreviated month with a day', 'on Oct. 14', WED, [['Oct. 14', '2024-10-14']]],
    ['reads a Wikinews dateline as one date', 'Monday, January 14, 2019\nThe minister said', undefined, [['Monday, January 14, 2019', '2019-01-14']]],
    ['resolves in June to the latest June', 'the treaty signed in June', WED, [['June', '2024-06']]],
    ['resolves a day and month in the past', 'on 20 September', WED, [['20 September', '2024-09-20']]],
    ['resolves a day and month a few days ahead to this year, not last year', 'on 20 October', WED, [['20 October', '2024-10-20']]],
    ['resolves October 31 in late August to two months ahead', 'a no-deal Brexit by October 31', '2019-08-29', [['October 31', '2019-10-31']]],
    ['resolves a December date in late August ahead', 'until Dec. 20', '2019-08-29', [['Dec. 20', '2019-12-20']]],
    ['resolves a month after since to the latest, not the one just ahead', 'He has lived there since November', '2015-07-15', [['November', '2014-11']]],
    ['resolves a date five months ahead to last year', 'on April 5', WED, [['April 5', '2024-04-05']]],
    ['resolves a month alone to the nearest: next month ahead, not a year back', 'in November', WED, [['November', '2024-11']]],
    ['resolves a January date in December ahead, across the year', 'on January 10', '2024-12-20', [['January 10', '2025-01-10']]],
    ['resolves a December date in January back, across the year', 'on December 28', '2025-01-05', [['December 28', '2024-12-28']]],
    ['reads last October as the one before', 'came last October', '2019-08-29', [['last October', '2018-10']]],
    ['reads next March as the one after', 'will go next March', '2019-08-29', [['next March', '2020-03']]],
    ['reads this June as the year of publication', 'this June', '2019-08-29', [['this June', '2019-06']]],
    ['reads a date far ahead forward after will', 'The vote will be held on April 5', WED, [['April 5', '2025-04-05']]],
    ['resolves on Monday to the Monday before', 'said on Monday', WED, [['Monday', '2024-10-14']]],
    ['resolves last Tuesday', 'met last Tuesday', WED, [['last Tuesday', '2024-10-15']]],
    ['resolves next Monday', 'will meet next Monday', WED, [['next Monday', '2024-10-21']]],
    ['resolves a weekday forward after will', 'He will travel to Cairo on Friday', WED, [['Friday', '2024-10-18']]],
    ['resolves today and yesterday', 'today and yesterday', WED, [['today', '2024-10-16'], ['yesterday', '2024-10-15']]],
    ['resolves week, month and year relatives', 'last week, last month, last year, next week', WED, [
      ['last week', '2024-10-07/2024-10-13'], ['last month', '2024-09'], ['last year', '2023'], ['next week', '2024-10-21/2024-10-27'],
    ]],
    ['resolves earlier this month', 'said earlier this month', WED, [['earlier this month', '2024-10']]],
    ['counts days back', 'three days ago and 2 weeks ago', WED, [['three days ago', '2024-10-13'], ['2 weeks ago', '2024-10-02']]],
    ['reads mid-month as its middle third', 'until mid-June', WED, [['mid-June', '2024-06-11/2024-06-20']]],
    ['reads a year after in', 'in 2023', WED, [['2023', '2023']]],
    ['does not read a bare number as a year', 'killed 2023 people', WED, []],
    ['does not read the modal may as May', 'He may come. May God help.', WED, []],
    ['reads May with a day', 'on May 3', WED, [['May 3', '2024-05-03']]],
    ['does not read lower-case march as March', 'the march began', WED, []],
    ['does not read Nissan as April', 'a Nissan car', WED, []],
  ])('%s', (_name, text, pub, expected) => {
    expect(run(text, pub)).toEqual(expected);
  });
});
