import {
  CLAIM_WINDOW_DAYS, DAY_MS, ECHO_CROSS_MIN_ANCHORS, ECHO_CROSS_WINDOW_DAYS, ECHO_MAX_CANDIDATES, ECHO_MIN_ANCHORS, ECHO_MIN_COVERAGE, ECHO_MIN_LENGTH_RATIO, ECHO_MIN_WORDS, MAX_KEY_ENTITIES,
} from './constants.js';
import { windowAround } from './dates.js';
import { framesOf, memberOf } from './group.js';
import { isCanonical, type Frame } from './frame.js';
import { quantitiesOf } from './numbers.js';
import { contentWords } from './restatement.js';
import type { ArticleGroup, ClaimSource, Member } from './types.js';

// Echoes: a statement whose event the concept lexicon does not know still joins the same proposition as reported by
// another outlet (or in the other language). Its key is what it is about — canonical entities and quantities — and it
// joins a statement it echoes: in one language nearly the same content words; across languages, where only entity
// ids and numbers can agree, the same quantities and more shared anchors. A claim is made only when a second
// statement echoes a first: a lone concept-less statement waits in the pool (in memory, or the store's
// claim_echoes table), so the claims list is not flooded with one-statement claims.

/** The concept of claims formed by echoes (claims.concept, and the prefix of their ids). */
export const ECHO_CONCEPT = 'echo';

/** A concept-less statement as echo matching reads it. */
export interface EchoItem {
  member: Member;
  /** Canonical entities of the content (member.entities), sorted. */
  entities: string[];
  /** Quantities of the content (numbers.ts), ascending. */
  quantities: number[];
  /** The speaker's canonical entity (lifted), when linked: one more anchor when both statements have the same. */
  speaker?: string;
  /** Content words of the content (restatement.ts), each as its clitic-stripped keys: computed once, compared often. */
  words: readonly string[][];
  /** Every key of `words`. */
  wordKeys: Set<string>;
}

/** Why two statements are not echoes of each other; or how they are. */
export type EchoMatch =
  | { ok: true; how: 'words' | 'anchors'; score: number }
  | { ok: false; reason: 'same-article' | 'window' | 'numbers' | 'anchors' | 'words' };

/**
 * The statement as an echo item: its entities and quantities, read from the member alone (the store keeps members).
 * Its words are read when first asked for (a candidate turned away by its window, numbers or anchors never needs
 * them), by `wordsOf`: the store passes the words it kept with the member rather than analyse the content again.
 */
export function echoItemOf(member: Member, wordsOf: () => string[][] = () => contentWords(member.content, member.lang).map((w) => [...w])): EchoItem {
  let words: string[][] | undefined, wordKeys: Set<string> | undefined;
  return {
    member,
    entities: [...new Set(member.entities.filter(isCanonical))].sort(),
    quantities: [...quantitiesOf(member.content)].sort((a, b) => a - b),
    ...(member.speaker.entity && isCanonical(member.speakerKey) ? { speaker: member.speakerKey } : {}),
    get words() {
      return (words ??= wordsOf());
    },
    get wordKeys() {
      return (wordKeys ??= new Set(this.words.flat()));
    },
  };
}

/** Keys a statement is looked up by in the store's pool: its content entities and quantities (`n:1279`); every echo shares one. */
export const echoKeys = (it: EchoItem): string[] => [...it.entities, ...it.quantities.map((n) => `n:${n}`)];

/** Distinct anchors of a statement: its keys, and its speaker's entity. */
const anchorsOf = (it: EchoItem) => new Set([...echoKeys(it), ...(it.speaker ? [it.speaker] : [])]).size;

/**
 * Can the statement echo another at all: enough content words, a key, and ECHO_MIN_ANCHORS anchors (its speaker's
 * entity counts) — a sentence about nothing nameable (`the situation is stable`) matches too many others.
 */
export function echoable(it: EchoItem): boolean {
  return echoKeys(it).length > 0 && anchorsOf(it) >= ECHO_MIN_ANCHORS && it.words.length >= ECHO_MIN_WORDS;
}

/**
 * The statements of an article that no group took and that may echo another outlet's: not carriers, pieces of another
 * statement, evaluations or bare references (R3, R4 of the gold), with anchors and enough words. In article order.
 * `frames` are the article's (framesOf): pass those grouping read rather than analyse the statements twice.
 */
export function echoItemsOf(src: ClaimSource, groups: readonly ArticleGroup[], fallbackDate: string, frames: readonly Frame[] = framesOf(src)): EchoItem[] {
  const grouped = new Set(groups.flatMap((g) => g.members.map((m) => m.statementId)));
  const out: EchoItem[] = [];
  src.statements.forEach((s, i) => {
    if (grouped.has(s.id)) return;
    const f = frames[i];
    if (f.carrier || f.inner || f.evaluation || f.reference) return;
    const it = echoItemOf(memberOf(src, f, 'echo', fallbackDate));
    if (echoable(it)) out.push(it);
  });
  return out;
}

const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x)).length;

/**
 * Is `a` an echo of `b`?
 * - `window`: dated further apart than the claim window (CLAIM_WINDOW_DAYS), across languages ECHO_CROSS_WINDOW_DAYS;
 * - `numbers`: both name quantities and one names one the other does not (`1,279 cases` is not `1,300 cases`);
 * - in one language, `words`: the shorter content's words lie in the longer's (ECHO_MIN_COVERAGE), the shorter at
 *   least ECHO_MIN_LENGTH_RATIO of the longer (a fragment lies in many sentences), with a key shared — and the same
 *   speaker when either has fewer than ECHO_MIN_ANCHORS keys of its own;
 * - across languages, `anchors`: ECHO_CROSS_MIN_ANCHORS shared entities, quantities and speaker, at least one a quantity.
 * Anchors shared are content entities and quantities, and the speaker's entity when both are linked to the same.
 * Two statements of one article are not compared (within an article, restatement.ts does that for groups).
 */
export function echoOf(a: EchoItem, b: EchoItem): EchoMatch {
  if (a.member.articleId === b.member.articleId) return { ok: false, reason: 'same-article' };
  const cross = a.member.lang !== b.member.lang;
  const days = Math.abs(Date.parse(a.member.date) - Date.parse(b.member.date)) / DAY_MS;
  if (days > (cross ? ECHO_CROSS_WINDOW_DAYS : CLAIM_WINDOW_DAYS)) return { ok: false, reason: 'window' };
  const numbers = shared(a.quantities, b.quantities);
  if (a.quantities.length && b.quantities.length && numbers < Math.min(a.quantities.length, b.quantities.length)) return { ok: false, reason: 'numbers' };
  // A shared content anchor is a shared lookup key: the store finds every echo by its keys (echo-store.ts).
  const keys = shared(a.entities, b.entities) + numbers;
  const anchors = keys + (a.speaker && a.speaker === b.speaker ? 1 : 0);
  if (cross) {
    if (!numbers || anchors < ECHO_CROSS_MIN_ANCHORS) return { ok: false, reason: 'anchors' };
    return { ok: true, how: 'anchors', score: anchors };
  }
  if (!keys) return { ok: false, reason: 'anchors' };
  // A statement with one key of its own is anchored by its speaker too: the other must have the same.
  const thin = echoKeys(a).length < ECHO_MIN_ANCHORS || echoKeys(b).length < ECHO_MIN_ANCHORS;
  if (thin && !(a.speaker && a.speaker === b.speaker)) return { ok: false, reason: 'anchors' };
  const wa = a.words.length, wb = b.words.length;
  if (Math.min(wa, wb) < ECHO_MIN_LENGTH_RATIO * Math.max(wa, wb)) return { ok: false, reason: 'words' };
  const [short, long] = wa <= wb ? [a, b] : [b, a];
  // restatement.ts `coverage`, on the words computed once.
  const c = short.words.filter((w) => w.some((k) => long.wordKeys.has(k))).length / short.words.length;
  return c >= ECHO_MIN_COVERAGE ? { ok: true, how: 'words', score: c } : { ok: false, reason: 'words' };
}

/** A statement already seen, and the claim it is in (undefined: pending, in no claim yet). */
export interface EchoCandidate {
  item: EchoItem;
  claimId?: string;
}

/** What `shortlist` ranks a candidate by: the store reads these from key rows alone (echo-store.ts). */
export interface EchoRef {
  statementId: string;
  date: string;
  /** Its lookup keys (echoKeys). */
  keys: readonly string[];
}

/**
 * The candidates a statement is compared with, as the store reads them (echo-store.ts): statements sharing a key
 * with it, dated within CLAIM_WINDOW_DAYS, most shared keys first (then by statement id), at most ECHO_MAX_CANDIDATES.
 */
export function shortlist<C extends EchoCandidate>(it: EchoItem, candidates: Iterable<C>): C[] {
  const refs = [...candidates].map((c) => ({ statementId: c.item.member.statementId, date: c.item.member.date, keys: echoKeys(c.item), c }));
  return shortlistRefs(it, refs).map((r) => r.c);
}

/** `shortlist` on what it reads of each candidate. */
export function shortlistRefs<R extends EchoRef>(it: EchoItem, refs: Iterable<R>): R[] {
  const keys = echoKeys(it);
  const { from, to } = windowAround(it.member.date);
  const out: { r: R; n: number }[] = [];
  for (const r of refs) {
    const n = r.keys.filter((k) => keys.includes(k)).length;
    if (n && r.date >= from && r.date <= to) out.push({ r, n });
  }
  return out.sort((a, b) => b.n - a.n || (a.r.statementId < b.r.statementId ? -1 : a.r.statementId > b.r.statementId ? 1 : 0)).slice(0, ECHO_MAX_CANDIDATES).map((x) => x.r);
}

/** Does rank `x` come before `y` (lexicographic, higher first)? */
function before(x: number[], y: number[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
}

/** The candidate a statement echoes best: same-language word matches before cross-language anchor ones, then score, then latest. */
export function chooseEcho<C extends EchoCandidate>(it: EchoItem, candidates: readonly C[]): C | undefined {
  let best: { c: C; rank: number[] } | undefined;
  for (const c of candidates) {
    const m = echoOf(it, c.item);
    if (!m.ok) continue;
    const rank = [m.how === 'words' ? 1 : 0, m.score, Date.parse(c.item.member.date)];
    // Ties go to the smaller statement id, so that the order candidates come in does not matter.
    if (!best || before(rank, best.rank) || (!before(best.rank, rank) && c.item.member.statementId < best.c.item.member.statementId)) best = { c, rank };
  }
  return best?.c;
}

/** An echo claim's key entities: the most frequent canonical entities of its members (ties by id), sorted. */
export function echoKeyEntities(members: readonly Member[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const e of new Set(m.entities.filter(isCanonical))) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_KEY_ENTITIES).map(([id]) => id).sort();
}

/** The group a new echo claim is made from (place.ts `newClaimId` reads its concept, key entities and dates). */
export function echoGroup(members: Member[]): ArticleGroup {
  const keyEntities = echoKeyEntities(members);
  return { concept: ECHO_CONCEPT, keyEntities, entities: keyEntities, members };
}
