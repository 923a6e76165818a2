import { tokenize, type Token } from '../text/tokens.js';
import { pairQuotes } from '../text/sentences-quotes.js';
import type { Doc, FindInput } from './types.js';
import type { Lexicon } from './lexicon/index.js';

/** Tokens, keys and sentence indexes of the whole text, computed once per article (`words`: already scanned). */
export function buildDoc(input: FindInput, lex: Lexicon, words?: readonly Token[]): Doc {
  const tokens = words ? [...words] : tokenize(input.text);
  const sentOf = new Array<number>(tokens.length).fill(-1);
  const sentTokens: [number, number][] = input.sentences.map(() => [0, 0]);
  let s = 0;
  tokens.forEach((t, i) => {
    while (s < input.sentences.length && input.sentences[s].end <= t.start) s++;
    if (s < input.sentences.length && input.sentences[s].start <= t.start) sentOf[i] = s;
  });
  for (let i = tokens.length - 1; i >= 0; i--) if (sentOf[i] >= 0) sentTokens[sentOf[i]][0] = i;
  for (let i = 0; i < tokens.length; i++) if (sentOf[i] >= 0) sentTokens[sentOf[i]][1] = i + 1;
  return {
    input, text: input.text, lex, tokens, keys: tokens.map((t) => t.key), sentOf, sentTokens,
    quotes: input.blocks.flatMap((b) => pairQuotes(input.text, b.start, b.end)), hits: [],
  };
}

/** The text between token i - 1 and token i (punctuation and spaces). */
export function gapBefore(doc: Doc, i: number): string {
  const from = i > 0 ? doc.tokens[i - 1].end : 0;
  return doc.text.slice(from, doc.tokens[i]?.start ?? doc.text.length);
}

/** The text between token i and token i + 1. */
export function gapAfter(doc: Doc, i: number): string {
  return gapBefore(doc, i + 1);
}

/** The quotation whose opening mark is in the gap before token i, if any. */
export function quoteOpeningAt(doc: Doc, i: number) {
  const from = i > 0 ? doc.tokens[i - 1].end : 0, to = doc.tokens[i]?.start ?? doc.text.length;
  return doc.quotes.find((q) => q.open >= from && q.start <= to);
}

/** The quotation whose closing mark is in the gap before token i (or at the text end), if any. */
export function quoteClosingBefore(doc: Doc, i: number) {
  const from = i > 0 ? doc.tokens[i - 1].end : 0, to = doc.tokens[i]?.start ?? doc.text.length;
  return doc.quotes.find((q) => q.end >= from && q.end <= to);
}

/** Last token index + 1 of the sentence of token i. */
export function sentenceEnd(doc: Doc, i: number): number {
  return doc.sentTokens[doc.sentOf[i]]?.[1] ?? doc.tokens.length;
}

export function sentenceStart(doc: Doc, i: number): number {
  return doc.sentTokens[doc.sentOf[i]]?.[0] ?? 0;
}
