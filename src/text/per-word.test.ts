import { describe, expect, it } from 'vitest';
import { PerWord, PerWordMemo } from './per-word.js';
import { words, type Word } from './words.js';

describe('PerWord', () => {
  it('computes a value once per distinct word and answers repeats from its table', () => {
    const seen: string[] = [];
    const table = new PerWord((w) => {
      seen.push(w.text);
      return w.key.length;
    });
    const ws = words('قال الرئيس إن الرئيس قال ذلك');
    expect(ws.map((w) => table.get(w))).toEqual([3, 6, 2, 6, 3, 3]);
    expect(seen).toEqual(['قال', 'الرئيس', 'إن', 'ذلك']);
    // The same words in another text are the same lexemes: nothing is computed again.
    expect(words('الرئيس قال').map((w) => table.get(w))).toEqual([6, 3]);
    expect(seen).toHaveLength(4);
  });

  it('keeps separate values per table', () => {
    const a = new PerWord((w) => (w.arabic ? 1 : 0));
    const b = new PerWord((w) => (w.cap ? 1 : 0));
    const ws = words('Moscow موسكو');
    expect(ws.map((w) => [a.get(w), b.get(w)])).toEqual([[0, 1], [1, 0]]);
  });

  it('refuses a value it cannot store', () => {
    const [w] = words('word');
    expect(() => new PerWord(() => -1).get(w)).toThrow(RangeError);
    expect(() => new PerWord(() => 0.5).get(w)).toThrow(RangeError);
    expect(() => new PerWord(() => 0x10000).get(w)).toThrow(RangeError);
  });
});

describe('PerWordMemo', () => {
  it('computes a value of any kind once per distinct word', () => {
    const seen: string[] = [];
    const table = new PerWordMemo((w: Word) => {
      seen.push(w.text);
      return [w.text];
    });
    const ws = words('قال الرئيس قال');
    expect(ws.map((w) => table.get(w))).toEqual([['قال'], ['الرئيس'], ['قال']]);
    expect(table.get(ws[0])).toBe(table.get(ws[2]));
    expect(seen).toEqual(['قال', 'الرئيس']);
  });
});
