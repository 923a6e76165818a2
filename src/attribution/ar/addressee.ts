import { join } from 'node:path';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readKeySet } from '../lexicon/tsv.js';
import type { Doc } from '../types.js';

/** Match keys of media nouns, read once from data/lexicons/ar/media-nouns.tsv. */
let nouns: Set<string> | undefined;

/**
 * True when token i opens the media a speaker talks to: ل + a media noun (لوكالة، لصحيفة) or a lone ل/لـ before a
 * quoted name (لـ«الصحيفة»). Said after a speaker's name, it ends the speaker phrase.
 */
export function opensMediaAddressee(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  if (key === undefined || !key.startsWith('ل')) return false;
  if (key === 'ل') return true;
  nouns ??= readKeySet(join(defaultLexiconDir(), 'ar', 'media-nouns.tsv'));
  return nouns.has(key.slice(1));
}
