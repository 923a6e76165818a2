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

/**
 * Pairs quotation marks inside [from, to) (design/ARABIC.md §6): runs of adjacent marks count as one
 * (MT doubles “”…””), the first unmatched mark opens whatever its glyph, a mark of the same family closes.
 * A pair never crosses a line break and never exceeds MAX_QUOTE_CHARS.
 */
export function pairQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { at: number; end: number; family: string } | null = null;
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < to; m = MARK.exec(text)) {
    const at = m.index, end = at + m[0].length;
    const family = familyOf(m[0][0]);
    if (open && (text.slice(open.end, at).includes('\n') || at - open.end > MAX_QUOTE_CHARS)) open = null;
    if (!open) {
      open = { at, end, family };
      continue;
    }
    if (family !== open.family) continue;
    if (at > open.end) out.push({ open: open.at, start: open.end, end: at, closeEnd: end });
    open = null;
  }
  return out;
}
