import { createHash } from 'node:crypto';
import {
  BROAD_COPY_MIN_F1, BROAD_REQUIRED_SHARED_ENTITIES, BROAD_SOURCE_SHARED_ENTITIES, BROAD_WINDOW_DAYS, DAY_MS, REQUIRED_SHARED_ENTITIES,
} from './constants.js';
import { TITLE_EVENTS_DEFAULT } from './constants-title.js';
import { windowAround } from './dates.js';
import { echoItemsOf, groupedItemsOf } from './echo.js';
import { placeEchoes, type EchoPool } from './echo-place.js';
import { actorOf } from './article-conflict.js';
import { framesOf, groupArticle } from './group.js';
import { eventLexicon, isBroad, type EventLexicon } from './lexicon.js';
import { eventsDiffer } from './marks.js';
import { sharesNamedSource } from './broad-source.js';
import { tokenF1 } from './similarity.js';
import { placeRepublished } from './translated-place.js';
import { mergeTitleEvents } from './title-event.js';
import { joinSpeakerDetails } from './speaker-detail.js';
import { datesOf, titleOf } from './summary.js';
import type { ArticleGroup, Claim, ClaimRecord, ClaimSource, Member } from './types.js';

// Across articles: an article's group joins the claim about the same concept, within the time window,
// that shares the most key entities with it; else it starts a claim whose id is its concept and key entities.
// A broad concept (attack, aid, support…) asks for more agreement (`broadBlock`).

/** The dates a claim must reach for the group to join it. */
export function groupWindow(g: ArticleGroup): { from: string; to: string } {
  const dates = g.members.map((m) => m.date).sort();
  return { from: windowAround(dates[0]).from, to: windowAround(dates[dates.length - 1]).to };
}

/** How many of the claim's key entities the group names, and how many it must name to join. */
export function overlap(g: ArticleGroup, c: Pick<ClaimRecord, 'keyEntities'>): { shared: number; required: number } {
  const shared = c.keyEntities.filter((e) => g.entities.includes(e)).length;
  const required = Math.max(1, Math.min(REQUIRED_SHARED_ENTITIES, c.keyEntities.length, g.keyEntities.length));
  return { shared, required };
}

/** Why a group may not join a claim about a broad concept; undefined when it may. */
export type BroadBlock = 'pair' | 'window' | 'role' | 'numbers' | 'place' | 'day';

/** A claim as chooseClaim sees it: its record, and its members when known (in memory, or loaded for a broad concept). */
export type Candidate = ClaimRecord & { members?: readonly Member[] };

/** Does a statement of the group copy one of the claim's (token F1 ≥ BROAD_COPY_MIN_F1)? */
const copies = (g: ArticleGroup, c: Candidate) =>
  Boolean(c.members?.some((m) => g.members.some((n) => tokenF1(m.content, n.content) >= BROAD_COPY_MIN_F1)));

/**
 * The stricter agreement a group must have with a claim about a broad concept:
 * - `pair`: the same core entity pair (BROAD_REQUIRED_SHARED_ENTITIES shared key entities, never relaxed to one),
 *   unless a statement of the group is a copy of one of the claim's (BROAD_COPY_MIN_F1: the same wire sentence), or
 *   they share BROAD_SOURCE_SHARED_ENTITIES and a named source speaks on both sides (broad-source.ts);
 * - `window`: within BROAD_WINDOW_DAYS of the claim's first and last statements;
 * - `role`: when both name an actor first (frame.ts), the same actor — `Israel attacked Iran` is not `Iran attacked Israel`;
 * - `numbers`: when both name quantities, at least one shared (`17 killed` is not `93 killed`; days of a month aside);
 * - `place`, `day` (marks.ts): when both name a place, or a day, at least one shared (`the city of Aden` is not `the
 *   district of Dar Saad`).
 */
export function broadBlock(g: ArticleGroup, c: Candidate): BroadBlock | undefined {
  const { shared } = overlap(g, c);
  if (shared < BROAD_REQUIRED_SHARED_ENTITIES && !copies(g, c) && !(shared >= BROAD_SOURCE_SHARED_ENTITIES && c.members && sharesNamedSource(g.members, c.members))) return 'pair';
  const dates = g.members.map((m) => Date.parse(m.date));
  const slack = BROAD_WINDOW_DAYS * DAY_MS;
  if (Date.parse(c.lastSeen) < Math.min(...dates) - slack || Date.parse(c.firstSeen) > Math.max(...dates) + slack) return 'window';
  if (!c.members?.length) return undefined;
  const theirs = actorOf(c.members);
  if (g.actor && theirs && g.actor !== theirs) return 'role';
  return eventsDiffer(g.members, c.members);
}

/**
 * May a group join this claim at all, before a broad concept's stricter agreement: same concept, within the window,
 * enough shared key entities. Only such a claim's members are read from the store (placeClaims).
 */
export function mayJoin(g: ArticleGroup, c: ClaimRecord, window = groupWindow(g)): boolean {
  if (c.concept !== g.concept || c.lastSeen < window.from || c.firstSeen > window.to) return false;
  const { shared, required } = overlap(g, c);
  return shared >= required;
}

/**
 * The best existing claim for a group: same concept, within the window, most shared key entities, then latest;
 * for a broad concept, only a claim that passes `broadBlock`.
 */
export function chooseClaim<C extends Candidate>(g: ArticleGroup, candidates: C[], lex: EventLexicon = eventLexicon()): C | undefined {
  const window = groupWindow(g);
  const broad = isBroad(g.concept, lex);
  let best: { c: C; shared: number } | undefined;
  for (const c of candidates) {
    if (!mayJoin(g, c, window)) continue;
    if (broad && broadBlock(g, c)) continue;
    const { shared } = overlap(g, c);
    if (!best || shared > best.shared || (shared === best.shared && c.lastSeen > best.c.lastSeen)) best = { c, shared };
  }
  return best?.c;
}

/**
 * May a group join a claim that another group of its own article started? groupArticle kept the two apart: they meet
 * again on a canonical entity both name in their contents, or on one speaker, but not on the title's entities that
 * both keys took (a speaker's claim and another speaker's call to them, under a title naming that speaker).
 */
export const meetsInArticle = (g: ArticleGroup, started: readonly Member[]) =>
  g.members.some((m) => started.some((n) => n.speakerKey === m.speakerKey || m.entities.some((e) => n.entities.includes(e))));

/** `troop-deployment:country:KP+country:RU`; a group without canonical entities gets a hash of its first statement. */
export function claimIdBase(g: ArticleGroup): string {
  if (g.keyEntities.length) return `${g.concept}:${g.keyEntities.join('+')}`;
  return `${g.concept}:local-${createHash('sha256').update(g.members[0].statementId).digest('hex').slice(0, 10)}`;
}

/** A new claim's id: the base, else the base with its first date (`@2024-10-14`), else a counter. */
export function newClaimId(g: ArticleGroup, taken: (id: string) => boolean): string {
  const base = claimIdBase(g);
  if (!taken(base)) return base;
  const dated = `${base}@${g.members.map((m) => m.date).sort()[0].slice(0, 10)}`;
  if (!taken(dated)) return dated;
  for (let n = 2; ; n++) if (!taken(`${dated}-${n}`)) return `${dated}-${n}`;
}

/** Follows merge corrections (`from → into`) to the claim that survives. */
export function redirect(id: string, merges: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  while (merges.has(id) && !seen.has(id)) {
    seen.add(id);
    id = merges.get(id)!;
  }
  return id;
}

/** A claim's record recomputed from its members (title, language, first and last seen). */
export function recordOf(id: string, concept: string, keyEntities: string[], members: Member[]): ClaimRecord {
  return { id, concept, keyEntities, title: titleOf(members, keyEntities), ...datesOf(members) };
}

export interface PlaceOptions {
  /** Dates statements when neither they, the article nor the ingest carry a date (an injected clock's now). */
  fallbackDate: string;
  /** Merge corrections, `from → into`. */
  merges?: ReadonlyMap<string, string>;
  lexicon?: EventLexicon;
  /** Concept-less statements seen so far (echo-place.ts), updated in place; without it no echo claims are made. */
  echoes?: EchoPool;
  /** Articles each article translates or is translated by (src/republish), placed before it, best link first: its statements join their claims (translated.ts). */
  origins?: ReadonlyMap<string, readonly ClaimSource[]>;
  /**
   * Merge the claims of an article's statements that tell its title's incident (title-event.ts, R6). In memory only:
   * the store (store.ts placeClaims) does not apply it yet. Off by default (TITLE_EVENTS_DEFAULT).
   */
  titleEvents?: boolean;
}

/**
 * In memory: places one article's statements into the claims (its earlier placement removed first),
 * without recomputing the others. Returns the new list; claims it did not touch are the same objects.
 */
export function placeArticle(claims: readonly Claim[], src: ClaimSource, opts: PlaceOptions): Claim[] {
  const merges = opts.merges ?? new Map<string, string>();
  const out = new Map<string, Claim>();
  for (const c of claims) {
    const kept = c.members.filter((m) => m.articleId !== src.articleId);
    if (kept.length === c.members.length) out.set(c.id, c);
    else if (kept.length) out.set(c.id, { ...recordOf(c.id, c.concept, c.keyEntities, kept), members: kept });
  }
  const lex = opts.lexicon ?? eventLexicon();
  const frames = framesOf(src, lex);
  const groups = groupArticle(src, opts.fallbackDate, lex, frames);
  // Claims this article's own groups made: another of its groups joins one only where `meetsInArticle`.
  const made = new Set<string>();
  for (const g of groups) {
    const found = chooseClaim(g, [...out.values()].filter((c) => !made.has(c.id) || meetsInArticle(g, c.members)), lex);
    const id = redirect(found?.id ?? newClaimId(g, (x) => out.has(x)), merges);
    const c = out.get(id);
    const members = [...(c?.members ?? []), ...g.members];
    if (!c) made.add(id);
    const key = c ?? { concept: g.concept, keyEntities: g.keyEntities };
    out.set(id, { ...recordOf(id, key.concept, key.keyEntities, members), members });
  }
  // Statements no concept group took: claims of the same proposition in other outlets (echo.ts).
  if (opts.echoes) placeEchoes(out, src.articleId, echoItemsOf(src, groups, opts.fallbackDate, frames), opts.echoes, merges, groupedItemsOf(src, groups));
  // Statements of a translation: the claims of their counterparts in the article it translates (translated.ts).
  placeRepublished(out, src, frames, opts.origins?.get(src.articleId) ?? [], merges, opts.fallbackDate, lex);
  // The claims of its statements that tell its title's incident: one claim (title-event.ts, R6), when asked for.
  if (opts.titleEvents ?? TITLE_EVENTS_DEFAULT) mergeTitleEvents(out, src, frames, opts.fallbackDate, lex);
  // Its statements in no claim that tell one more detail of their speaker's point nearby: that claim (speaker-detail.ts).
  joinSpeakerDetails(out, src, frames, opts.fallbackDate);
  return [...out.values()];
}

/** Every claim of a set of articles, placed one article after another (as ingest does). */
export function groupClaims(sources: readonly ClaimSource[], opts: PlaceOptions): Claim[] {
  const withEchoes = { ...opts, echoes: opts.echoes ?? new Map() };
  return sources.reduce<Claim[]>((claims, src) => placeArticle(claims, src, withEchoes), []);
}
