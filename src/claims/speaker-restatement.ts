import { SPEAKER_RESTATEMENT_MIN_PREDICATES, SPEAKER_RESTATEMENT_MIN_SHARE } from './constants-echo.js';
import { sharedPredicates } from './stems.js';
import type { EchoItem } from './echo-item.js';

// One linked speaker's point reported the same day by several outlets in other words (`we agreed to speed up the arms
// sales these states need` / `it was agreed to speed up some military sales that took long in the past`): the content
// may share no entity or quantity with the other outlet's, so the echo anchors miss it; the speaker, the day and most
// of both predicates are the anchor instead. A country's or an unlinked speaker's statements are too many to tell apart
// this way (every US official is `country:US`).

/** Speaker keys of linked people and bodies: the only ones this rule reads. */
export const LINKED_SPEAKER = /^(person|org):/u;

/** The linked person or body that speaks, when the extractor linked one. */
const linkedSpeaker = (it: EchoItem): string | undefined =>
  it.member.speaker.entity && LINKED_SPEAKER.test(it.member.speakerKey) ? it.member.speakerKey : undefined;

/** The pool lookup key of a linked speaker (echo-item.ts `lookupKeys`): `s:person:kerry`. */
export function speakerLookupKey(it: EchoItem): string[] {
  const s = linkedSpeaker(it);
  return s ? [`s:${s}`] : [];
}

/**
 * The score (predicate words shared) when `a` and `b`, of two articles in one language, restate one linked speaker's
 * point on one calendar day: SPEAKER_RESTATEMENT_MIN_PREDICATES words shared, SPEAKER_RESTATEMENT_MIN_SHARE of the
 * longer predicate. Undefined otherwise. The caller (echo-match.ts) has checked their figures agree.
 */
export function speakerRestatementOf(a: EchoItem, b: EchoItem): number | undefined {
  const speaker = linkedSpeaker(a);
  if (!speaker || speaker !== linkedSpeaker(b) || a.member.articleId === b.member.articleId) return undefined;
  if (a.member.lang !== b.member.lang || a.member.date.slice(0, 10) !== b.member.date.slice(0, 10)) return undefined;
  const shared = Math.min(sharedPredicates(a.stems, b.stemKeys), sharedPredicates(b.stems, a.stemKeys));
  const longer = Math.max(a.stems.length, b.stems.length);
  return shared >= SPEAKER_RESTATEMENT_MIN_PREDICATES && shared >= SPEAKER_RESTATEMENT_MIN_SHARE * longer ? shared : undefined;
}
