import { join } from 'node:path';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readKeySet } from '../lexicon/tsv.js';

/** Match keys of event nouns, read once from data/lexicons/ar/event-nouns.tsv. */
let nouns: Set<string> | undefined;

/**
 * A verbal noun of an event (مقتل، قصف، وجود) that opens a cue's object: read as a name word, it would join the speaker
 * (`الرئيس فلان وجود`), leaving the content without its head. A conjunction or the ب of the verb's frame written on it
 * (أفادت مصادر بسيطرة …) does not hide it.
 */
export function isEventNoun(key: string): boolean {
  nouns ??= readKeySet(join(defaultLexiconDir(), 'ar', 'event-nouns.tsv'));
  return nouns.has(key) || (/^[وفب]/.test(key) && nouns.has(key.slice(1)));
}
