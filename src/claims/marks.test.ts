import { describe, expect, it } from 'vitest';
import { eventsDiffer, marksOf, namesSeries, placesIn, sharedMarks, sideOfTexts } from './marks.js';

// The marks that tell one event of a broad concept from another: the place, the day and the toll its content names.

describe('placesIn: the name after a place noun', () => {
  it.each([
    ['Arabic: the name after a noun in construct, an adjective left out', 'قصف الحوثيون مناطق سكنية في مدينة عدن الجنوبية', 'ar', ['عدن']],
    ['Arabic: a two-word name stops at a preposition', 'قتلت القذائف مدنيين في منطقة دار سعد في الصباح', 'ar', ['دار سعد']],
    ['Arabic: a clitic on the noun (بمدينة)', 'سقطت قذائف بمدينة تعز', 'ar', ['تعز']],
    ['Arabic: a definite noun introduces no name', 'وقع الهجوم في المنطقة الشرقية', 'ar', []],
    ['Arabic: a kind of place is no name (منطقة سكنية)', 'سقطت القذيفة على منطقة سكنية', 'ar', []],
    ['English: the capitalised words after `city of`', 'Rebels shelled the city of Aden on Sunday', 'en', ['aden']],
    ['English: lower-case words are no name', 'an attack on the city of their birth', 'en', []],
  ])('%s', (_name, text, lang, places) => {
    expect(placesIn(text, lang as 'ar' | 'en')).toEqual(places);
  });
});

describe('marksOf: days of a month are dates, not tolls', () => {
  it.each([
    ['Arabic: `19 يوليو` is a day, not a quantity', 'الهجمات التي وقعت في 19 يوليو قتلت 43 شخصا', ['7-19'], [43]],
    ['Arabic: the Levantine month name too', 'الهجوم وقع في 3 تموز', ['7-3'], []],
    ['English: `July 19` and `19 July`', 'the attack of July 19 killed 12; another on 20 July', ['7-19', '7-20'], [12]],
    ['a number with no month stays a quantity', 'قتل 19 شخصا في الهجوم', [], [19]],
  ])('%s', (_name, text, days, quantities) => {
    const m = marksOf(text, /[a-z]/i.test(text) ? 'en' : 'ar');
    expect({ days: m.days, quantities: [...m.quantities] }).toEqual({ days, quantities });
  });
});

describe('eventsDiffer: two sets of statements about a broad event', () => {
  const ar = (...contents: string[]) => contents.map((content) => ({ content, lang: 'ar' as const }));
  it.each([
    ['two places named: different events', ar('قصف الحوثيون مدينة عدن'.replace('مدينة عدن', 'في مدينة عدن')), ar('هجوم في منطقة دار سعد'), 'place'],
    ['a place named by one, its name in the other\'s words without a noun: the same', ar('هجوم في منطقة دار سعد'), ar('43 قتيلا في قصف على دار سعد'), undefined],
    ['two different days: different events', ar('الهجوم الذي وقع في 19 يوليو'), ar('الهجوم الذي وقع في 22 يوليو'), 'day'],
    ['the same day: the same event', ar('الهجوم الذي وقع في 19 يوليو'), ar('قتل 43 في هجوم 19 يوليو'), undefined],
    ['a day of the month is no toll (19 beside 43)', ar('الهجمات التي وقعت في 19 يوليو'), ar('43 شخصا قتلوا في القصف'), undefined],
    ['different tolls: numbers', ar('قتل 17 شخصا في الغارة'), ar('قتل 93 شخصا في الغارة'), 'numbers'],
    ['English: different cities', [{ content: 'a strike on the city of Raqqa', lang: 'en' as const }], [{ content: 'a strike on the town of Kobani', lang: 'en' as const }], 'place'],
  ])('%s', (_name, a, b, expected) => {
    expect(eventsDiffer(a, b)).toBe(expected);
  });

  it('counts the marks two sides share: place, day and toll', () => {
    const a = sideOfTexts(ar('قتل 43 في منطقة دار سعد في 19 يوليو'));
    expect(sharedMarks(a, sideOfTexts(ar('43 قتيلا في دار سعد يوم 19 يوليو')))).toBe(3);
    expect(sharedMarks(a, sideOfTexts(ar('قصف في مدينة عدن')))).toBe(0);
  });
});

describe('namesSeries: an event named in the plural, with no mark of its own', () => {
  const side = (content: string) => sideOfTexts([{ content, lang: /[a-z]/i.test(content) ? 'en' as const : 'ar' as const }]);
  it.each([
    ['Arabic: `مواقع الهجمات` with no place, day or toll is a series', 'هجمات', 'بينت التحقيقات في مواقع الهجمات استخدام قذائف الهاون', true],
    ['Arabic: a plural with its day is one dated event', 'هجمات', 'الهجمات التي وقعت في 19 يوليو نفذها المسلحون', false],
    ['Arabic: a plural with its place is not a series', 'غارات', 'غارات على منطقة دار سعد', false],
    ['Arabic: the singular is no series', 'هجوم', 'وقع الهجوم فجرا', false],
    ['English: `the attacks`, unmarked', 'attacks', 'investigators found the attacks used mortars', true],
    ['English: `shelling` is no plural', 'shelling', 'investigators found the shelling used mortars', false],
  ])('%s', (_name, phrase, content, expected) => {
    expect(namesSeries(phrase, side(content))).toBe(expected);
  });
});
