import { COPY_WINDOW_DAYS } from './constants-copy.js';
import { DAY_MS } from './constants.js';
import { ECHO_MAX_CANDIDATES } from './constants-echo.js';
import { mayCopy } from './copy.js';
import { windowAround } from './dates.js';
import { derived, echoKeys, lookupKeys, type EchoItem } from './echo-item.js';
import { echoOf } from './echo-match.js';
import { rareLookupKeys } from './rare-words.js';
import { speakerLookupKey } from './speaker-restatement.js';

// Which pool statements a new echo item is compared with (shortlist), and which of those it echoes best (rankEchoes).

/** A statement already seen, and the claim it is in (undefined: pending, in no claim yet). */
export interface EchoCandidate {
  item: EchoItem;
  claimId?: string;
}

/** What `shortlist` ranks a candidate by: the store reads these from key rows alone (echo-store.ts). */
export interface EchoRef {
  statementId: string;
  date: string;
  /** Its lookup keys (lookupKeys). */
  keys: readonly string[];
}

/** Its anchor keys (echoKeys) as a set, computed once. */
const anchorSetOf = new WeakMap<EchoItem, Set<string>>();

/**
 * May the pool statement a shortlist found by `ref` echo `it` (echoOf)? Every echo but a copy shares an anchor key
 * (a content entity or quantity: one of `ref.keys`, as the store asked for all of `it`'s), one linked speaker's
 * restatement its speaker (speaker-restatement.ts), one by rare words a rare stem (rare-words.ts); a copy needs `it` to be one
 * (copy.ts `mayCopy`) within COPY_WINDOW_DAYS. One that may not is not read.
 */
export function mayEchoRef(it: EchoItem, ref: EchoRef): boolean {
  let anchors = anchorSetOf.get(it);
  if (!anchors) anchorSetOf.set(it, (anchors = new Set([...echoKeys(it), ...speakerLookupKey(it), ...rareLookupKeys(it)])));
  for (const k of ref.keys) if (anchors.has(k)) return true;
  // As copyOf reads the days (a date that does not parse is not turned away by it).
  return mayCopy(it) && !(Math.abs(Date.parse(ref.date) - derived(it).time) / DAY_MS > COPY_WINDOW_DAYS);
}

/**
 * The candidates a statement is compared with, as the store reads them (echo-store.ts): statements sharing a key
 * with it, dated within CLAIM_WINDOW_DAYS, most shared keys first (then by statement id), at most ECHO_MAX_CANDIDATES.
 */
export function shortlist<C extends EchoCandidate>(it: EchoItem, candidates: Iterable<C>): C[] {
  const refs = [...candidates].map((c) => ({ statementId: c.item.member.statementId, date: c.item.member.date, keys: lookupKeys(c.item), c }));
  return shortlistRefs(it, refs).map((r) => r.c);
}

/** `shortlist` on what it reads of each candidate. */
export function shortlistRefs<R extends EchoRef>(it: EchoItem, refs: Iterable<R>): R[] {
  const keys = new Set(lookupKeys(it));
  const { from, to } = windowAround(it.member.date);
  const out: { r: R; n: number }[] = [];
  for (const r of refs) {
    let n = 0;
    for (const k of r.keys) if (keys.has(k)) n++;
    if (n && r.date >= from && r.date <= to) out.push({ r, n });
  }
  return out.sort((a, b) => b.n - a.n || (a.r.statementId < b.r.statementId ? -1 : a.r.statementId > b.r.statementId ? 1 : 0)).slice(0, ECHO_MAX_CANDIDATES).map((x) => x.r);
}

/** How an echo ranks among a statement's candidates: the same words are the surest, rare words alone the least. */
const HOW_RANK = { copy: 9, piece: 8, words: 7, headline: 6, paraphrase: 5, reference: 4, detail: 3, continuation: 2, anchors: 1, 'rare-words': 0 } as const;

/** Does rank `x` come before `y` (lexicographic, higher first)? */
function before(x: number[], y: number[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
}

/**
 * The candidates a statement echoes, best first: copies, a piece of one sentence, same words, its headline,
 * paraphrases, an allegation answered, a casualty detail, cross-language anchors; then score, then latest; ties to the
 * smaller statement id, so that the order candidates come in does not matter.
 */
export function rankEchoes<C extends EchoCandidate>(it: EchoItem, candidates: readonly C[]): C[] {
  const found: { c: C; rank: number[] }[] = [];
  for (const c of candidates) {
    const m = echoOf(it, c.item);
    if (m.ok) found.push({ c, rank: [HOW_RANK[m.how], m.score, derived(c.item).time] });
  }
  const id = (x: { c: C }) => x.c.item.member.statementId;
  return found.sort((x, y) => (before(x.rank, y.rank) ? -1 : before(y.rank, x.rank) ? 1 : id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0)).map((x) => x.c);
}

/** The candidate a statement echoes best (rankEchoes). */
export function chooseEcho<C extends EchoCandidate>(it: EchoItem, candidates: readonly C[]): C | undefined {
  return rankEchoes(it, candidates)[0];
}
