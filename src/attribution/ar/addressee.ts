import { lazyKeySet } from '../lexicon/index.js';
import type { Doc } from '../types.js';

/** Match keys of media nouns, from data/lexicons/ar/media-nouns.tsv. */
const mediaNouns = lazyKeySet('ar', 'media-nouns.tsv');
/** Match keys of press nouns, from data/lexicons/ar/press-nouns.tsv. */
const pressNouns = lazyKeySet('ar', 'press-nouns.tsv');

/**
 * True when token i opens the media a speaker talks to: ل + a media noun (لوكالة، لصحيفة) or a lone ل/لـ before a
 * quoted name (لـ«الصحيفة»). Said after a speaker's name, it ends the speaker phrase.
 */
export function opensMediaAddressee(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  if (key === undefined || !key.startsWith('ل')) return false;
  if (key === 'ل') return true;
  return mediaNouns().has(key.slice(1));
}

/** True when token i is ل + the article + a press noun (للصحفيين، للمراسلين): the reporters a speaker talks to. */
export function opensPressAddressee(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  return key !== undefined && key.startsWith('لل') && pressNouns().has(key.slice(2));
}
