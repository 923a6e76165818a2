import { sameActOf, type ActSide } from './act.js';
import { RUN_MIN_LONGER_SHARE, RUN_MIN_PREDICATES, RUN_REFERRING_MIN_PREDICATES } from './constants-run.js';
import { coordinated, refersBack, type Predicate } from './continuation.js';
import type { Frame } from './frame.js';
import { marksConflict, sideOfTexts } from './marks.js';
import { sharedPredicates } from './stems.js';
import type { ClaimSource } from './types.js';

// A speaker's run: one source going on about the event of their grouped statement in the very next one, in other words
// than a restatement (continuation.ts `restatesNeighbour` asks for most words in common): `18 Houthis were killed in
// those clashes` after `fierce clashes broke out last night`, `a suspect was identified and his links are checked` after
// `police identified a suspect`. R6: details of one event join the event's claim.

/**
 * Does the article's statement `i` carry on the statement `i - 1` of the same speaker? Not a `coordinated` addition (a
 * parallel point in the same sentence), nor a call beside an account (act.ts), nor another event by its marks (a place
 * or day that differs, or a day named on one side only: `the deadliest attack, on 19 July` is not the shelling of the
 * city); and sharing RUN_MIN_PREDICATES predicate words, RUN_MIN_LONGER_SHARE of the longer statement's, or pointing
 * back at the earlier statement's topic (continuation.ts `refersBack`) with RUN_REFERRING_MIN_PREDICATES in common.
 * Session 28: dev3 0.789 → 0.793, no dev set lower.
 */
export function carriesOn(src: Pick<ClaimSource, 'text' | 'statements' | 'lang' | 'entities'>, frames: readonly Frame[], i: number,
  predicateOf: (j: number) => Predicate): boolean {
  const prev = frames[i - 1], f = frames[i];
  if (!prev || prev.speakerKey !== f.speakerKey || coordinated(src, i)) return false;
  const act = (x: Frame): ActSide => ({ stance: x.statement.stance, content: x.statement.content.text, lang: src.lang });
  if (!sameActOf(act(f), act(prev))) return false;
  const a = sideOfTexts([act(prev)]), b = sideOfTexts([act(f)]);
  if (marksConflict(a, b) || !a.marks[0].days.length !== !b.marks[0].days.length) return false;
  const p = predicateOf(i - 1), q = predicateOf(i);
  const shared = Math.min(sharedPredicates(p.stems, q.stemKeys), sharedPredicates(q.stems, p.stemKeys));
  if (refersBack(src, i) && shared >= RUN_REFERRING_MIN_PREDICATES) return true;
  return shared >= RUN_MIN_PREDICATES && shared >= RUN_MIN_LONGER_SHARE * Math.max(p.stems.length, q.stems.length);
}
