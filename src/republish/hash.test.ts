import { describe, expect, it } from 'vitest';
import { hashString, hashWords } from './hash.js';

// Stored signatures were made with hashString of the joined words: hashWords must give the same values.
describe('hashWords', () => {
  const words = ['قالت', 'وزارة', 'الخارجية', 'إن', 'the', 'ministry', 'said'];
  it.each([
    ['four words from the start', 0, 4],
    ['a window in the middle', 2, 6],
    ['one word', 3, 4],
    ['every word', 0, words.length],
    ['no word (the empty string)', 2, 2],
  ])('hashes %s as their joined string', (_name, from, to) => {
    expect(hashWords(words, from, to)).toBe(hashString(words.slice(from, to).join(' ')));
  });
});
