import { describe, expect, it } from 'vitest';
import { lightNormalize, lightNormalizeReference, matchKey, matchKeyReference } from './arabic.js';
import { random } from '../../../bench/random.js'; // seeded (mulberry32), so that a failure can be replayed

// Characters chosen to meet every branch: kept, mapped, dropped, composing and untabulated ones.
const POOL = [
  'ا', 'أ', 'إ', 'آ', 'ٱ', 'ى', 'ي', 'ة', 'ه', 'ؤ', 'ئ', 'ی', 'ک', 'ك', 'ل', 'م', 'ن', 'و', 'ـ', 'ً', 'ّ', 'ْ', 'ٰ',
  '\u0653', '\u0654', '\u0655', '٢', '۴', '0', 'A', 'z', 'É', 'é', 'e', '\u0301', 'Σ', 'Ο', 'σ', 'İ', 'Я', ' ', '.', '،',
  '\u200F', '\u200C', '\u00AD', '\uFEFF', '\uFEFB', '\uFE8D', '\uFC5E', '’', '…', '«', '\n', '😀', '\uD800',
];

describe('table-driven normalisation', () => {
  it('gives the same result as the regex definitions on random strings of tricky characters', () => {
    const next = random(42);
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let k = 1 + Math.floor(next() * 6); k > 0; k--) s += POOL[Math.floor(next() * POOL.length)];
      expect(matchKey(s), JSON.stringify(s)).toBe(matchKeyReference(s));
      expect(lightNormalize(s), JSON.stringify(s)).toBe(lightNormalizeReference(s));
    }
  });

  it('gives the same result as the regex definitions on every character between letters', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      for (const s of [`ا${String.fromCharCode(c)}`, `e${String.fromCharCode(c)}a`]) {
        if (matchKey(s) !== matchKeyReference(s) || lightNormalize(s) !== lightNormalizeReference(s)) wrong.push(s);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('folds a plain Arabic line without changing its letters but the listed ones', () => {
    expect(matchKey('قالت الخارجيةُ الروسيّة إنّ «المحادثات» مستمرة')).toBe('قالت الخارجيه الروسيه ان «المحادثات» مستمره');
  });
});
