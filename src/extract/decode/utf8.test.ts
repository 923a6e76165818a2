import { describe, expect, it } from 'vitest';
import { random } from '../../../bench/random.js'; // seeded, so that a failure can be replayed
import { decodeValidUtf8 } from './utf8.js';

describe('decodeValidUtf8', () => {
  it('decodes what a fatal TextDecoder decodes: ASCII, Arabic, three-byte and astral characters', () => {
    const alphabet = ['a', ' ', '\n', 'é', 'ب', 'ﻻ', '\u200F', '“', '€', '😀', '𝔸', '\uFEFF', '\u0000', '\u07FF', '\u0800', '\uFFFF'];
    const next = random(3);
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    for (let n = 0; n < 500; n++) {
      const s = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const bytes = new TextEncoder().encode(s);
      expect(decodeValidUtf8(bytes)).toBe(fatal.decode(bytes));
    }
  });

  it('decodes a text longer than its reused buffer', () => {
    const s = 'قال الوزير 😀 '.repeat(80_000);
    expect(decodeValidUtf8(new TextEncoder().encode(s))).toBe(s);
  });
});
