/**
 * Is the line after the title a standfirst? One sentence-ish line, without a final full
 * stop, neither too short nor too long, and no longer than the body paragraphs.
 */
import {
  ARABIC_COMMA, ARABIC_FULL_STOP, ARABIC_SEMICOLON, CLOSING_QUOTES_CLASS, SENTENCE_END_CLASS,
} from '../../text/chars.js';
import { DEK_MAX_SHARE_OF_MEDIAN, DEK_MAX_WORDS, DEK_MIN_WORDS } from '../constants.js';

/** A final full stop, colon, semicolon or comma (a dek may end in ? or nothing). */
const FULL_STOP_END = new RegExp(`[.${ARABIC_FULL_STOP}:${ARABIC_SEMICOLON};,${ARABIC_COMMA}][${CLOSING_QUOTES_CLASS}]?$`);
const INNER_SENTENCE_END = new RegExp(`[${SENTENCE_END_CLASS}][${CLOSING_QUOTES_CLASS}]?\\s+\\S`);
/** Words with letters or digits: a map legend's "██" is not one. */
const WORDY = /[\p{L}\p{N}]/u;

export function isDek(line: string, body: string[]): boolean {
  if (!body.length) return false;
  const words = wordsUpTo(line, DEK_MAX_WORDS + 1);
  if (words < DEK_MIN_WORDS || words > DEK_MAX_WORDS) return false;
  if (FULL_STOP_END.test(line) || INNER_SENTENCE_END.test(line)) return false;
  const lengths = body.map((p) => p.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1];
  return line.length < median * DEK_MAX_SHARE_OF_MEDIAN;
}

/**
 * The words of `line.split(' ')` that hold a letter or a digit, counted up to `max` (the first line is often
 * a long paragraph, whose hundreds of words need not be split and tested to know it is no dek).
 */
function wordsUpTo(line: string, max: number): number {
  let words = 0;
  for (let from = 0; from <= line.length && words < max;) {
    const space = line.indexOf(' ', from);
    const to = space < 0 ? line.length : space;
    if (WORDY.test(line.slice(from, to))) words++;
    from = to + 1;
  }
  return words;
}
