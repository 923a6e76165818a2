/**
 * Quotation-mark damage from machine translation (ARABIC.md §6): doubled marks
 * (“”قصة كاذبة”” → “قصة كاذبة”) and a lone mark with no partner in its paragraph.
 * Roles come from position, not glyph: in right-to-left typing “ and ” are often swapped.
 */
import type { Repair } from '../../model/index.js';
import {
  ARABIC_COMMA, LEFT_DOUBLE_QUOTE, LEFT_GUILLEMET, LOW_DOUBLE_QUOTE, FULLWIDTH_QUOTE, RIGHT_DOUBLE_QUOTE, RIGHT_GUILLEMET,
  STRAIGHT_DOUBLE_QUOTE,
} from '../../text/chars.js';
import { replaceRecorded, windowed, type Where } from './record.js';

/** Families of marks that pair with each other. */
const CURLY = `${LEFT_DOUBLE_QUOTE}${RIGHT_DOUBLE_QUOTE}${LOW_DOUBLE_QUOTE}${FULLWIDTH_QUOTE}${STRAIGHT_DOUBLE_QUOTE}`;
const GUILLEMETS = `${LEFT_GUILLEMET}${RIGHT_GUILLEMET}`;
export const QUOTE_FAMILIES = [CURLY, GUILLEMETS] as const;
/** Per family: a run of two or more of its marks, and any one of its marks (both global, compiled once). */
const DOUBLED_RUN = QUOTE_FAMILIES.map((family) => new RegExp(`[${family}]{2,}`, 'g'));
const ANY_MARK = QUOTE_FAMILIES.map((family) => new RegExp(`[${family}]`, 'g'));

/** What may stand before an opening mark: a space, an opening bracket, a colon or a comma. */
const OPENING_CONTEXT = new RegExp(`[\\s([{:,${ARABIC_COMMA}]`);
/** Fewest letters after a lone opener for it to be closed at the paragraph's end (else it is dropped). */
const MIN_LETTERS_TO_CLOSE = 2;

/** Collapses a run of two or more marks of one family into one: the first of an opening run, the last of a closing one. */
export function collapseDoubled(s: string, where: Where, repairs: Repair[]): string {
  for (const run of DOUBLED_RUN) {
    s = replaceRecorded(s, run, (m) => (opensAt(s, m.index) ? m[0][0] : m[0][m[0].length - 1]), 'doubled-quotes', where, repairs);
  }
  return s;
}

/** A mark at `at` stands in opening position: at the start, or after a space or opening bracket. */
function opensAt(s: string, at: number): boolean {
  return at === 0 || OPENING_CONTEXT.test(s[at - 1]);
}

export interface LoneMark {
  index: number;
  mark: string;
  opens: boolean;
}

/** The one mark of a family in `s` when the family has exactly one there (the conservative case). */
export function loneMarks(s: string): LoneMark[] {
  const out: LoneMark[] = [];
  for (const mark of ANY_MARK) {
    const at = [...s.matchAll(mark)];
    if (at.length !== 1) continue;
    const index = at[0].index;
    out.push({ index, mark: at[0][0], opens: opensAt(s, index) && /\S/.test(s[index + 1] ?? '') });
  }
  return out;
}

/**
 * Repairs a lone mark: an opener with text after it is closed at the end of the paragraph,
 * anything else (a closer without an opener, an opener with nothing after it) is removed.
 */
export function repairLone(s: string, lone: LoneMark, where: Where, repairs: Repair[]): string {
  const after = s.slice(lone.index + 1);
  if (lone.opens && (after.match(/\p{L}/gu)?.length ?? 0) >= MIN_LETTERS_TO_CLOSE) {
    const closer = closerFor(lone.mark);
    repairs.push(windowed(s, s.length, 0, closer, 'unbalanced-quote', where));
    return s + closer;
  }
  repairs.push(windowed(s, lone.index, 1, '', 'unbalanced-quote', where));
  const head = s.slice(0, lone.index);
  return (head.endsWith(' ') && after.startsWith(' ') ? head + after.slice(1) : head + after).trim();
}

function closerFor(mark: string): string {
  if (mark === LEFT_GUILLEMET || mark === RIGHT_GUILLEMET) return mark === LEFT_GUILLEMET ? RIGHT_GUILLEMET : LEFT_GUILLEMET;
  if (mark === LEFT_DOUBLE_QUOTE || mark === LOW_DOUBLE_QUOTE) return RIGHT_DOUBLE_QUOTE;
  if (mark === RIGHT_DOUBLE_QUOTE) return LEFT_DOUBLE_QUOTE;
  return mark;
}
