import { lazyKeySet } from '../lexicon/index.js';

/** Match keys of event nouns, from data/lexicons/ar/event-nouns.tsv. */
const eventNouns = lazyKeySet('ar', 'event-nouns.tsv');

/**
 * A verbal noun of an event (مقتل، قصف، وجود) that opens a cue's object: read as a name word, it would join the speaker
 * (`الرئيس فلان وجود`), leaving the content without its head. A conjunction or the ب of the verb's frame written on it
 * (أفادت مصادر بسيطرة …) does not hide it.
 */
export function isEventNoun(key: string): boolean {
  const nouns = eventNouns();
  return nouns.has(key) || (/^[وفب]/.test(key) && nouns.has(key.slice(1)));
}
