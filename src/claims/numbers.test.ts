import { describe, expect, it } from 'vitest';
import { quantitiesConflict, quantitiesOf } from './numbers.js';

describe('quantities a statement names', () => {
  it.each([
    ['Western digits', 'killed 17 people', [17]],
    ['Arabic-Indic digits', 'قتل ١٧ شخصا', [17]],
    ['a thousands separator', 'sent 10,000 troops', [10000]],
    ['a decimal', 'an aid package of 4.5 billion', [4.5]],
    ['no year', 'in 2015 they sent 62 million dollars', [62]],
    ['no small count', 'the two sides met 2 times', []],
    ['an English number word', 'five new deaths on the day', [5]],
    ['an Arabic number word, with a clitic', 'أفرجت عن خمس نساء وثلاثة جنود', [5, 3]],
    ['no small number word', 'two of the victims and one nurse', []],
    ['no number word before a unit of time (a duration)', 'الحرب المستمرة منذ أربعة شهور', []],
    ['no ordinal', 'the third attack this week', []],
    ['no digits written onto a name', 'COVID-19 deaths rose to 17 as F-16 jets and MH17 were named', [17]],
    ['no digits written onto an Arabic name', 'ارتفعت وفيات كوفيد-19 إلى 17', [17]],
    ['digits after an Arabic clitic', '114 حالة نشطة و33 حالة تعاف', [114, 33]],
  ])('reads %s', (_name, text, expected) => {
    expect([...quantitiesOf(text)]).toEqual(expected);
  });

  it.each([
    ['both name quantities and share none', [17], [93], true],
    ['they share one', [17, 5], [17], false],
    ['one names none', [], [93], false],
  ])('conflict when %s: %s', (_name, a, b, expected) => {
    expect(quantitiesConflict(new Set(a), new Set(b))).toBe(expected);
  });
});
