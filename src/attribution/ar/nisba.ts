import { lazyKeySet } from '../lexicon/index.js';

/** Match keys of definite nouns that end like a nisba (الرواية، الصحفيين), from data/lexicons/ar/nisba-nouns.tsv. */
const nisbaNouns = lazyKeySet('ar', 'nisba-nouns.tsv');

const hasArticle = (k: string) => k.startsWith('ال') || k.startsWith('لل');

/** A definite word with a nisba ending (الروسي، الكورية، الأمنية, after ة → ه): an adjective or a genitive noun. */
export function looksNisba(key: string): boolean {
  return hasArticle(key) && (key.endsWith('ي') || key.endsWith('يه') || key.endsWith('يين') || key.endsWith('يون'));
}

/**
 * A nisba or agreeing adjective by its ending, unless the lexicon lists the word as a noun with that ending
 * (الرواية، الصحفيين): after a definite head (الوزير الرواية) such a noun is the object, not an adjective.
 */
export function isNisba(key: string): boolean {
  return looksNisba(key) && !nisbaNouns().has(key);
}
