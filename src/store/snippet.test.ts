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
});
