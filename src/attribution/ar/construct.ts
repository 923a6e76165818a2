import { lazyKeySet } from '../lexicon/index.js';

/** Match keys of nouns in construct inside a title (وزير خارجية …), from data/lexicons/ar/construct-nouns.tsv. */
const nouns = lazyKeySet('ar', 'construct-nouns.tsv');

/**
 * An indefinite noun that joins a head to the definite noun completing it (مفوضية حقوق الإنسان): read as a name word,
 * it would end the phrase before that noun (a name takes no construct), leaving `مفوضية حقوق` as the speaker.
 */
export function isConstructNoun(key: string): boolean {
  return nouns().has(key);
}
