import { join } from 'node:path';
import { matchKey } from '../../text/normalize/arabic.js';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/tsv.js';

/** Match keys of nouns in construct inside a title (وزير خارجية …), read once from data/lexicons/ar/construct-nouns.tsv. */
let nouns: Set<string> | undefined;

/**
 * An indefinite noun that joins a head to the definite noun completing it (مفوضية حقوق الإنسان): read as a name word,
 * it would end the phrase before that noun (a name takes no construct), leaving `مفوضية حقوق` as the speaker.
 */
export function isConstructNoun(key: string): boolean {
  return (nouns ??= new Set(readTsv(join(defaultLexiconDir(), 'ar', 'construct-nouns.tsv'), ['form']).map((r) => matchKey(r.cells[0])))).has(key);
}
