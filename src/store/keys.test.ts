import { describe, expect, it } from 'vitest';
import { indexKeys } from '../text/normalize/clitics.js';
import { framedKeys, queryKeys, shadowText } from './keys.js';

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
});
