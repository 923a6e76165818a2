import { join } from 'node:path';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/tsv.js';

export type ObjectClass = 'speech' | 'action' | 'speech-cue' | 'attributive' | 'non-speech' | 'as-cue' | 'clause-cue' | 'addressee-cue' | 'noun-cue' | 'finding-cue' | 'infinitive-cue' | 'possessed-cue' | 'past-verb' | 'belief-cue' | 'liable-cue' | 'amount-cue' | 'headline-cue' | 'compound-noun';

const CLASSES: ObjectClass[] = ['speech', 'action', 'speech-cue', 'attributive', 'non-speech', 'as-cue', 'clause-cue', 'addressee-cue', 'noun-cue', 'finding-cue', 'infinitive-cue', 'possessed-cue', 'past-verb', 'belief-cue', 'liable-cue', 'amount-cue', 'headline-cue', 'compound-noun'];

let cache: Map<ObjectClass, Set<string>> | undefined;

/** data/lexicons/en/objects.tsv by class, loaded once (lower-case forms). */
export function objectWords(): Map<ObjectClass, Set<string>> {
  if (cache) return cache;
  const out = new Map<ObjectClass, Set<string>>(CLASSES.map((c) => [c, new Set<string>()]));
  for (const { cells: [form, cls] } of readTsv(join(defaultLexiconDir(), 'en', 'objects.tsv'), ['form', 'class'], { 1: CLASSES })) {
    out.get(cls as ObjectClass)!.add(form.toLowerCase());
  }
  return (cache = out);
}
