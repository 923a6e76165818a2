import { grouped } from './copy.js';
import { ECHO_CONCEPT, echoGroup, echoKeyEntities, echoOf, rankEchoes, waitsInPool, shortlist, type EchoCandidate, type EchoItem } from './echo.js';
import { newClaimId, recordOf, redirect } from './place.js';
import { titleLeadOf } from './lead.js';
import type { Claim } from './types.js';

// In memory (place.ts placeArticle, the eval): an article's echo items join the claim of a statement they echo (in the
// pool, or their own headline's), or make a claim with a pending statement they echo (or join, with it, the claim of
// another statement they echo: `joinOf`), taking along the earlier statements of their article they echo
// (`followers`); then they all wait in the pool for later articles. The store does the same with its claim_echoes
// table (echo-store.ts).

/** Concept-less statements seen so far, by statement id: pending ones and those already in an echo claim. */
export type EchoPool = Map<string, EchoItem>;

/**
 * The earlier statements of its article that follow an item into the claim it joins: those it echoes (echo.ts
 * `echoOf`: a headline it restates, an allegation it answers, a piece of it, the dead it names again) that sit in no
 * claim (`free`), but the one it joined by. An article states a proposition in its headline or reports an allegation
 * before the sentence another outlet reprints; the item chooses one echo only (the reprint ranks first), and the
 * headline or allegation it also echoes is the same proposition, not a statement left to wait alone.
 */
export function followers(it: EchoItem, earlier: readonly EchoItem[], free: (statementId: string) => boolean, joinedBy: EchoItem): EchoItem[] {
  // Into a concept claim, an evaluating statement follows too: what it restates is the proposition the claim holds.
  const evaluations = grouped(joinedBy.member);
  // A title restating the lead follows it too when it evaluates (`الشحن انتصار للعمال` above the account another outlet
  // reprints: lead.ts `titleLeadOf`): the lead joined a proposition, which the headline characterises. Never the two
  // alone: an evaluating title and its lead make no claim of their own (R3).
  // A nested item takes none along, and follows none (echo-item.ts `nested`).
  if (it.nested) return [];
  return earlier.filter((e) => e !== joinedBy && !e.nested && free(e.member.statementId) && (echoOf(it, e, evaluations).ok || titleLeadOf(it, e) !== undefined));
}

/**
 * Where an item goes, given the candidates it echoes, best first (echo.ts `rankEchoes`): the best one's claim; when
 * the best waits in no claim but another it echoes is in one, that claim, the best one taken along — the item states
 * the proposition of both, which is one claim, not a second made beside the first (an outlet's sentence that
 * paraphrases one article's quotation and copies another's reprint). Undefined when it echoes none.
 */
export function joinOf<C extends EchoCandidate>(ranked: readonly C[]): { found: C; claimed?: C } | undefined {
  const found = ranked[0];
  if (!found) return undefined;
  return found.claimId ? { found } : { found, claimed: ranked.find((c) => c.claimId) };
}

/**
 * The pending candidates (in no claim) a statement a concept group took echoes (echo.ts `echoOf`): restatements of it
 * that other outlets reported first. Its own article's statements are placed by the echo items' loop.
 */
export function adopted<C extends EchoCandidate>(g: EchoItem, candidates: readonly C[]): C[] {
  return candidates.filter((c) => !c.claimId && c.item.member.articleId !== g.member.articleId && echoOf(c.item, g).ok);
}

/**
 * How a statement of an echo claim echoes a concept claim's for the two claims to be one (`absorbed`): in the same words
 * (a reprint, part of one, the words rule). Session 29, on the shared corpus: a paraphrase took a White House warning
 * into the claim of the air strike it announced (one of two right).
 */
const SAME_WORDS: ReadonlySet<string> = new Set(['copy', 'piece', 'words']);

/**
 * The echo claims a statement a concept group took (in claim `target`) takes in whole: those holding a statement of
 * another article it echoes in the same words (echo.ts `echoOf`, SAME_WORDS). Other outlets told the proposition first
 * without the event phrase and made an echo claim of their reprints before this concept claim was there (`adopted`
 * takes only the pending ones);
 * the two are one proposition, and later statements would otherwise join one or the other (claims-dev10: an official's
 * call reprinted by two outlets, then the ministry's statement of it read as a concept). `isEcho` tells an echo claim.
 */
export function absorbed<C extends EchoCandidate>(g: EchoItem, candidates: readonly C[], target: string, isEcho: (claimId: string) => boolean): string[] {
  const out = new Set<string>();
  for (const c of candidates) {
    const id = c.claimId;
    if (!id || id === target || out.has(id) || c.item.member.articleId === g.member.articleId || !isEcho(id)) continue;
    const m = echoOf(c.item, g);
    if (m.ok && SAME_WORDS.has(m.how)) out.add(id);
  }
  return [...out];
}

/**
 * Places one article's echo items into `claims` (mutated), its earlier items taken out of the pool first; then drops
 * echo claims left with fewer than two members (a re-placed article's), whose statements wait in the pool again.
 */
export function placeEchoes(claims: Map<string, Claim>, articleId: string, items: readonly EchoItem[], pool: EchoPool, merges: ReadonlyMap<string, string>,
  groupedItems: readonly EchoItem[] = []): void {
  for (const [id, it] of pool) if (it.member.articleId === articleId) pool.delete(id);
  const claimOf = new Map<string, string>();
  // Any claim: a merge correction may have moved an echo claim's statements into another.
  for (const c of claims.values()) for (const m of c.members) if (pool.has(m.statementId)) claimOf.set(m.statementId, c.id);
  // The pool as candidates, made once: each reads its claim when asked, as placing items changes them.
  const pooled: EchoCandidate[] = [...pool.values()].map((item) => ({ item, get claimId() { return claimOf.get(item.member.statementId); } }));
  // A statement its concept groups took takes in the pending statements it echoes (`adopted`): another outlet's
  // restatement reported before it waits in no claim, and joins the concept claim as a later one would.
  const claimOfGrouped = new Map<string, string>();
  const groupedIds = new Set(groupedItems.map((g) => g.member.statementId));
  for (const c of claims.values()) for (const m of c.members) if (groupedIds.has(m.statementId)) claimOfGrouped.set(m.statementId, c.id);
  for (const g of groupedItems) {
    const target = claimOfGrouped.get(g.member.statementId);
    if (!target) continue;
    const list = shortlist(g, pooled);
    const taken = adopted(g, list);
    const merged = absorbed(g, list, target, (id) => claims.get(id)?.concept === ECHO_CONCEPT);
    if (!taken.length && !merged.length) continue;
    const c = claims.get(target)!;
    const moved = merged.flatMap((id) => claims.get(id)!.members);
    for (const id of merged) claims.delete(id);
    for (const m of moved) claimOf.set(m.statementId, target);
    const members = [...c.members, ...moved, ...taken.map((t) => t.item.member)];
    claims.set(target, { ...recordOf(target, c.concept, c.keyEntities, members), members });
    for (const t of taken) claimOf.set(t.item.member.statementId, target);
  }
  items.forEach((it, i) => {
    // The pool's statements sharing a key, and the article's earlier ones (only its headline may match: echo.ts `echoOf`).
    const mine = items.slice(0, i).map((item) => ({ item, claimId: claimOf.get(item.member.statementId) }));
    // A nested item (echo-item.ts) joins only a claim: it makes none with another statement.
    const candidates = [...shortlist(it, pooled), ...mine];
    const to = joinOf(rankEchoes(it, it.nested ? candidates.filter((c) => c.claimId) : candidates));
    if (to) {
      const { found, claimed } = to;
      const join = found.claimId
        ? { id: found.claimId, members: [it.member] }
        : claimed?.claimId
          ? { id: claimed.claimId, members: [found.item.member, it.member] }
          : { id: newClaimId(echoGroup([found.item.member, it.member]), (x) => claims.has(x)), members: [found.item.member, it.member] };
      join.members.push(...followers(it, items.slice(0, i), (s) => !claimOf.has(s), found.item).map((e) => e.member));
      const id = redirect(join.id, merges);
      const c = claims.get(id);
      const members = [...(c?.members ?? []), ...join.members];
      claims.set(id, { ...recordOf(id, c?.concept ?? ECHO_CONCEPT, c?.keyEntities ?? echoKeyEntities(members), members), members });
      for (const m of join.members) claimOf.set(m.statementId, id);
    }
  });
  // Statements of one article never echo each other: they join the pool after it is placed (as in the store).
  // With the statements its concept groups took (echo.ts `groupedItemsOf`): a later outlet's restatement joins their claim.
  // A short title's statement stays out (echo.ts `waitsInPool`): it only ever restates its own lead.
  for (const it of [...items, ...groupedItems].filter(waitsInPool)) pool.set(it.member.statementId, it);
  for (const c of [...claims.values()]) if (c.concept === ECHO_CONCEPT && c.members.length < 2) claims.delete(c.id);
}
