import { MAX_KEY_ENTITIES } from './constants.js';
import { isCanonical, type Frame } from './frame.js';
import { eventQuantities, marksConflict, namesSeries, sideOf, type MarkConflict, type MarkedSide } from './marks.js';
import { quantitiesConflict } from './numbers.js';
import type { Lang } from '../model/index.js';
import type { Member } from './types.js';

// What keeps a broad statement out of a group of its own article, and what a group's members say of its actor and key
// entities: read by group.ts as it builds an article's groups and by place.ts across articles.

/** Why a broad concept's statement may not join a group of its own article; undefined when it may. */
export type ArticleConflict = 'role' | 'target' | 'numbers' | 'series' | MarkConflict;

/** The marks (marks.ts) of a statement's content, and of the members of a group that state the event. */
export const sideOfFrame = (f: Pick<Frame, 'statement'>, lang: Lang): MarkedSide => sideOf([f.statement.content.text], () => lang);
export const sideOfMembers = (ms: readonly Member[]): MarkedSide => sideOf(ms.map((m) => m.content), (i) => ms[i].lang);

/** The canonical entities a statement is about besides its actor: whom or where the event befell. */
const targetsOf = (about: readonly string[], actor: string | undefined) => about.filter((e) => isCanonical(e) && e !== actor);

/**
 * The rules that keep a group from joining another article's broad claim (place.ts `broadBlock`), applied to a statement
 * and the statements of a group of its own article that state the event (rule `concept-entities`):
 * - `role`: both name an actor, and not the same one (`Israel attacked Iran` beside `Iran attacked Israel`);
 * - `target`: with the same actor, both name whom or where it befell, and share none of them (`Russia attacked Ukraine`
 *   beside `Russia attacked Syria`) — across articles the shared entity pair asks the same;
 * - `numbers`: both name quantities and share none (`17 killed` beside `93 killed`; a day of the month is no quantity);
 * - `place`, `day` (marks.ts): both name a place, or a day, and share none (`in the city of Aden` beside `in the
 *   district of Dar Saad`);
 * - `series`: the statement names its event in the plural with no place, day or toll of its own (`مواقع الهجمات`, the
 *   sites of the attacks: a series), and the group's name a day (marks.ts `namesSeries`: one dated attack).
 */
export function broadConflict(f: Pick<Frame, 'actor' | 'about' | 'statement' | 'concept'>, members: readonly Member[], lang: Lang): ArticleConflict | undefined {
  const stated = members.filter((m) => m.rule === 'concept-entities');
  if (!stated.length) return undefined;
  const mySide = sideOfFrame(f, lang), theirSide = sideOfMembers(stated);
  if (f.concept && namesSeries(f.concept.phrase, mySide) && theirSide.marks.some((m) => m.days.length)) return 'series';
  const actor = actorOf(stated);
  if (f.actor && actor && f.actor !== actor) return 'role';
  // Targets only with a known actor, the same on both sides: an entity of a statement without one may be its actor.
  if (f.actor && f.actor === actor) {
    const mine = targetsOf(f.about, f.actor);
    const theirs = new Set(stated.filter((m) => m.actor === actor).flatMap((m) => targetsOf(m.entities, m.actor)));
    if (mine.length && theirs.size && !mine.some((e) => theirs.has(e))) return 'target';
  }
  if (quantitiesConflict(eventQuantities(mySide), eventQuantities(theirSide))) return 'numbers';
  return marksConflict(mySide, theirSide);
}

/**
 * The actor most members that state the event (rule `concept-entities`) name first (ties: the earliest member's),
 * when any does; details, anaphora and restatements name who confessed or denied, not who acted.
 */
export function actorOf(members: readonly Member[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of members) if (m.actor && m.rule === 'concept-entities') counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (!best || n > counts.get(best)!) best = id;
  return best;
}

/** The most frequent canonical entities (ties by id), up to MAX_KEY_ENTITIES, sorted. */
export function keyEntities(counts: Map<string, number>): string[] {
  return [...counts].filter(([id]) => isCanonical(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_KEY_ENTITIES).map(([id]) => id).sort();
}
