/**
 * Is a line boilerplate? Two strengths: at the edges of the text (`edge`) a pattern may
 * match the start of a short line; in the middle (`whole`) it must match the whole line,
 * so that a sentence that merely mentions subscribing is never taken.
 */
import type { RemovedReason } from '../../model/index.js';
import { MAX_BOILERPLATE_CHARS, MAX_BOILERPLATE_WORDS } from '../constants.js';
import { boilerplatePatterns, lineKey, type BoilerplatePattern } from './lexicon.js';

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
  if (line.length > MAX_BOILERPLATE_CHARS || line.trim().split(/\s+/).length > MAX_BOILERPLATE_WORDS) return undefined;
  const key = lineKey(line);
  if (!key) return undefined;
  const words = key.split(' ').length;
  if (words > MAX_BOILERPLATE_WORDS) return undefined;
  for (const p of boilerplatePatterns()) {
    const hit = p.regex ? matchRegex(p, line, key, mode) : matchPhrase(p, key, mode);
    if (hit) return hit;
  }
  return undefined;
}

function matchPhrase(p: BoilerplatePattern, key: string, mode: MatchMode): BoilerplateHit | undefined {
  const phrase = p.phrase!;
  if (key === phrase) return { reason: p.reason, rule: p.rule };
  if (mode === 'whole' || p.phraseWords! < 2 || !key.startsWith(phrase)) return undefined;
  // The phrase must end at a word boundary ("share on" does not match "share onions").
  return WORDY.test(key.charAt(phrase.length)) ? undefined : { reason: p.reason, rule: p.rule };
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
