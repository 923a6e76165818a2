import { describe, expect, it } from 'vitest';
import { lightNormalize, matchKey } from './arabic.js';
import { cliticForms, indexKeys, searchKey } from './clitics.js';

describe('matchKey', () => {
  it.each([
    ['folds alef forms', 'أوكرانيا', 'اوكرانيا'],
    ['folds alef maksura and teh marbuta', 'المتحدة على', 'المتحده علي'],
    ['strips diacritics and tatweel', 'زِيلِينْسكـــي', 'زيلينسكي'],
    ['folds presentation forms', '\uFEFB', 'لا'],
    ['folds Eastern Arabic digits', '٢٠٢٤', '2024'],
    ['lower-cases Latin', 'Pyongyang', 'pyongyang'],
    ['removes bidi controls', '\u200Fموسكو\u200E', 'موسكو'],
  ])('%s', (_name, input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  it('keeps letters in light normalisation', () => {
    expect(lightNormalize('أُوسْتِن')).toBe('أوستن');
  });
});

describe('clitics', () => {
  it.each([
    ['والكرملين', 'الكرملين'],
    ['بالكرملين', 'الكرملين'],
    ['الكرملين', 'الكرملين'],
    ['للأمم', 'الأمم'],
    ['ووزير', 'وزير'],
    ['Pyongyang', 'pyongyang'],
  ])('%s is found by the query key of %s', (word, key) => {
    expect(indexKeys(word)).toContain(searchKey(key));
  });

  it('does not read the root waw of وزير as a conjunction in queries', () => {
    expect(searchKey('وزير')).toBe('وزير');
  });

  it('lists the unstripped form first', () => {
    expect(cliticForms('والكرملين')[0]).toBe('والكرملين');
    expect(cliticForms('والكرملين')).toContain('الكرملين');
  });
});
