import { DOUBLE_QUOTE_CLASS, LEFT_GUILLEMET, RIGHT_GUILLEMET } from './chars.js';

/** A paired quotation: marks at [open, openEnd) and [close, closeEnd); the quoted text is [start, end). */
export interface QuoteSpan {
  open: number;
  start: number;
  end: number;
  closeEnd: number;
}

/** Longest quotation we pair, in characters (longer "pairs" are almost always a missing mark). */
export const MAX_QUOTE_CHARS = 2000;

const MARK = new RegExp(`[${DOUBLE_QUOTE_CLASS}]+`, 'g');
const GUILLEMETS = `${LEFT_GUILLEMET}${RIGHT_GUILLEMET}`;
const familyOf = (ch: string): 'guillemet' | 'double' => (GUILLEMETS.includes(ch) ? 'guillemet' : 'double');

/** What may follow a mark that opens (a word, a digit, an editor's bracket: "[T]his"). */
const OPENS_ON = /[\p{L}\p{N}[(\u2018']/u;
/** What may follow a mark that closes: a space, the end, or punctuation. */
const CLOSES_ON = /[\s.,;:!?)\]\u2014\u2013]/u;

/** The mark [at, end) can only open: a space (or nothing) before it, a word after it (`The "United`). */
const opensOnly = (text: string, at: number, end: number): boolean =>
  (at === 0 || /\s/u.test(text[at - 1])) && OPENS_ON.test(text[end] ?? '');
/** The mark [at, end) can only close: glued to what comes before, a space or punctuation after (`States" is`). */
const closesOnly = (text: string, at: number, end: number): boolean =>
  at > 0 && !/\s/u.test(text[at - 1]) && (end >= text.length || CLOSES_ON.test(text[end]));

/**
 * Pairs quotation marks inside [from, to) (design/ARABIC.md §6): runs of adjacent marks count as one
 * (MT doubles “”…””), the first unmatched mark opens whatever its glyph, a mark of the same family closes.
 * A pair never crosses a line break and never exceeds MAX_QUOTE_CHARS. Inside an open quotation, a mark that can only
 * open followed by two that can only close is a quotation nested in the same marks ("… The "United States" is not …
 * Turkey."): the inner pair is passed over and the outer one kept whole, where pairing by order alone would close the
 * outer quotation at the inner one's opening mark.
 */
export function pairQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks: { at: number; end: number; family: string }[] = [];
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) marks.push({ at: m.index, end: m.index + m[0].length, family: familyOf(m[0][0]) });
  let open: { at: number; end: number; family: string } | null = null;
  const unbroken = (a: { end: number }, b: { at: number }) => !text.slice(a.end, b.at).includes('\n') && b.at - a.end <= MAX_QUOTE_CHARS;
  for (let i = 0; i < marks.length; i++) {
    const { at, end, family } = marks[i];
    if (open && !unbroken(open, marks[i])) open = null;
    if (!open) {
      open = marks[i];
      continue;
    }
    if (family !== open.family) continue;
    const inner = marks[i + 1], outer = marks[i + 2];
    if (inner && outer && inner.family === family && outer.family === family && unbroken(open, outer)
      && opensOnly(text, at, end) && closesOnly(text, inner.at, inner.end) && closesOnly(text, outer.at, outer.end)) {
      out.push({ open: open.at, start: open.end, end: outer.at, closeEnd: outer.end });
      open = null;
      i += 2;
      continue;
    }
    if (at > open.end) out.push({ open: open.at, start: open.end, end: at, closeEnd: end });
    open = null;
  }
  return out;
}
