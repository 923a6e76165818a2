import { describe, expect, it } from 'vitest';
import { parseGenericPredicates, predicateStems, stemsOf } from './stems.js';

// Predicate stems (stems.ts): the words a rewording of one proposition keeps, as root-ish keys.

const meet = (a: string, b: string) => stemsOf(a).some((s) => stemsOf(b).includes(s));

describe('stemsOf: a verb and its verbal noun meet, other words do not', () => {
  it.each([
    ['أفرج meets الإفراج (released / the release)', 'أفرج', 'الإفراج', true],
    ['أطلق meets وإطلاق', 'أطلق', 'وإطلاق', true],
    ['هاجم meets الهجوم', 'هاجم', 'الهجوم', true],
    ['اعتقلت meets اعتقال', 'اعتقلت', 'اعتقال', true],
    ['تطالب meets المطالبة', 'تطالب', 'المطالبة', true],
    ['للاتفاق meets الاتفاق', 'للاتفاق', 'الاتفاق', true],
    ['released meets release', 'released', 'release', true],
    ['سيعدمونه meets الإعدام (a verb with person ending and object pronoun)', 'سيعدمونه', 'الإعدام', true],
    ['يطالبونهم meets المطالبة', 'يطالبونهم', 'المطالبة', true],
    ['برنامجا meets البرنامج (its ب is the word\'s own, not a preposition)', 'برنامجا', 'البرنامج', true],
    ['وبرنامج meets للبرنامج', 'وبرنامج', 'للبرنامج', true],
    ['سيعدمونه does not meet العدد', 'سيعدمونه', 'العدد', false],
    ['برنامجا does not meet المنهج', 'برنامجا', 'المنهج', false],
    ['أفرج does not meet هاجم', 'أفرج', 'هاجم', false],
    ['الاتفاق does not meet الحرب', 'الاتفاق', 'الحرب', false],
  ])('%s', (_name, a, b, expected) => {
    expect(meet(a, b)).toBe(expected);
  });
});

describe('stemsOf: the word\'s key comes first', () => {
  it('keeps the clitic-free form\'s stem first, a one-letter proclitic\'s form after it, and no article\'s form', () => {
    expect(stemsOf('برنامجا')[0]).toBe(stemsOf('رنامجا')[0]);
    expect(stemsOf('برنامجا')).toContain(stemsOf('برنامج')[0]);
    expect(stemsOf('الاتفاق')).toEqual(stemsOf('اتفاق'));
  });
});

describe('predicateStems: names, function words and generic predicates are left out', () => {
  it('keeps the predicate of an Arabic sentence, not its reporting verb or the names in it', () => {
    const text = 'أكد الوزير أن الحوثيين أفرجوا عن الرهينة الفرنسية في اليمن';
    const yemen = text.indexOf('اليمن');
    const stems = predicateStems({ text, lang: 'ar', entities: [{ id: 'country:YE', type: 'country', mentions: [{ start: yemen, end: yemen + 5 }] }] }, 0, text.length);
    const all = new Set(stems.flat());
    expect(stemsOf('الإفراج').some((s) => all.has(s))).toBe(true);
    expect(stemsOf('الرهينة').some((s) => all.has(s))).toBe(true);
    expect(stemsOf('أكد').some((s) => all.has(s))).toBe(false);
    expect(stemsOf('اليمن').some((s) => all.has(s))).toBe(false);
  });

  it('rejects a malformed lexicon row with its line', () => {
    expect(() => parseGenericPredicates('# c\nقال\tfr\n', 'x.tsv')).toThrow('x.tsv:2');
    expect(parseGenericPredicates('قال\tar\nsaid\ten\n').size).toBeGreaterThan(0);
  });
});
