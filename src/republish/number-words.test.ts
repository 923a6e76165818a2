import { describe, expect, it } from 'vitest';
import { numberPhrases } from './number-words.js';

describe('numberPhrases: numbers written in words', () => {
  it.each([
    ['an English hyphenated compound', 'twenty-eight people', [28]],
    ['English hundreds joined by and', 'one hundred and fifty soldiers', [150]],
    ['a count of thousands', 'two thousand families', [2000]],
    ['a thousand with the article', 'a thousand men', [1000]],
    ['millions of a compound count', 'two million three hundred thousand voters', [2_300_000]],
    ['Arabic units before tens, with the conjunction on the tens', 'ثمانية وعشرون شخصا', [28]],
    ['the oblique Arabic form', 'ثمانية وعشرين شخصا', [28]],
    ['an Arabic teen', 'خمسة عشر جريحا', [15]],
    ['an Arabic hundred and tens', 'مئة وخمسون', [150]],
    ['an Arabic hundred written in one word, and units and tens', 'ثلاثمئة وخمسة وعشرون', [325]],
    ['an Arabic hundred written in two words', 'ثلاث مئة', [300]],
    ['the Arabic dual of thousand, either case', 'ألفان أو ألفين', [2000, 2000]],
    ['an Arabic dual and a hundred', 'ألفان وخمسمئة', [2500]],
    ['an Arabic count of thousands', 'ثلاثة آلاف', [3000]],
    ['tens of thousands, the scale in the accusative', 'نحو خمسين ألفاً', [50_000]],
    ['the oblique dual in a construct', 'مليوني لاجئ', [2_000_000]],
    ['an Arabic singular scale by itself', 'مليون لاجئ', [1_000_000]],
    ['two numbers side by side, not one (units twice)', 'two and three', [2, 3]],
    ['a number after a year', 'In 2020 five people died', [5]],
    ['two numbers joined by and without a hundred', 'between five and ten', [5, 10]],
    ['two numbers of the wrong English order', 'pages five ten and twelve', [5, 10, 12]],
    ['an Arabic ten joined by و as another number', 'بين خمسة وعشرة', [5, 10]],
    ['English hundreds and units', 'two hundred and five', [205]],
  ])('reads %s', (_name, text, values) => {
    expect(numberPhrases(text).map((p) => p.value)).toEqual(values);
  });

  it.each([
    ['a plural scale without its count', 'thousands of people, آلاف الأشخاص'],
    ['an English scale without its count', 'the million-dollar deal'],
    ['an English hundred without its count', 'a few hundred people'],
    ['a scale word after digits (the digits are scaled: numbers.ts)', '62 مليون دولار'],
    ['the ten of an ordinal day', 'في الثاني عشر من أكتوبر'],
    ['the tens of an ordinal (the twenty-eighth session)', 'الدورة الثامنة والعشرون للمجلس'],
    ['quantity (كمية: ك is no proclitic of a number)', 'انخفاض كمية المخزون'],
    ['"I am not" (لست: ل + ست leaves too short a word)', 'لست أدري'],
    ['an article before a count', 'a five-year plan'],
    ['the hundred of percent (في المئة, بالمئة)', 'ارتفعت بنسبة 6 في المئة و7 بالمئة'],
  ])('reads no number in %s', (_name, text) => {
    expect(numberPhrases(text)).toEqual([]);
  });

  it('gives where the words lie', () => {
    const text = 'قتل ثمانية وعشرون شخصا';
    const [p] = numberPhrases(text);
    expect(text.slice(p.start, p.end)).toBe('ثمانية وعشرون');
  });
});
