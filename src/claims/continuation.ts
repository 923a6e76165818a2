import { CONTINUATION_MIN_PREDICATES } from './constants.js';
import { speakersAgree, type CopyItem } from './copy.js';
import { statementOrdinal } from './source.js';
import { sharedPredicates } from './stems.js';

// Two halves of one proposition: a speaker's sentence the extractor cut in two, or said over two statements that
// follow each other (`هدد التنظيم بإعدام الرهينة المخطوف …` then `سيعدمون الرهينة خلال يومين …`, one threat). Each half
// names too little to echo another outlet's on its own; together they join whichever claim either half joins.

/**
 * The continuation score (predicate words shared) of two statements of one article; undefined when they are not one
 * proposition's halves: not next to each other in the article's statement order, speakers that disagree (copy.ts
 * `speakersAgree`), no canonical content entity shared, or fewer than CONTINUATION_MIN_PREDICATES predicate words
 * (stems.ts) shared, counted from the side that shares fewer.
 */
export function continuationOf(a: CopyItem, b: CopyItem): number | undefined {
  if (a.member.articleId !== b.member.articleId) return undefined;
  if (Math.abs(statementOrdinal(a.member.statementId) - statementOrdinal(b.member.statementId)) !== 1) return undefined;
  if (!speakersAgree(a.member, b.member) || !a.entities.some((e) => b.entities.includes(e))) return undefined;
  const shared = Math.min(sharedPredicates(a.stems, b.stemKeys), sharedPredicates(b.stems, a.stemKeys));
  return shared >= CONTINUATION_MIN_PREDICATES ? shared : undefined;
}
