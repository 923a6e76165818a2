/**
 * Which kinds of damage a string may hold, found in one pass over a table of character classes, so that
 * the repair steps whose characters are absent (most of them, for most paragraphs) skip their regex.
 */
import { ARABIC_PUNCTUATION_CLASS, BIDI_CONTROLS_CLASS, NO_BREAK_SPACE, PRESENTATION_FORMS_CLASS } from '../../text/chars.js';
import { QUOTE_FAMILIES } from './quotes.js';

/**
 * Bits of `damageIn`: a bidi control, a presentation form, a double quotation mark, and Arabic punctuation
 * (، ؛ ؟) right after a space, tab, no-break space or bidi control (which the first step may remove).
 */
export const BIDI = 1;
export const PRESENTATION = 2;
export const QUOTE = 4;
export const ARABIC_PUNCTUATION = 8;
/** What may stand before a mark of ARABIC_PUNCTUATION for it to count (not a bit of the result). */
const BEFORE_PUNCTUATION = 16;
/** Every kind: what a string may hold once presentation forms are folded (NFKC may make any character). */
export const ANY_DAMAGE = BIDI | PRESENTATION | QUOTE | ARABIC_PUNCTUATION;

/** Per UTF-16 code unit, the bits it sets (the classes are of the BMP only). */
const BITS = (() => {
  const classes: [number, RegExp][] = [
    [BIDI, new RegExp(`[${BIDI_CONTROLS_CLASS}]`)],
    [PRESENTATION, new RegExp(`[${PRESENTATION_FORMS_CLASS}]`)],
    [ARABIC_PUNCTUATION, new RegExp(`[${ARABIC_PUNCTUATION_CLASS}]`)],
    [BEFORE_PUNCTUATION, new RegExp(`[ \\t${NO_BREAK_SPACE}${BIDI_CONTROLS_CLASS}]`)],
  ];
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const [bit, re] of classes) if (re.test(ch)) table[c] |= bit;
  }
  // The marks the quote steps look for, family by family.
  for (const family of QUOTE_FAMILIES) for (let i = 0; i < family.length; i++) table[family.charCodeAt(i)] |= QUOTE;
  return table;
})();

/** The kinds of damage whose characters occur in s (Arabic punctuation only where a space may go before it). */
export function damageIn(s: string): number {
  let found = 0;
  let previous = 0;
  for (let i = 0; i < s.length; i++) {
    const bits = BITS[s.charCodeAt(i)];
    // A mark with nothing removable before it gives the space step nothing to do.
    if (bits & ARABIC_PUNCTUATION && !(previous & BEFORE_PUNCTUATION)) found |= bits & ~ARABIC_PUNCTUATION;
    else found |= bits;
    previous = bits;
  }
  return found & ~BEFORE_PUNCTUATION;
}
