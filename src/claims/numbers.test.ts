import { describe, expect, it } from 'vitest';
import { quantitiesConflict, quantitiesOf } from './numbers.js';

describe('quantities a statement names', () => {
  it.each([
    ['Western digits', 'killed 17 people', [17]],
    ['Arabic-Indic digits', 'قتل ١٧ شخصا', [17]],
    ['a thousands separator', 'sent 10,000 troops', [10000]],
    ['a decimal, by its scale word', 'an aid package of 4.5 billion', [4_500_000_000]],
    ['no year, and digits by their scale word', 'in 2015 they sent 62 million dollars', [62_000_000]],
    ['digits before an Arabic scale word as the English', 'أرسلوا 62 مليون دولار', [62_000_000]],
    ['a decimal comma before an Arabic scale word', 'حزمة مساعدات بقيمة 4,5 مليار', [4_500_000_000]],
    ['no scale in a percentage', 'rose by 12 percent', [12]],
    ['no year written in words', 'في عام ألفين واثنين وعشرين قتل خمسة عشر شخصا', [15]],
    ['no hundred in an Arabic percentage', 'ارتفعت بنسبة 12 في المئة و15 بالمائة', [12, 15]],
    ['twenty-five percent as 25 percent', 'twenty-five percent of the vote', [25]],
    ['no small count', 'the two sides met 2 times', []],
    ['an English number word', 'five new deaths on the day', [5]],
    ['an Arabic number word, with a clitic', 'أفرجت عن خمس نساء وثلاثة جنود', [5, 3]],
    ['no small number word', 'two of the victims and one nurse', []],
    ['no number word before a unit of time (a duration)', 'الحرب المستمرة منذ أربعة شهور', []],
    ['no ordinal', 'the third attack this week', []],
    ['no digits written onto a name', 'COVID-19 deaths rose to 17 as F-16 jets and MH17 were named', [17]],
    ['no digits written onto an Arabic name', 'ارتفعت وفيات كوفيد-19 إلى 17', [17]],
    ['digits after an Arabic clitic', '114 حالة نشطة و33 حالة تعاف', [114, 33]],
    ['an English compound number word, as one number', 'twenty-eight people were hurt', [28]],
    ['English hundreds joined by and', 'one hundred and fifty soldiers', [150]],
    ['an English count of thousands', 'three thousand families fled', [3000]],
    ['Arabic units before tens (nominative)', 'أصيب ثمانية وعشرون شخصا', [28]],
    ['Arabic units before tens (oblique)', 'إصابة ثمانية وعشرين شخصا', [28]],
    ['Arabic hundred and tens', 'مئة وخمسون جنديا', [150]],
    ['the Arabic dual of million', 'نزح مليونان', [2_000_000]],
    ['a small count of millions in digits, as in words', '2 million fled, two million fled', [2_000_000]],
    ['the Arabic dual of million (oblique)', 'نزوح مليونين من السكان', [2_000_000]],
    ['no quantity in a year\'s range, in words as in digits', 'نزح ألفان و2000 آخرون', []],
    ['an Arabic count of thousands', 'ثلاثة آلاف عائلة', [3000]],
    ['an Arabic teen', 'خمسة عشر جريحا', [15]],
    ['three million in words as in digits', 'ثلاثة ملايين لاجئ و3 million refugees', [3_000_000]],
    ['no number in a plural scale without its count', 'آلاف الأشخاص and thousands of people', []],
    ['no number in an ordinal day', 'في الثاني عشر من أكتوبر', []],
    ['no compound number before a unit of time (a duration)', 'منذ ثمانية وعشرين يوما', []],
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
