import { describe, expect, it } from 'vitest';
import { namesAgree } from './speaker-names.js';

// Speaker texts compared spelling-tolerantly (speaker-names.ts): each word of the shorter as written or by its consonant
// skeleton among the longer's. Synthetic names.

describe('namesAgree', () => {
  it.each([
    ['a short form lies in the full title', 'سميث', 'المتحدث باسم الوزارة جون سميث', true],
    ['a foreign name without its long vowels agrees with one with them', 'امنستي انترناشونال', 'منظمة أمنستي إنترناشيونال', true],
    ['ج and غ for one foreign g agree', 'سولفانغ', 'المتحدث سولفانج', true],
    ['a word of another skeleton does not', 'المتحدث باسم الجيش', 'المتحدث باسم الشرطة', false],
    ['a one-consonant word meets no other by its skeleton', 'وتش', 'شاي', false],
    ['an empty speaker agrees with none', '', 'سميث', false],
  ])('%s', (_name, a, b, expected) => expect(namesAgree(a, b)).toBe(expected));
});
