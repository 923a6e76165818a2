import { STRAIGHT_DOUBLE_QUOTE } from '../text/chars.js';
import { pairQuotes, type QuoteSpan } from '../text/sentences-quotes.js';

/** A letter or a digit: a mark right after one is glued to the word before it. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * What follows a closing mark that cannot open: a full stop (وتمنعهم". وأشار …). Not a comma or a space, which also
 * follow the inner quotation of a nested one written with the same straight marks (قال "…"، وفي …).
 */
const AFTER_CLOSING = /[.!?\u061F]/;

/** True when the straight mark at `at` is glued to the word before it and followed by a full stop: it closes. */
function closesOnly(text: string, at: number): boolean {
  return text[at] === STRAIGHT_DOUBLE_QUOTE && WORD_CHAR.test(text[at - 1] ?? '') && AFTER_CLOSING.test(text[at + 1] ?? '');
}

/**
 * Paired quotations, with those of a block paired again when an unmatched closing mark made a pair open with one
 * (…وتمنعهم". وأشار "جون كيري" إلى أن …: pairing by order alone takes `". وأشار "` as a quotation, and every pair
 * after it goes out of step). Such a mark is set aside, one at a time, and its block paired again; blocks with no
 * such pair keep their quotations.
 */
export function sidedQuotes(text: string, quotes: readonly QuoteSpan[], blocks: readonly { start: number; end: number }[]): QuoteSpan[] {
  if (!quotes.some((q) => closesOnly(text, q.open))) return [...quotes];
  let out = [...quotes];
  for (const { start, end } of blocks) {
    const inBlock = (q: QuoteSpan) => q.open >= start && q.open < end;
    let own = out.filter(inBlock);
    if (!own.some((q) => closesOnly(text, q.open))) continue;
    let chars = text;
    for (let bad = own.find((q) => closesOnly(chars, q.open)); bad; bad = own.find((q) => closesOnly(chars, q.open))) {
      // The mark becomes a space (offsets stay as they are), and the block is paired again without it.
      chars = `${chars.slice(0, bad.open)} ${chars.slice(bad.open + 1)}`;
      own = pairQuotes(chars, start, end);
    }
    out = [...out.filter((q) => !inBlock(q)), ...own].sort((a, b) => a.open - b.open);
  }
  return out;
}
