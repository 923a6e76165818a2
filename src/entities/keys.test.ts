import { describe, expect, it } from 'vitest';
import { matchKey } from '../text/normalize/arabic.js';
import { fastKey, skeleton, words } from './keys.js';

describe('fastKey', () => {
  it.each([
    ['أُوسْتِن'], ['زِيلِينْسكـــي'], ['المتحدة'], ['على'], ['٢٠٢٤'], ['Pyongyang'], ['\u200Fموسكو\u200E'],
    ['\uFEFB'], ['ا\u0654'], ['Élysée'], ["Russia's"], ['ی ک'], ['ٱلله'],
  ])('gives the same key as matchKey for %j', (w) => {
    expect(fastKey(w)).toBe(matchKey(w));
  });
});

describe('skeleton', () => {
  it.each([
    ['زيلينسكي', 'زيلنسكي'], ['بيونغ يانغ', 'بيونج يانج'], ['بيونغ يانغ', 'بيونغيانغ'], ['البنتاغون', 'البنتاجون'],
    ['أوستن', 'أوستين'], ['بيسكوف', 'بسكوف'], ['Zelensky', 'Zelenskyy'], ['Zelensky', 'Zelenskiy'],
  ])('folds %s and %s together', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });
});

describe('words', () => {
  it('marks what separates words', () => {
    expect(words('قال بيسكوف، ثم. Kim Jong-un').map((t) => [t.text, t.gap])).toEqual([
      ['قال', 'hard'], ['بيسكوف', 'tight'], ['ثم', 'comma'], ['Kim', 'hard'], ['Jong-un', 'tight'],
    ]);
  });
});
