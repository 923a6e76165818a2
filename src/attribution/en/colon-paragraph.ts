import { DOUBLE_QUOTE_CLASS } from '../../text/chars.js';
import { firstWordAt } from '../../text/words.js';
import type { Doc } from '../types.js';
import type { EnContent } from './content.js';

// 'The judge wrote:' ¶ 'The notion that …': a paragraph that ends with a reporting clause and a colon introduces the
// next paragraph, a quotation set off as a block (in marks or, as Wikinews sets a ruling's text, without them). The
// content is the quotation opening that paragraph, else the whole paragraph; later paragraphs in marks carry it on
// (continuation.ts).

const MARK = new RegExp(`[${DOUBLE_QUOTE_CLASS}]`, 'u');

/** What a cue ending its paragraph with a colon reports: the next paragraph's opening quotation or the paragraph. */
export function colonParagraph(doc: Doc, sentenceEnd: number): EnContent | null {
  const last = sentenceEnd - 1;
  const s = doc.sentOf[last], sentences = doc.input.sentences, blocks = doc.input.blocks;
  if (s < 0 || s + 1 >= sentences.length) return null;
  const b = sentences[s].block, next = blocks[b + 1];
  if (sentences[s + 1].block !== b + 1 || !next || next.kind !== 'paragraph') return null;
  // (the colon closes the paragraph: nothing but spaces after it)
  if (!/^\s*:\s*$/.test(doc.text.slice(doc.tokens[last].end, blocks[b].end))) return null;
  const from = firstWordAt(doc.tokens, next.start);
  if (from < 0 || from >= doc.tokens.length) return null;
  const q = doc.quotes.find((x) => x.open >= next.start && x.open < doc.tokens[from].start);
  if (q) return { range: [q.start, q.end], direct: true, from, complement: false };
  // A paragraph with marks of its own (a quotation with its own reporting clause) or a cue in its first sentence
  // ("By this judgment, the Court answers …") reports for itself: no block quotation.
  if (MARK.test(doc.text.slice(next.start, next.end))) return null;
  const [first, stop] = doc.sentTokens[s + 1];
  for (let k = first; k < stop; k++) if (doc.hitStarts[k]) return null;
  const end = next.start + doc.text.slice(next.start, next.end).trimEnd().length;
  return { range: [doc.tokens[from].start, end], direct: true, from, complement: false };
}
