import { describe, expect, it } from 'vitest';
import { renderFragments, snippetFragments } from './snippet.js';

const mark = (w: string) => `[${w}]`;

describe('snippet', () => {
  it('marks every word whose index keys hold a query key, in display form', () => {
    const f = snippetFragments('قال بالكرملين إن والكرملين نفى', ['كرملين']);
    expect(renderFragments(f!, mark)).toBe('قال [بالكرملين] إن [والكرملين] نفى');
  });

  it('keeps diacritics in the display text while matching without them', () => {
    expect(renderFragments(snippetFragments('اتهم زِيلِينْسْكِي كوريا', ['زيلينسكي'])!, mark)).toBe('اتهم [زِيلِينْسْكِي] كوريا');
  });

  it('shows about thirty words around the first hit, with ellipses where text was cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[50] = 'Target';
    const s = renderFragments(snippetFragments(words.join(' '), ['target'])!, mark);
    expect(s.startsWith('… w40 ')).toBe(true);
    expect(s.endsWith(' w69 …')).toBe(true);
    expect(s).toContain('[Target]');
    expect(s.split(' ').filter((w) => w !== '…')).toHaveLength(30);
  });

  it('folds line breaks into spaces and returns null when nothing matches', () => {
    expect(renderFragments(snippetFragments('one\n\ntwo hit', ['hit'])!, mark)).toBe('one two [hit]');
    expect(snippetFragments('nothing here', ['hit'])).toBeNull();
  });

  it('finds a hit far into a long text and cuts no word at the chunks it reads', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `كلمة${i}`);
    words[1500] = 'بالكرملين';
    const text = words.join(' ');
    const s = renderFragments(snippetFragments(text, ['كرملين'])!, mark);
    expect(s).toBe(`… ${words.slice(1490, 1500).join(' ')} [بالكرملين] ${words.slice(1501, 1520).join(' ')} …`);
    // Every word of a long text is seen whole: the snippet of each is the word itself.
    for (const i of [0, 57, 58, 59, 60, 61, 999, 1999]) {
      expect(renderFragments(snippetFragments(text, [`كلمه${i}`])!, mark)).toContain(`[كلمة${i}]`);
    }
  });

  it('does not take a word for a hit when only a part of it is the key', () => {
    expect(snippetFragments('بالكرملين وكرمل', ['كرم'])).toBeNull();
    expect(renderFragments(snippetFragments('للأمم المتحدة', ['امم'])!, mark)).toBe('[للأمم] المتحدة');
  });
});

