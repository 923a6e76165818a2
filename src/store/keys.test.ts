import { describe, expect, it } from 'vitest';
import { indexKeys } from '../text/normalize/clitics.js';
import { layout } from '../analyze/index.js';
import type { Article } from '../model/index.js';
import { words } from '../text/words.js';
import { framedKeys, queryKeys, shadowText, TextKeys } from './keys.js';

describe('search keys', () => {
  it('index every key of every word, in order, the same on every sight of a word', () => {
    const text = 'قال الكرملين بالكرملين: Peskov said';
    const expected = ['قال', 'الكرملين', 'بالكرملين', 'Peskov', 'said'].flatMap((w) => indexKeys(w)).join(' ');
    expect(shadowText(text)).toBe(expected);
    expect(shadowText(text)).toBe(expected);
    expect(shadowText('الكرملين', undefined, 'said')).toBe([...indexKeys('الكرملين'), ...indexKeys('said')].join(' '));
    // The query's key of a clitic-bearing word is among the indexed ones: بالكرملين is found by كرملين.
    expect(shadowText('بالكرملين').split(' ')).toContain(queryKeys('كرملين')[0]);
  });

  it('frame the keys with spaces, so that a LIKE pattern matches whole keys only', () => {
    expect(framedKeys('Peskov')).toBe(` ${indexKeys('Peskov').join(' ')} `);
    expect(framedKeys()).toBe('  ');
  });

  it('read the keys of an analysed text off its words, as scanning title, dek and text gives them', () => {
    const article = { title: 'قال الكرملين', dek: 'Al-Assad said', paragraphs: ['بالكرملين: Peskov', 'والرئيس قال'], text: 'بالكرملين: Peskov\n\nوالرئيس قال' } as Article;
    const { text } = layout(article);
    expect(new TextKeys(text, words(text)).all()).toBe(shadowText(article.title, article.dek, article.text));
  });

  const text = 'قال المتحدث باسم الكرملين إن Al-Assad وصل.';
  const keys = new TextKeys(text, words(text));
  const piece = (start: number, end: number) => ({ text: text.slice(start, end), start, end });
  it.each([
    ['a piece between words', piece(4, 25)],
    ['a piece that starts inside a word', piece(6, 25)],
    ['a piece that ends inside a hyphenated word', piece(29, 33)],
    ['a piece that ends on a hyphen', piece(29, 32)],
    ['a piece whose text is not the text at its offsets', { text: 'بيسكوف', start: 0, end: 6 }],
    ['a piece without offsets', { text: 'الكرملين' }],
    ['a plain string', 'Peskov'],
  ])('frame the keys of %s as framedKeys does', (_name, p) => {
    expect(keys.framed(p, 'Moscow')).toBe(framedKeys(typeof p === 'string' ? p : p.text, 'Moscow'));
  });
});
