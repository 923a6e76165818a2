import { describe, expect, it } from 'vitest';
import { random } from '../../../bench/random.js'; // seeded, so that a failure can be replayed
import type { Repair } from '../../model/index.js';
import { removeSpaceBeforePunctuation } from './characters.js';
import { ANY_DAMAGE, ARABIC_PUNCTUATION, BIDI, damageIn, PRESENTATION, QUOTE } from './damage.js';

/** The step by its definition: one lookbehind regex, every match removed. */
const REFERENCE = /(?<=\S)[ \t\u00A0]+(?=[،؛؟])/g;

describe('removeSpaceBeforePunctuation', () => {
  it('removes what the lookbehind regex matches, on random strings of spaces, marks and letters', () => {
    const alphabet = ['ب', 'a', ' ', '  ', '\t', '\u00A0', '\u2003', '\n', '،', '؛', '؟', '.', '\u200F'];
    const next = random(11);
    for (let n = 0; n < 3000; n++) {
      const s = Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const repairs: Repair[] = [];
      expect(removeSpaceBeforePunctuation(s, 0, repairs), JSON.stringify(s)).toBe(s.replace(REFERENCE, ''));
      expect(repairs.length, JSON.stringify(s)).toBe([...s.matchAll(REFERENCE)].length);
    }
  });

  it('does not remove a space at the start of the text or after a line break', () => {
    expect(removeSpaceBeforePunctuation(' ، نعم', 0, [])).toBe(' ، نعم');
    expect(removeSpaceBeforePunctuation('لا\n ، نعم', 0, [])).toBe('لا\n ، نعم');
  });
});

describe('damageIn', () => {
  const cases: [string, string, number][] = [
    ['finds nothing in plain Arabic text', 'قال الوزير إن الوضع جيد.', 0],
    ['finds a bidi control', 'قال \u200Fالوزير', BIDI],
    ['finds a presentation form', 'ﻻ يوجد', PRESENTATION],
    ['finds a quotation mark of either family', 'قال «لا» و"نعم"', QUOTE],
    ['finds an Arabic comma, semicolon or question mark after a space', 'هل ، ماذا\t؛ لماذا\u00A0؟', ARABIC_PUNCTUATION],
    ['finds an Arabic comma after a bidi control', 'هل\u200F، ماذا', BIDI | ARABIC_PUNCTUATION],
    ['passes over Arabic punctuation right after a word', 'هل، ماذا؛ لماذا؟', 0],
    ['finds every kind at once', '\u200Fﻻ “ ،', ANY_DAMAGE],
  ];
  it.each(cases)('%s', (_n, s, bits) => {
    expect(damageIn(s)).toBe(bits);
  });
});
