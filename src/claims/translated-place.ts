import { ECHO_CONCEPT, echoGroup, echoKeyEntities } from './echo.js';
import { framesOf, memberOf } from './group.js';
import type { Frame } from './frame.js';
import type { EventLexicon } from './lexicon.js';
import { newClaimId, recordOf, redirect } from './place.js';
import { alignItemsOf, republishedSteps } from './translated.js';
import { alignTranslation } from './translated-position.js';
import type { Claim, ClaimSource, Member } from './types.js';

// In memory (place.ts placeArticle, the eval): the statements of a translation join the claims of their
// counterparts in the articles it is linked to (translated.ts); the store does the same in translated-store.ts.

/** Members of two statements that start a claim, in a fixed order (date, then id): either article may be placed last. */
export const startOrder = (ms: readonly Member[]): Member[] =>
  [...ms].sort((a, b) => a.date.localeCompare(b.date) || (a.statementId < b.statementId ? -1 : a.statementId > b.statementId ? 1 : 0));

/**
 * Aligns an article's statements with those of each article it republishes or is republished by (`counterparts`,
 * placed before it, best link first) and applies the steps (translated.ts `republishedSteps`) to `claims` (mutated).
 * Returns the claims it wrote to.
 */
export function placeRepublished(
  claims: Map<string, Claim>, src: ClaimSource, frames: readonly Frame[], counterparts: readonly ClaimSource[],
  merges: ReadonlyMap<string, string>, fallbackDate: string, lex?: EventLexicon,
): string[] {
  const written = new Set<string>();
  if (!counterparts.length) return [];
  const mine = alignItemsOf(src, frames);
  const members = new Map<string, () => Member>();
  src.statements.forEach((s, i) => members.set(s.id, () => memberOf(src, frames[i], 'translation', fallbackDate)));
  for (const other of counterparts) {
    if (other.articleId === src.articleId) continue;
    const theirFrames = framesOf(other, lex);
    other.statements.forEach((s, i) => members.set(s.id, () => memberOf(other, theirFrames[i], 'translation', fallbackDate)));
    const claimOf = new Map<string, string>();
    for (const c of claims.values()) for (const m of c.members) claimOf.set(m.statementId, c.id);
    for (const step of republishedSteps(alignTranslation(mine, alignItemsOf(other, theirFrames)), (id) => claimOf.get(id))) {
      const added = step.kind === 'join' ? [members.get(step.statementId)!()] : startOrder(step.statementIds.map((id) => members.get(id)!()));
      const id = redirect(step.kind === 'join' ? step.claimId : newClaimId(echoGroup(added), (x) => claims.has(x)), merges);
      const c = claims.get(id);
      const all = [...(c?.members ?? []), ...added];
      claims.set(id, { ...recordOf(id, c?.concept ?? ECHO_CONCEPT, c?.keyEntities ?? echoKeyEntities(all), all), members: all });
      for (const m of added) claimOf.set(m.statementId, id);
      written.add(id);
    }
  }
  return [...written];
}
