import { describe, expect, it } from 'vitest';
import { nameKeys } from './names.js';
import { numbersOf } from './numbers.js';
import { arabicSkeleton, latinSkeleton } from '../text/skeleton.js';
import { matchKey } from '../text/normalize/arabic.js';

describe('consonant skeletons across scripts', () => {
  it.each([
    ['سيغال', 'Seagal'],
    ['كلينتون', 'Clinton'],
    ['فلاديفوستوك', 'Vladivostok'],
    ['سنابتشات', 'Snapchat'],
    ['تشارلز', 'Charles'],
    ['غونزاليز', 'González'],
    ['كريستيان', 'Christian'],
  ])('spells %s and %s alike', (ar, en) => {
    expect(arabicSkeleton(matchKey(ar))).toBe(latinSkeleton(en));
  });
  it.each([
    ['سلام', 'Clinton'],
    ['مدرسة', 'Madrid'],
  ])('keeps %s and %s apart', (ar, en) => {
    expect(arabicSkeleton(matchKey(ar))).not.toBe(latinSkeleton(en));
  });
});

describe('nameKeys', () => {
  it('keeps every Arabic content word, with and without its proclitics', () => {
    const keys = nameKeys({ language: 'ar', title: 'زار كلينتون ولاية كارولينا', paragraphs: ['قال إنه التقى بكلينتون.'] });
    expect(keys).toEqual(expect.arrayContaining(['KLNTN', 'KRLN']));
  });
  it('keeps only capitalised English words that are not function words, months or weekdays', () => {
    expect(nameKeys({ language: 'en', title: 'Clinton visits Carolina on Monday', paragraphs: ['The crowd cheered Clinton’s speech.'] })).toEqual(['KLNTN', 'KRLN']);
  });
  it('puts the words without the article ال first (a foreign name never takes it), each kind in text order', () => {
    const keys = nameKeys({ language: 'ar', title: 'قال المتحدث إن غريشام زار المصرف', paragraphs: ['والتقى فينويك.'] });
    expect(keys.slice(0, 2)).toEqual(['GRXM', 'FNK']);
    expect(keys.slice(2, 6)).toEqual(['MTDT', 'LMTDT', 'MSRF', 'LMSRF']);
  });
  it('keeps the skeleton of a word with the article without it first, then as written (a name may begin with Al-)', () => {
    const keys = nameKeys({ language: 'ar', title: 'البنك', paragraphs: [] });
    expect(keys).toEqual(['BNK', 'LBNK']);
  });
  it('leaves out the words of entities already linked (their ids are anchors)', () => {
    expect(nameKeys({ language: 'en', title: 'Putin met Clinton', paragraphs: [] }, [[0, 5]])).toEqual(['KLNTN']);
  });
});

describe('numbersOf', () => {
  it.each([
    ['a decimal comma and a scale word meet the decimal point', 'بلغ 1,5 مليون دولار', 'reached $1.5 million', '1500000'],
    ['a scale word meets the number written out', 'بمليار 2 مليار', 'reached 2,000,000,000', '2000000000'],
    ['a percentage counts even with one digit', 'ارتفعت بنسبة 6 بالمئة', 'rose by 6 percent', '6%'],
    ['Arabic-Indic digits with the Arabic decimal mark', 'بلغ ٢٫٥ مليار', 'reached 2.5bn', '2500000000'],
    ['a time with a colon meets one with a point', 'عند الساعة 23:45', 'at 23.45', '23.45'],
  ])('%s', (_name, ar, en, key) => {
    expect(numbersOf(ar)).toContain(key);
    expect(numbersOf(en)).toContain(key);
  });
  it('does not take a lone one-digit number without a percent for an anchor', () => {
    expect(numbersOf('قتل 3 أشخاص')).toEqual([]);
  });
});
