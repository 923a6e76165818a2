import type { Lang, Stance } from '../model/index.js';
import { sameActOf } from './act.js';
import { tokenize } from '../text/tokens.js';
import { NUMBER_YEAR_MAX, NUMBER_YEAR_MIN } from './constants.js';
import { marksConflict, sideOf, type MarkedSide } from './marks.js';
import { sharedPredicates } from './stems.js';
import { isCanonical } from './frame.js';

// R6: details of one event, told in different sentences of an article — the toll on each side, when and how it began,
// what a spokesman says of its dead — often from other speakers and in words no event phrase of the lexicon names
// (`الاشتباكات بدأت بعد مقتل أحد أفراد القبيلة` and `قتل حوالي 29 فردا … وجرح أربعة في الاشتباكات`). Two factual
// statements of one article that share enough predicate words, the same content entities, and no place, day or year
// one names and the other does not, tell one event: echo.ts links them as it links a speaker's continuation
// (continuation.ts), so each keeps meeting other outlets' statements in the echo pool and their claims become one.
// Grouping them in the article instead (group.ts) takes them out of the pool: another outlet's copy of the same details
// then forms a claim of its own.

/**
 * Predicate words (stems.ts) two statements of one article must share, counted from the side that shares fewer: one is
 * a title or a place noun two points of a story have in common.
 */
export const EVENT_DETAIL_MIN_WORDS = 2;

/**
 * Share (0..1) of the shorter statement's predicate words the two share: at half, the shorter tells part of what the
 * other does (`ثمانية أفراد من القبيلة قتلوا وجرح 18 آخرون` beside the other side's toll). Tuned on claims-dev2..4.
 */
export const EVENT_DETAIL_MIN_SHARE = 0.5;

/**
 * Share (0..1) of the longer statement's predicate words the two share: a long sentence that meets a short one in two of
 * its twenty words is about something else. Tuned on claims-dev2..4 (a third: at a quarter, two stores' different limits
 * on one product joined, and dev3 lost a pair's precision).
 */
export const EVENT_DETAIL_MIN_LONGER_SHARE = 1 / 3;

const FOUR_DIGITS = /^\d{4}$/u;

/** The years a text names: four digits in the range numbers.ts leaves out of quantities as years. */
export function yearsIn(text: string): Set<number> {
  return new Set(tokenize(text).map((t) => t.key).filter((k) => FOUR_DIGITS.test(k)).map(Number).filter((y) => y >= NUMBER_YEAR_MIN && y <= NUMBER_YEAR_MAX));
}

/** A statement of an article as the rule reads it (echo.ts EchoItem). */
export interface DetailItem {
  member: { articleId: string; content: string; lang: Lang; stance: Stance; speaker?: { entity?: string }; speakerKey?: string };
  /** Canonical content entities. */
  entities: readonly string[];
  stems: readonly (readonly string[])[];
  stemKeys: ReadonlySet<string>;
  /** An evaluation (R3): it gives no detail. */
  evaluates?: boolean;
  /** Its content lies in the title: the headline and lead rules (copy.ts, lead.ts) read it. */
  headline?: boolean;
}

/** Why two statements of one article are not one event's details; undefined when they are. */
export type DetailRefusal = 'article' | 'headline' | 'piece' | 'evaluation' | 'act' | 'speakers' | 'words' | 'entities' | 'place' | 'day' | 'dated' | 'year';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Are two statements of one article in one language details of one event? Not the title's statement, nor a piece of
 * the other, nor an evaluation, nor a call for an act beside an account (`act`: act.ts `sameActOf`); EVENT_DETAIL_MIN_WORDS
 * predicate words shared, EVENT_DETAIL_MIN_SHARE of the shorter predicate and EVENT_DETAIL_MIN_LONGER_SHARE of the
 * longer; the same canonical content entities (another party named makes another proposition about the same story:
 * `the kidnappers demand Hezbollah's withdrawal` beside their offer of an exchange); and, R6's second half (an earlier
 * or other event is another claim), no place or day that differs (marks.ts `marksConflict`), no day of the month on one
 * side only (`declared a pandemic on 11 March` beside that day's deaths), no year on one side only. Tolls may differ:
 * each side counts its own dead.
 */
export function detailRefusal(a: DetailItem, b: DetailItem): DetailRefusal | undefined {
  const r = judged(a, b);
  return typeof r === 'number' ? undefined : r;
}

/** The detail score (predicate words shared) of two statements of one article that tell one event; undefined when not. */
export function eventDetailOf(a: DetailItem, b: DetailItem): number | undefined {
  const r = judged(a, b);
  return typeof r === 'number' ? r : undefined;
}

/** The canonical entity a statement's speaker is linked to (`country:QA`, `person:kerry`), if any. */
const listedSpeaker = (m: DetailItem['member']) => (m.speaker?.entity && m.speakerKey && isCanonical(m.speakerKey) ? m.speakerKey : undefined);

/** Are both speakers listed entities of one kind (the id's prefix) and not the same one? */
function parallelSpeakers(a: DetailItem['member'], b: DetailItem['member']): boolean {
  const x = listedSpeaker(a), y = listedSpeaker(b);
  return x !== undefined && y !== undefined && x !== y && x.split(':')[0] === y.split(':')[0];
}

/** detailRefusal's reason, or the predicate words shared when there is none. */
function judged(a: DetailItem, b: DetailItem): DetailRefusal | number {
  if (a.member.articleId !== b.member.articleId || a.member.lang !== b.member.lang) return 'article';
  if (a.headline || b.headline) return 'headline';
  // One content inside the other is a piece of it (copy.ts `pieceOf` decides those, R4), not a detail.
  if (a.member.content.includes(b.member.content) || b.member.content.includes(a.member.content)) return 'piece';
  if (a.evaluates || b.evaluates) return 'evaluation';
  // A call for an act is no detail of an account of the event (act.ts; session 17: dev8 P 0.565 → 0.619 alone, 0.684 →
  // 0.765 beside continuation.ts's entities rule; no other set moved).
  if (!sameActOf(a.member, b.member)) return 'act';
  // Two listed parties of one kind as speakers (two countries, two known people) each tell their own: the same words make
  // a parallel (`Qatar will develop a deposit scheme` beside `Bangladesh's scheme will cover deposits`), not one event.
  if (parallelSpeakers(a.member, b.member)) return 'speakers';
  const shared = Math.min(sharedPredicates(a.stems, b.stemKeys), sharedPredicates(b.stems, a.stemKeys));
  const [short, long] = [Math.min(a.stems.length, b.stems.length), Math.max(a.stems.length, b.stems.length)];
  if (shared < EVENT_DETAIL_MIN_WORDS || shared < EVENT_DETAIL_MIN_SHARE * short || shared < EVENT_DETAIL_MIN_LONGER_SHARE * long) return 'words';
  if (!sameSet(a.entities, b.entities)) return 'entities';
  const side = (t: string): MarkedSide => sideOf([t], () => a.member.lang);
  const sa = side(a.member.content), sb = side(b.member.content);
  const conflict = marksConflict(sa, sb);
  if (conflict) return conflict;
  if (!sa.marks[0].days.length !== !sb.marks[0].days.length) return 'dated';
  if (!sameSet([...yearsIn(a.member.content)].map(String), [...yearsIn(b.member.content)].map(String))) return 'year';
  return shared;
}
