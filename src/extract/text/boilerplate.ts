/**
 * Is a line boilerplate? Two strengths: at the edges of the text (`edge`) a pattern may
 * match the start of a short line; in the middle (`whole`) it must match the whole line,
 * so that a sentence that merely mentions subscribing is never taken.
 */
import type { RemovedReason } from '../../model/index.js';
import { MAX_BOILERPLATE_CHARS, MAX_BOILERPLATE_WORDS } from '../constants.js';
import { isWhitespace } from '../whitespace.js';
import { boilerplateIndex, lineKey, type BoilerplatePattern } from './lexicon.js';

export interface BoilerplateHit {
  reason: RemovedReason;
  /** Which lexicon row matched (`boilerplate.tsv:12`). */
  rule: string;
  /** The republishing site the line names (`Discover more from X`), in display form. */
  site?: string;
  byline?: string;
}

export type MatchMode = 'edge' | 'whole';

const WORDY = /[\p{L}\p{N}]/u;

export function matchBoilerplate(line: string, mode: MatchMode): BoilerplateHit | undefined {
  // Normalisation keeps the spaces, so a long line is ruled out before it is normalised.
  if (line.length > MAX_BOILERPLATE_CHARS || countWords(line, MAX_BOILERPLATE_WORDS + 1) > MAX_BOILERPLATE_WORDS) return undefined;
  const key = lineKey(line);
  if (!key) return undefined;
  const words = key.split(' ').length;
  if (words > MAX_BOILERPLATE_WORDS) return undefined;
  // The first pattern in the file that matches wins: the first phrase found, unless a regex before it matches.
  const phrase = firstPhrase(key, mode);
  for (const p of boilerplateIndex().regexes) {
    if (phrase && p.order > phrase.order) break;
    const hit = matchRegex(p, line, key, mode);
    if (hit) return hit;
  }
  return phrase && { reason: phrase.reason, rule: phrase.rule };
}

/**
 * Words of the line as `line.trim().split(/\s+/)` counts them (an empty line is one word), counted up to `max`:
 * most lines of text are known to be too long for boilerplate after their first words.
 */
function countWords(line: string, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words < max; i++) {
    const space = isWhitespace(line.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(words, 1);
}

/**
 * The first phrase pattern that matches the key: the whole key, or (at the edges) a phrase of two or
 * more words that the key starts with, ending at a word boundary ("share on" does not match "share onions").
 */
function firstPhrase(key: string, mode: MatchMode): BoilerplatePattern | undefined {
  const { phrases, prefixLengths } = boilerplateIndex();
  let first = phrases.get(key);
  if (mode === 'whole') return first;
  for (const length of prefixLengths) {
    if (length >= key.length) break;
    if (WORDY.test(key.charAt(length))) continue;
    const p = phrases.get(key.slice(0, length));
    if (p && p.phraseWords! >= 2 && (!first || p.order < first.order)) first = p;
  }
  return first;
}

function matchRegex(p: BoilerplatePattern, line: string, key: string, mode: MatchMode): BoilerplateHit | undefined {
  const m = p.regex!.exec(key);
  if (!m || (mode === 'whole' && (m.index !== 0 || m[0].length !== key.length))) return undefined;
  const hit: BoilerplateHit = { reason: p.reason, rule: p.rule };
  const site = m.indices?.groups?.site;
  const byline = m.indices?.groups?.byline;
  if (site) hit.site = displayWords(line, key, site);
  if (byline) {
    const name = displayWords(line, key, byline);
    // A byline is a name: every Latin word capitalised (keeps "By Tuesday the river rose" out).
    if (!/\p{Script=Latin}/u.test(name) || name.split(' ').every((w) => /^\p{Lu}/u.test(w))) hit.byline = name;
    else return undefined;
  }
  return hit;
}

/** The words of `line` that stand where [start, end) stands in its key (keys keep word boundaries). */
function displayWords(line: string, key: string, [start, end]: [number, number]): string {
  const keyWords = key.split(' ').filter((w) => WORDY.test(w));
  const lineWords = line.trim().split(/\s+/).filter((w) => WORDY.test(w));
  const captured = key.slice(start, end);
  if (keyWords.length !== lineWords.length) return captured;
  const from = key.slice(0, start).split(' ').filter((w) => WORDY.test(w)).length;
  const count = captured.split(' ').filter((w) => WORDY.test(w)).length;
  return lineWords.slice(from, from + count).join(' ').replace(/[\p{Po}]+$/u, '');
}
