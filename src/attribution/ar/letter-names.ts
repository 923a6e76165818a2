import { matchKey } from '../../text/normalize/arabic.js';
import type { Word } from '../../text/words.js';

// Latin letters spelled out in Arabic with a dot after each (كيه. شانموجام، قناة (إن. بي. سي)، إي.واي): the dot is an
// abbreviation's, never a sentence end, and a letter that is also a function word (إن، في، أو) is no particle there.

/** Arabic names of Latin letters, as match keys (A إيه … Z زد). */
const LETTERS = new Set(['ايه', 'بي', 'سي', 'دي', 'اي', 'اف', 'جي', 'اتش', 'جيه', 'كيه', 'ال', 'ام', 'ان', 'او', 'كيو', 'ار',
  'اس', 'تي', 'يو', 'في', 'دبليو', 'اكس', 'واي', 'زد'].map(matchKey));
/**
 * Letter names that are no Arabic word (كيه، جيه، دبليو): with a dot after them alone they are an initial. The others are
 * also words (إن، في، أو، بي "in me", أم، أي) and count only beside another letter with its dot (إن. بي. سي).
 */
const ONLY_LETTERS = new Set(['كيه', 'جيه', 'دبليو', 'اتش', 'اكس', 'كيو', 'زد', 'ايه'].map(matchKey));
/** The gap after a spelled letter: a dot and at most one space (a line break ends a paragraph whatever came before). */
const DOT = 0x2e, SPACE = 0x20;

/** Reads what sits between tokens and what the tokens are, for a text and its words. */
export interface Spelled { text: string; tokens: readonly Word[]; keys: readonly string[] }

/** The gap after token i is DOT, or DOT and SPACE: read by code, not by a regex over a slice, as isStopWord asks at every في. */
function dotAfter(d: Spelled, i: number): boolean {
  if (i + 1 >= d.tokens.length) return false;
  const from = d.tokens[i].end, length = d.tokens[i + 1].start - from;
  return (length === 1 || (length === 2 && d.text.charCodeAt(from + 1) === SPACE)) && d.text.charCodeAt(from) === DOT;
}
const letterWithDot = (d: Spelled, i: number) => i >= 0 && i < d.tokens.length && LETTERS.has(d.keys[i]) && dotAfter(d, i);

/** True when token i is a spelled letter of a dotted abbreviation (كيه. X; إن. بي. سي; إي.واي). */
export function spelledLetter(d: Spelled, i: number): boolean {
  if (!LETTERS.has(d.keys[i])) return false;
  if (letterWithDot(d, i) && (ONLY_LETTERS.has(d.keys[i]) || (LETTERS.has(d.keys[i + 1] ?? '')))) return true;
  // The last letter of a chain (سي in إن. بي. سي; واي in إي.واي).
  return letterWithDot(d, i - 1);
}

/** True when the gap before token i is the dot of a spelled letter (كيه. شانموجام): no break of a sentence or a phrase. */
export function afterSpelledLetter(d: Spelled, i: number): boolean {
  return i > 0 && dotAfter(d, i - 1) && spelledLetter(d, i - 1);
}
