import { join } from 'node:path';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readKeySet } from '../lexicon/tsv.js';

/** Match keys of nouns in construct inside a title (وزير خارجية …), read once from data/lexicons/ar/construct-nouns.tsv. */
let nouns: Set<string> | undefined;

/**
 * An indefinite noun that joins a head to the definite noun completing it (مفوضية حقوق الإنسان): read as a name word,
 * it would end the phrase before that noun (a name takes no construct), leaving `مفوضية حقوق` as the speaker.
 */
export function isConstructNoun(key: string): boolean {
  return (nouns ??= readKeySet(join(defaultLexiconDir(), 'ar', 'construct-nouns.tsv'))).has(key);
}
