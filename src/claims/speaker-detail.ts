import {
  SPEAKER_DETAIL_MAX_DISTANCE, SPEAKER_DETAIL_MIN_NAME_F1, SPEAKER_DETAIL_MIN_STEMS, SPEAKER_DETAIL_SHORT_MIN_PREDICATE, SPEAKER_DETAIL_SHORT_MIN_SHARE, SPEAKER_DETAIL_SHORT_MIN_STEMS,
} from './constants-speaker.js';
import { evaluativeKind } from './evaluative.js';
import { sameActOf } from './act.js';
import { isCanonical, type Frame } from './frame.js';
import { memberOf } from './group.js';
import { tokenF1 } from './similarity.js';
import { predicateStems, sharedPredicates } from './stems.js';
import { datesOf, titleOf } from './summary.js';
import type { Lang } from '../model/index.js';
import type { Claim, ClaimSource } from './types.js';

// A speaker telling one more detail of a point they made: a statement in no claim once the article is placed (no event
// phrase, no other outlet's echo yet) joins the claim of a statement of the same speaker close by in the same article
// when the two share SPEAKER_DETAIL_MIN_STEMS predicate words, or half of a short predicate (`restatesPoint`): `قطر
// ستطور برنامجا للتأمين على الودائع` … `البرنامج سيعمل بموجب قانون البنك المركزي` … `الخطة تضع إطارا للتأمين على
// الودائع`. Names do not count (stems.ts leaves them out): the same entities with other words are another point of the
// same speaker (`Moscow and Pyongyang are developing relations` beside `North Korea sent troops`), and another
// speaker's sentence with the same words is an echo's or a restatement's business, not this rule's. Statements that
// are no proposition of their own stay out as everywhere (carriers, nested pieces, evaluations, references, fragments:
// frame.ts), and so does one with evaluative words (evaluative.ts, R3); a call beside an account, or a statement about
// other named parties, is another point (`samePoint`). A step after the echo pool and the title's
// incident, in memory (place.ts) and in the store (store.ts) alike, reading only the article's own rows.

/** Why a statement does not join its speaker's claim nearby; or which claim it joins and by how many shared words. */
export type SpeakerDetailResult =
  | { ok: true; claimId: string; shared: number }
  | { ok: false; reason: 'placed' | 'closed' | 'evaluates' | 'no-speaker-claim' | 'few-words' | 'two-claims' };

/**
 * Where statement `i` of the article goes as a detail of its speaker's point: `claimOf` is statement id → claim id for
 * the article's statements already in claims. The claim with the most shared predicate words wins; a tie between two
 * claims is no answer (`two-claims`).
 */
export function speakerDetailOf(src: ClaimSource, frames: readonly Frame[], claimOf: ReadonlyMap<string, string>, i: number,
  stemsOf: (i: number) => readonly (readonly string[])[] = stemsReader(src)): SpeakerDetailResult {
  const s = src.statements[i];
  const f = frames[i];
  if (claimOf.has(s.id)) return { ok: false, reason: 'placed' };
  if (f.carrier || f.inner || f.evaluation || f.reference || f.fragment) return { ok: false, reason: 'closed' };
  if (evaluativeKind(s.content.text, src.lang) !== undefined) return { ok: false, reason: 'evaluates' };
  // Per claim: the most predicate words shared with one of its statements nearby, and whether one shares enough.
  const best = new Map<string, number>();
  const enough = new Set<string>();
  const from = Math.max(0, i - SPEAKER_DETAIL_MAX_DISTANCE), to = Math.min(src.statements.length - 1, i + SPEAKER_DETAIL_MAX_DISTANCE);
  for (let j = from; j <= to; j++) {
    const id = claimOf.get(src.statements[j].id);
    if (j === i || !id || !sameSpeaker(frames[i], frames[j]) || !samePoint(frames[i], frames[j], src.lang)) continue;
    const shared = sharedPredicates(stemsOf(i), new Set(stemsOf(j).flat()));
    best.set(id, Math.max(best.get(id) ?? 0, shared));
    if (restatesPoint(shared, stemsOf(i).length)) enough.add(id);
  }
  if (!best.size) return { ok: false, reason: 'no-speaker-claim' };
  const ranked = [...best].sort((a, b) => b[1] - a[1]);
  if (!enough.has(ranked[0][0])) return { ok: false, reason: 'few-words' };
  if (ranked[1]?.[1] === ranked[0][1]) return { ok: false, reason: 'two-claims' };
  return { ok: true, claimId: ranked[0][0], shared: ranked[0][1] };
}

/**
 * Do `shared` predicate words tie a statement of `words` predicate words to its speaker's statement nearby:
 * SPEAKER_DETAIL_MIN_STEMS of them, or, for a short detail (SPEAKER_DETAIL_SHORT_MIN_PREDICATE words or more),
 * SPEAKER_DETAIL_SHORT_MIN_STEMS making SPEAKER_DETAIL_SHORT_MIN_SHARE of its own words — most of what it says is the
 * point's, in other words.
 */
export function restatesPoint(shared: number, words: number): boolean {
  if (shared >= SPEAKER_DETAIL_MIN_STEMS) return true;
  return shared >= SPEAKER_DETAIL_SHORT_MIN_STEMS && words >= SPEAKER_DETAIL_SHORT_MIN_PREDICATE && shared >= SPEAKER_DETAIL_SHORT_MIN_SHARE * words;
}

/**
 * May two statements of one speaker be one point at all: the same kind of act (act.ts `sameActOf`: a call beside an account
 * is another point), and not each naming a canonical entity the other does not (`a political transition in Syria` beside
 * `a unified government in Libya`: the same words about other parties). Session 17: dev10 P 0.451 → 0.482, R 0.198 →
 * 0.196 (the act; dev9 0.636 → 0.700 with continuation.ts's), dev4 0.860 → 0.869 (the entities); no other set moved.
 */
function samePoint(a: Frame, b: Frame, lang: Lang): boolean {
  if (!sameActOf(actOf(a, lang), actOf(b, lang))) return false;
  // An act named only as what is to stop (frame.ts `ceases`: a call to stop the shelling, or a refusal of one) is
  // another point than an account of the act.
  if (Boolean(a.ceases) !== Boolean(b.ceases)) return false;
  const ea = a.about.filter(isCanonical), eb = b.about.filter(isCanonical);
  return !(ea.some((e) => !eb.includes(e)) && eb.some((e) => !ea.includes(e)));
}

/** A statement's act as act.ts reads it. */
const actOf = (f: Frame, lang: Lang) => ({ stance: f.statement.stance, content: f.statement.content.text, lang });

/** The same speaker: the same key, and names alike (an unnamed source's key is often its country's). */
const sameSpeaker = (a: Frame, b: Frame) =>
  a.speakerKey === b.speakerKey && tokenF1(a.statement.speaker.text, b.statement.speaker.text) >= SPEAKER_DETAIL_MIN_NAME_F1;

/** Predicate stems of the article's statements by index, each read once. */
function stemsReader(src: ClaimSource): (i: number) => readonly (readonly string[])[] {
  const memo = new Map<number, string[][]>();
  return (i) => {
    let v = memo.get(i);
    if (!v) memo.set(i, (v = predicateStems(src, src.statements[i].content.start, src.statements[i].content.end)));
    return v;
  };
}

/**
 * The article's statements in no claim that join a claim as a detail of their speaker's point (`speakerDetailOf`),
 * decided on the claims as they stand before any of them joins (so the store and memory agree), in article order.
 */
export function planSpeakerDetails(src: ClaimSource, frames: readonly Frame[], claimOf: ReadonlyMap<string, string>): { frame: Frame; claimId: string }[] {
  const stemsOf = stemsReader(src);
  return src.statements.flatMap((_, i) => {
    const r = speakerDetailOf(src, frames, claimOf, i, stemsOf);
    return r.ok ? [{ frame: frames[i], claimId: r.claimId }] : [];
  });
}

/** In memory (place.ts): applies `planSpeakerDetails` to `claims` (mutated), each joining statement with rule `detail`. */
export function joinSpeakerDetails(claims: Map<string, Claim>, src: ClaimSource, frames: readonly Frame[], fallbackDate: string): void {
  const claimOf = new Map<string, string>();
  for (const c of claims.values()) for (const m of c.members) if (m.articleId === src.articleId) claimOf.set(m.statementId, c.id);
  for (const { frame, claimId } of planSpeakerDetails(src, frames, claimOf)) {
    const c = claims.get(claimId)!;
    const members = [...c.members, memberOf(src, frame, 'detail', fallbackDate)];
    claims.set(claimId, { ...c, title: titleOf(members, c.keyEntities), ...datesOf(members), members });
  }
}
