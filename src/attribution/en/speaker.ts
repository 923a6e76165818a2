import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { gapBefore } from '../doc.js';
import type { Doc } from '../types.js';

const BREAK = /[,;:.!?()"“”«»]/;
const CAPITAL = /^\p{Lu}/u;
/** Lower-case words a speaker phrase may hold between its determiner or name and its end. */
const LENIENT_WORDS = 3;
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

const cls = (doc: Doc, i: number) => doc.lex.words.get(doc.keys[i]);

/** A word that can sit in an English speaker phrase: a capitalised word, a title or role, the/a/of, a number. */
export function inPhrase(doc: Doc, i: number): boolean {
  const t = doc.tokens[i].text;
  const c = cls(doc, i);
  if (c && c !== 'determiner') return false;
  return CAPITAL.test(t) || /-\p{Lu}/u.test(t) || doc.lex.titleWords.has(doc.keys[i]) || cls(doc, i) === 'determiner' || /^\d/.test(t);
}

/** True when a cue starts at token i (a verb never sits inside a speaker phrase). */
function startsCue(doc: Doc, i: number): boolean {
  return doc.hits.some((h) => h.start === i && h.type === 'cue');
}

export const isBe = (doc: Doc, i: number) => BE.has(doc.keys[i]);

/** Start of the speaker phrase that ends just before token `end` (exclusive bound `floor`); `end` when none. */
export function englishBefore(doc: Doc, end: number, floor: number): number {
  let k = end;
  while (k > floor && end - k < MAX_SPEAKER_TOKENS) {
    const i = k - 1;
    if (k < end && BREAK.test(gapBefore(doc, k))) break;
    // Search and Rescue Agency, Miller and Smith: "and" between capitalised words.
    const capitalAt = (x: number) => CAPITAL.test(doc.tokens[x].text) || (cls(doc, x) === 'determiner' && x + 1 < end && CAPITAL.test(doc.tokens[x + 1].text));
    const joined = doc.keys[i] === 'and' && k < end && i > floor && capitalAt(k) && CAPITAL.test(doc.tokens[i - 1].text) && !BREAK.test(gapBefore(doc, i));
    if (!inPhrase(doc, i) && !joined) break;
    k--;
  }
  // Lower-case nouns after a determiner or a name: "a university student named Wong", "the pro-Beijing camp".
  let j = k;
  while (j > floor && k - j < LENIENT_WORDS && !(j < end && BREAK.test(gapBefore(doc, j))) && !cls(doc, j - 1) && /^\p{Ll}/u.test(doc.tokens[j - 1].text)
    && !startsCue(doc, j - 1)) j--;
  // "Legal and religious groups", "the local and foreign observers": two modifiers joined by "and".
  if (j < k && j - 2 >= floor && doc.keys[j - 1] === 'and' && !cls(doc, j - 2) && !startsCue(doc, j - 2) && !BREAK.test(gapBefore(doc, j - 1))
    && (j - 2 === floor || cls(doc, j - 3) === 'determiner')) {
    return j - 2 > floor && cls(doc, j - 3) === 'determiner' ? j - 3 : j - 2;
  }
  if (j < k && j > floor && !BREAK.test(gapBefore(doc, j)) && (cls(doc, j - 1) === 'determiner' || CAPITAL.test(doc.tokens[j - 1].text))) {
    k = englishBefore(doc, j, floor);
    if (k === j) k = j - 1;
  }
  while (k < end && (doc.keys[k] === 'of' || doc.keys[k] === 'and')) k++;
  // A lone sentence-initial "The"/"A" is no speaker.
  if (end - k === 1 && cls(doc, k) === 'determiner') return end;
  return k;
}

/** End of the speaker phrase starting at token `from` (said Wong / according to the BBC). */
export function englishAfter(doc: Doc, from: number, end: number): number {
  let k = from;
  while (k < end && k - from < MAX_SPEAKER_TOKENS) {
    if (k > from && BREAK.test(gapBefore(doc, k))) break;
    if (!inPhrase(doc, k) && !(k > from && doc.keys[k] === 'and' && k + 1 < end && inPhrase(doc, k + 1))) break;
    k++;
  }
  while (k > from && (doc.keys[k - 1] === 'of' || cls(doc, k - 1) === 'determiner')) k--;
  return k;
}

/** Skips adverbs and auxiliaries backwards from token `end` (has also, had previously). */
export function skipBackAdverbs(doc: Doc, end: number, floor: number): number {
  let k = end;
  while (k > floor && cls(doc, k - 1) === 'adverb' && !BREAK.test(gapBefore(doc, k))) k--;
  return k;
}

/** Sentence-initial names (Prime Minister Boris Johnson joined …): antecedents for he/she even without a cue. */
export function sentenceSubjects(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of doc.sentTokens) {
    if (first >= last || !CAPITAL.test(doc.tokens[first].text)) continue;
    const e = englishAfter(doc, first, last);
    if (e - first < 2 || e >= last || BREAK.test(gapBefore(doc, e))) continue;
    out.push([doc.tokens[first].start, doc.tokens[e - 1].end]);
  }
  return out;
}
