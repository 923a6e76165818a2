import {
  PARAPHRASE_MIN_ANCHORS, PARAPHRASE_MIN_LENGTH_RATIO, PARAPHRASE_MIN_PREDICATES, PARAPHRASE_MIN_SHARE, PARAPHRASE_WINDOW_DAYS, SPEAKER_PARAPHRASE_WINDOW_DAYS,
} from './constants-echo.js';
import { sharedPredicates } from './stems.js';

// A paraphrase: one proposition restated in other words (`أفرج الحوثيون عن …` beside `إطلاق سراح …`), in one language,
// by another outlet within the story window. The words rule of echo.ts asks for the same words; this one for the
// same anchors (entities, quantities, the speaker) and the same predicate (stems.ts), which a rewording keeps.

/** What paraphraseOf reads of an echo item (echo.ts EchoItem). */
export interface PredicateItem {
  /** Canonical content entities, sorted. */
  entities: readonly string[];
  stems: readonly (readonly string[])[];
  stemKeys: ReadonlySet<string>;
}

/**
 * The paraphrase score (0..1: the share of the shorter predicate shared) of two statements already found in one
 * language, `days` apart, sharing `anchors` (echo.ts) with numbers that agree; undefined when they are not one:
 * - further apart than PARAPHRASE_WINDOW_DAYS (SPEAKER_PARAPHRASE_WINDOW_DAYS when `samePerson`: one linked person
 *   restating their own position across a story's articles), or fewer than PARAPHRASE_MIN_ANCHORS shared anchors;
 * - `entities`: each names a canonical entity the other does not (`Russian jets struck ISIS in Syria` is not
 *   `coalition jets struck ISIS in Syria`: the actors differ, though Syria and ISIS are shared);
 * - `fragment`: the shorter predicate under PARAPHRASE_MIN_LENGTH_RATIO of the longer (a clause lies whole in many a
 *   long sentence);
 * - fewer than PARAPHRASE_MIN_PREDICATES predicate words shared, or under PARAPHRASE_MIN_SHARE of the shorter predicate.
 */
export function paraphraseOf(a: PredicateItem, b: PredicateItem, days: number, anchors: number, samePerson = false): number | undefined {
  if (days > (samePerson ? SPEAKER_PARAPHRASE_WINDOW_DAYS : PARAPHRASE_WINDOW_DAYS) || anchors < PARAPHRASE_MIN_ANCHORS) return undefined;
  if (a.entities.some((e) => !b.entities.includes(e)) && b.entities.some((e) => !a.entities.includes(e))) return undefined;
  const shared = Math.min(sharedPredicates(a.stems, b.stemKeys), sharedPredicates(b.stems, a.stemKeys));
  const shorter = Math.min(a.stems.length, b.stems.length);
  if (shorter < PARAPHRASE_MIN_LENGTH_RATIO * Math.max(a.stems.length, b.stems.length)) return undefined;
  if (shared < PARAPHRASE_MIN_PREDICATES || shared < PARAPHRASE_MIN_SHARE * shorter) return undefined;
  return shared / shorter;
}
