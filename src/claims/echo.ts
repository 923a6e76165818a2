import { MAX_KEY_ENTITIES } from './constants.js';
import { isCanonical } from './frame.js';
import type { ArticleGroup, Member } from './types.js';

// Echoes: a statement whose event the concept lexicon does not know still joins the same proposition as reported by
// another outlet (or in the other language). Its key is what it is about — canonical entities and quantities — and it
// joins a statement it echoes: in one language nearly the same content words; across languages, where only entity
// ids and numbers can agree, the same quantities and more shared anchors. A claim is made only when a second
// statement echoes a first: a lone concept-less statement waits in the pool (in memory, or the store's
// claim_echoes table), so the claims list is not flooded with one-statement claims. The statements concept groups
// took wait there too (`groupedItemsOf`): another outlet's restatement without the event phrase joins their claim,
// whichever comes first (echo-place.ts `adopted`).

/** The concept of claims formed by echoes (claims.concept, and the prefix of their ids). */
export const ECHO_CONCEPT = 'echo';

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

// The rule's parts, by what each decides: what a statement is as an echo item (echo-item.ts), which statements of an
// article are items (echo-items.ts), whether two items echo each other (echo-match.ts), which pool statements an item
// is compared with and which it echoes best (echo-rank.ts); placing them is echo-place.ts and echo-store.ts.
export { echoable, echoesOthers, echoItemOf, echoKeys, lookupKeys, type EchoItem } from './echo-item.js';
export { echoItemsOf, groupedItemsOf, waitsInPool } from './echo-items.js';
export { echoOf, type EchoMatch } from './echo-match.js';
export { chooseEcho, mayEchoRef, rankEchoes, shortlist, shortlistRefs, type EchoCandidate, type EchoRef } from './echo-rank.js';
