import { describe, expect, it } from 'vitest';
import { random } from '../../../bench/random.js'; // seeded, so that a failure can be replayed
import { collapseWhitespace } from '../whitespace.js';
import { collapsedLines } from './01-blocks.js';

describe('collapsedLines', () => {
  it('equals splitting at line breaks and collapsing each line, on random strings of breaks and spaces', () => {
    const alphabet = ['a', 'ب', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', '\r', '\r\n', '\n\r', '\u2028', '\u2029', '\ufeff', '.'];
    const next = random(5);
    for (let n = 0; n < 3000; n++) {
      const s = Array.from({ length: Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(collapsedLines(s), JSON.stringify(s)).toEqual(s.split(/\r\n|\r|\n|\u2028|\u2029/).map(collapseWhitespace));
    }
  });
});
