import { lazyKeySet } from '../lexicon/index.js';
import type { Doc, Hit } from '../types.js';

// على حد قول الوزير، على حد تعبيره "as the minister put it": the phrase على حد names a source only through a noun of
// saying; على حد سواء "alike" and على حد علمي "to my knowledge" name nobody.

/** Match keys of nouns of saying, from data/lexicons/ar/saying-nouns.tsv. */
const sayingNouns = lazyKeySet('ar', 'saying-nouns.tsv');
/** A possessive pronoun written on a noun, as the end of a match key (قوله، تعبيرها، وصفهم). */
const PRONOUN_END = /(ه|ها|هم|هما)$/;

/** True when the source phrase is one of those that need a noun of saying (its skip list holds only such nouns). */
const needsSayingNoun = (hit: Extract<Hit, { type: 'source' }>): boolean =>
  hit.source.skip.length > 0 && hit.source.skip.every((seq) => seq.length === 1 && sayingNouns().has(seq[0]));

/** True when the source phrase at `hit` needs a noun of saying after it and none follows (على حد سواء). */
export function lacksSayingNoun(doc: Doc, hit: Extract<Hit, { type: 'source' }>): boolean {
  if (!needsSayingNoun(hit)) return false;
  const key = doc.keys[hit.end] ?? '';
  return !sayingNouns().has(key) && !sayingNouns().has(key.replace(PRONOUN_END, ''));
}

/** True when the word at i is a noun of saying with a possessive pronoun (قوله، تعبيرها): the last speaker's words. */
export function sayingPronounAt(doc: Doc, i: number): boolean {
  const key = doc.keys[i] ?? '';
  return PRONOUN_END.test(key) && sayingNouns().has(key.replace(PRONOUN_END, ''));
}

/** True when the match key is a noun of saying, with or without its article (القول، التعبير). */
export const isSayingNoun = (key: string): boolean => sayingNouns().has(key.startsWith('ال') ? key.slice(2) : key);
