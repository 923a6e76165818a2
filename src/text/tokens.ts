import { matchKey } from './normalize/arabic.js';
import { DIACRITICS_CLASS, FORMAT_CONTROLS_CLASS, TATWEEL } from './chars.js';

export interface Token {
  start: number;
  end: number;
  /** Display text, as in the input. */
  text: string;
  /** Normalised key (see matchKey). */
  key: string;
}

// A word is a run of letters and digits; diacritics, tatweel and format controls inside it
// belong to it. Apostrophes and hyphens inside Latin words keep "Al-Assad" and "don't" whole.
const WORD = new RegExp(
  `[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]*(?:['’\\-][\\p{L}\\p{N}]+)*`,
  'gu',
);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const raw = text.slice(m.index, end);
    out.push({ start: m.index, end, text: raw, key: matchKey(raw) });
  }
  return out;
}
