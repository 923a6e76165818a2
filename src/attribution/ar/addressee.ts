import { lazyKeySet } from '../lexicon/index.js';
import { quoteClosingBefore } from '../doc.js';
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

/**
 * True when the word at i comes right after a quoted outlet the speaker talks to (قال لـ«الصحيفة» فلان): the quotation
 * closes before i and ل (or ل + a media noun) stands before it. What follows is the speaker, whatever its letters.
 */
export function afterQuotedOutlet(doc: Doc, i: number): boolean {
  const q = quoteClosingBefore(doc, i);
  if (!q) return false;
  let o = i - 1;
  while (o > 0 && doc.tokens[o - 1].end > q.start) o--;
  return o > 0 && opensMediaAddressee(doc, o - 1);
}
