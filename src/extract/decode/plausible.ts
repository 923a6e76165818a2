/** Is a decoding plausible? Counts what kind of characters a legacy decoding produced. */
import { ARABIC_SCRIPT_LETTERS_CLASS, REPLACEMENT_CHARACTER } from '../../text/chars.js';
import { MAX_MIXED_WORD_SHARE } from '../constants.js';

const ARABIC_LETTER = new RegExp(`[${ARABIC_SCRIPT_LETTERS_CLASS}]`, 'u');
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const ASCII_MAX = 0x7f;
const ARABIC_WORD = new RegExp(`[\\p{L}]*[${ARABIC_SCRIPT_LETTERS_CLASS}][\\p{L}]*`, 'gu');
const MIXED_WORD = new RegExp(`\\p{Script=Latin}[\\p{L}]*[${ARABIC_SCRIPT_LETTERS_CLASS}]|[${ARABIC_SCRIPT_LETTERS_CLASS}][\\p{L}]*\\p{Script=Latin}`, 'gu');

export interface CharCounts {
  /** Characters outside ASCII. */
  nonAscii: number;
  /** Non-ASCII letters. */
  letters: number;
  /** Arabic-script letters. */
  arabic: number;
  /** Non-ASCII Latin letters (é, ç, ß). */
  latin: number;
  /** U+FFFD replacement characters. */
  replacements: number;
}

export function countChars(s: string): CharCounts {
  const c: CharCounts = { nonAscii: 0, letters: 0, arabic: 0, latin: 0, replacements: 0 };
  for (const ch of s) {
    if (ch.charCodeAt(0) <= ASCII_MAX) continue;
    c.nonAscii++;
    if (ch === REPLACEMENT_CHARACTER) c.replacements++;
    else if (ARABIC_LETTER.test(ch)) {
      c.arabic++;
      c.letters++;
    } else if (LETTER.test(ch)) {
      c.letters++;
      if (LATIN_LETTER.test(ch)) c.latin++;
    }
  }
  return c;
}

/**
 * How well a legacy decoding reads as Arabic, 0–1: the share of Arabic letters among the
 * non-ASCII characters; 0 when a byte had no character in the encoding (U+FFFD), or when
 * Arabic letters sit inside Latin words (Latin-1 French read as ISO-8859-6: `dىclarى`).
 */
export function arabicShare(s: string): number {
  const c = countChars(s);
  if (!c.nonAscii || c.replacements) return 0;
  const arabicWords = s.match(ARABIC_WORD)?.length ?? 0;
  const mixed = s.match(MIXED_WORD)?.length ?? 0;
  if (!arabicWords || mixed / arabicWords > MAX_MIXED_WORD_SHARE) return 0;
  return c.arabic / c.nonAscii;
}

/** Share of Latin letters among the non-ASCII characters (0 when there are none). */
export function latinShare(s: string): number {
  const c = countChars(s);
  return c.nonAscii ? c.latin / c.nonAscii : 0;
}
