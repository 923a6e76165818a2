import { lexemeAt } from './words.js';
import { wordSpans } from './word-spans.js';

export interface Token {
  start: number;
  end: number;
  /** Display text, as in the input. */
  text: string;
  /** Normalised key (see matchKey). */
  key: string;
}

/** The words of text[from, to) with their match keys (word shape: ./word-spans.ts). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const spans = wordSpans(text, from, to);
  const out: Token[] = new Array(spans.length / 2);
  for (let w = 0, j = 0; j < spans.length; w++, j += 2) {
    const { word, key } = lexemeAt(text, spans[j], spans[j + 1]);
    out[w] = { start: spans[j], end: spans[j + 1], text: word, key };
  }
  return out;
}
