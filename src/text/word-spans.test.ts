import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORD_SHAPE, wordSpans } from './word-spans.js';
import { words } from './words.js';

/** What the regex finds in text[from, to), each match clipped to `to`: the definition of wordSpans. */
function byRegex(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  WORD_SHAPE.lastIndex = from;
  for (let m = WORD_SHAPE.exec(text); m && m.index < to; m = WORD_SHAPE.exec(text)) out.push(m.index, Math.min(m.index + m[0].length, to));
  return out;
}

const SEED = readFileSync(fileURLToPath(new URL('../../samples/rt-dprk-troops.ar.txt', import.meta.url)), 'utf8');
const POOL = ['ا', 'ب', 'ـ', 'ً', '\u200C', '\u00AD', 'a', 'Z', '9', '٣', "'", '’', '-', ' ', '.', '،', '\u0301', '𝐀', '😀', '\uD800', 'Я', '«'];

describe('wordSpans', () => {
  it.each([
    ['Arabic words with diacritics and tatweel', 'قالَ زيلينسكـــي إنّ'],
    ['hyphens and apostrophes inside Latin words', "Al-Assad don't Kim Jong-un -x y- 'z"],
    ['astral letters and emoji', '𝐀𝐁 c 😀 d'],
  ])('finds what the word regex finds: %s', (_name, text) => {
    expect(wordSpans(text)).toEqual(byRegex(text));
  });

  it('finds what the word regex finds in the seed article, whole and in slices', () => {
    expect(wordSpans(SEED)).toEqual(byRegex(SEED));
    for (const [from, to] of [[0, 100], [37, 512], [1000, 1003]]) expect(wordSpans(SEED, from, to)).toEqual(byRegex(SEED, from, to));
  });

  it('finds what the word regex finds in random strings of tricky characters', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let k = Math.floor(next() * 12); k > 0; k--) s += POOL[Math.floor(next() * POOL.length)];
      expect(wordSpans(s), JSON.stringify(s)).toEqual(byRegex(s));
    }
  });
});

describe('words', () => {
  it('marks what separates words', () => {
    expect(words('قال بيسكوف، ثم. Kim Jong-un, a/b , ,c').map((t) => [t.text, t.gap])).toEqual([
      ['قال', 'hard'], ['بيسكوف', 'tight'], ['ثم', 'comma'], ['Kim', 'hard'], ['Jong-un', 'tight'], ['a', 'comma'], ['b', 'tight'], ['c', 'hard'],
    ]);
  });

  it('gives each word its match key and clitic forms', () => {
    const [w] = words('بالكرملين');
    expect([w.key, w.forms, w.arabic, w.cap]).toEqual(['بالكرملين', ['بالكرملين', 'الكرملين', 'كرملين'], true, false]);
  });

  it('marks capitalised and all-capital Latin words', () => {
    expect(words('NATO Turkey who').map((w) => [w.cap, w.upper])).toEqual([[true, true], [true, false], [false, false]]);
  });
});
