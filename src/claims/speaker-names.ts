import { linkName } from '../entities/index.js';
import { boundedMemo } from '../text/memo.js';
import { arabicSkeleton, latinSkeleton } from '../text/skeleton.js';
import { COUNTRY_ENTITY_PREFIX } from './constants.js';
import { SPEAKER_MIN_SKELETON, SPEAKER_NAMES_MEMO } from './constants-copy.js';
import { wordsOf } from './similarity.js';

// Speaker texts compared word by word, spelling-tolerantly: outlets spell an unlinked foreign name each their own way
// (`هيومن` / `هيومان`, `سولفانغ` / `سولفانج`), with or without its long vowels, which its consonant skeleton
// (text/skeleton.ts) leaves out.

const ARABIC_LETTER = /[\u0600-\u06FF]/u;

/** A speaker word's skeleton; undefined under SPEAKER_MIN_SKELETON consonant classes (a short one meets too many). */
function skeletonOf(word: string): string | undefined {
  const sk = ARABIC_LETTER.test(word) ? arabicSkeleton(word) : latinSkeleton(word);
  return sk.length >= SPEAKER_MIN_SKELETON ? sk : undefined;
}

/** Is a speaker word among another speaker's words, as written or by its skeleton? */
function wordIn(w: string, words: readonly string[]): boolean {
  if (words.includes(w)) return true;
  const sk = skeletonOf(w);
  return sk !== undefined && words.some((v) => skeletonOf(v) === sk);
}

/** Does every word of the shorter speaker text lie in the longer's, as written or by skeleton (none when either is empty)? */
export function namesAgree(a: string, b: string): boolean {
  const [short, long] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.length - y.length);
  return short.length > 0 && short.every((w) => wordIn(w, long));
}

/** The entity a speaker text names whole (entities `linkName`), by text: speakers recur across statements. */
const nameOf = boundedMemo(SPEAKER_NAMES_MEMO, (text: string) => linkName(text)?.id ?? '');

/**
 * Is the speaker an office of the country it is linked to: linked to a country, and its text is more than that
 * country's name (`نقيب أطباء تونس`, `وزير خارجية تونس`; not `تونس`)? Such a speaker is one official of the
 * country, whom another outlet may name by office, title or name.
 */
export function officeOfCountry(speaker: { text: string; entity?: string }): boolean {
  return Boolean(speaker.entity?.startsWith(COUNTRY_ENTITY_PREFIX)) && nameOf(speaker.text) !== speaker.entity;
}
