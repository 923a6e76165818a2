import { gapHas } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { isBe, skipBackAdverbs } from './speaker.js';

const BREAK = gapChars(',;:.!?()"“”');

/** Verbs whose subject is the speaker of the cue after "to" (appeared to blame, went on to say, moved to deny, sought to
 * reassure: an attempt made in words is the statement). */
const ACTIVE_RAISERS = new Set(['appeared', 'appears', 'seemed', 'seems', 'continued', 'continues', 'continue', 'moved', 'rushed', 'hastened',
  'sought', 'seeks', 'tried', 'tries']);
/** Past forms that raise their subject only as a passive after "be" (is reported to have said, was forced to deny). */
const PASSIVE_RAISERS = new Set(['reported', 'said', 'understood', 'believed', 'thought', 'forced', 'quick', 'keen']);

/**
 * "The senator is reported to have said …", "the minister appeared to blame …", "went on to say": where the subject
 * phrase of a cue after such a raising verb and "to" ends (the raiser, its "be" and adverbs skipped); `k` (the token
 * after the subject's place, as the adverb skip left it) when no raiser stands there.
 */
export function skipRaising(doc: Doc, k: number, floor: number): number {
  if (k - 2 <= floor || doc.keys[k - 1] !== 'to' || gapHas(doc, k - 1, BREAK) || gapHas(doc, k, BREAK)) return k;
  const raiser = doc.keys[k - 2];
  // "took to Twitter to accuse …", "took to the airwaves to deny …": the medium's few words, then "took to".
  const took = tookToBefore(doc, k - 1, floor);
  if (took >= 0) return skipBackAdverbs(doc, took, floor);
  if (raiser === 'on' && k - 3 > floor && (doc.keys[k - 3] === 'went' || doc.keys[k - 3] === 'goes')) return skipBackAdverbs(doc, k - 3, floor);
  if (ACTIVE_RAISERS.has(raiser)) return skipBackAdverbs(doc, k - 2, floor);
  if (!PASSIVE_RAISERS.has(raiser)) return k;
  const be = skipBackAdverbs(doc, k - 2, floor) - 1;
  return be > floor && isBe(doc, be) ? skipBackAdverbs(doc, be, floor) : k;
}

/** Forms of "take" in "took to <a medium> to <cue>". */
const TAKE = new Set(['took', 'takes', 'taking', 'take']);
/** Most words of the medium between "took to" and the second "to" (Twitter, social media, the state airwaves). */
const MAX_MEDIUM_WORDS = 3;

/** The index of "took" when "took to <medium>" ends right before token `to` (the infinitive's "to"), else -1. */
function tookToBefore(doc: Doc, to: number, floor: number): number {
  for (let j = to - 2; j > floor && to - j - 1 <= MAX_MEDIUM_WORDS; j--) {
    if (gapHas(doc, j + 1, BREAK)) return -1;
    if (doc.keys[j] === 'to' && TAKE.has(doc.keys[j - 1])) return j - 1;
  }
  return -1;
}
