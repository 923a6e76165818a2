import type { Block } from '../../model/index.js';
import type { QuoteSpan } from '../../text/sentences-quotes.js';
import { DOUBLE_QUOTE_CLASS } from '../../text/chars.js';

// 'She said: "We will rebuild the harbour.' ¶ '"It will take a year."': English news runs a quotation on into the next
// paragraph by leaving the paragraph without a closing mark and opening the next with a fresh one. The quotation marks
// are paired block by block (text/sentences-quotes.ts), so the open mark finds no pair; here it is read as a quotation
// to the end of its paragraph, which the continuation stage (continuation.ts) then carries into the next one.

const MARK = new RegExp(`[${DOUBLE_QUOTE_CLASS}]`, 'gu');
/** A mark that opens: at the paragraph start or after a space, before a word (or an editor's bracket). */
const OPENS = /[\p{L}\p{N}[]/u;
/** A paragraph that opens with a mark (after spaces at most). */
const OPENS_WITH_MARK = new RegExp(`^\\s*[${DOUBLE_QUOTE_CLASS}]`, 'u');

/** The quotations of `quotes` with one added per paragraph whose last mark opens unpaired before a paragraph opening with a mark. */
export function withRunOnQuotes(text: string, quotes: QuoteSpan[], blocks: readonly Block[]): QuoteSpan[] {
  const more: QuoteSpan[] = [];
  for (let b = 0; b + 1 < blocks.length; b++) {
    const here = blocks[b], next = blocks[b + 1];
    if (here.kind !== 'paragraph' || next.kind !== 'paragraph') continue;
    if (!OPENS_WITH_MARK.test(text.slice(next.start, next.end))) continue;
    let last = -1;
    MARK.lastIndex = here.start;
    for (let m = MARK.exec(text); m && m.index < here.end; m = MARK.exec(text)) last = m.index;
    if (last < 0 || quotes.some((q) => q.open === last || q.closeEnd === last + 1)) continue;
    if (!(last === here.start || /\s/u.test(text[last - 1])) || !OPENS.test(text[last + 1] ?? '')) continue;
    const end = here.start + text.slice(here.start, here.end).trimEnd().length;
    more.push({ open: last, start: last + 1, end, closeEnd: end });
  }
  return more.length ? [...quotes, ...more].sort((a, b) => a.open - b.open) : quotes;
}
