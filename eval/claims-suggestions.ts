/**
 * The claim page's suggestion aid measured on the gold sets: a figure of the correction aid, not of the grouping, so
 * apart from the pairwise scoring (eval/claims-report.ts).
 */
import type { Claim } from '../src/claims/index.js';
import { NEARBY_LIMIT, rankNearby } from '../src/claims/nearby.js';
import type { Scored } from './claims-sets.js';

/**
 * How often the claim page's suggestions (src/claims/nearby.ts, "Not grouped: statements nearby") offer a statement the
 * grouping left out to the claim it belongs to: for each gold statement of a claim of two or more in no predicted claim,
 * whether a predicted claim holding statements of its gold claim and of its article offers it among its first
 * NEARBY_LIMIT. Candidates are the unplaced statements of the claim's own articles (the page also reads the other
 * articles of their stories, which this eval does not place). A figure of the correction aid, not of the grouping.
 */
export function reportSuggestions(s: Scored): void {
  const claimOfGold = new Map([...s.goldGroups].filter(([, ks]) => ks.length > 1).flatMap(([c, ks]) => ks.map((k) => [k, c] as const)));
  const placed = new Set(s.claims.flatMap((c) => c.members.map((m) => m.statementId)));
  const unplaced = s.sources.flatMap((src) => src.statements.filter((st) => !placed.has(st.id)).map((st) => ({ id: st.id, articleId: src.articleId, content: st.content.text, ownArticle: true })));
  // What each claim offers, ranked once: many left-out statements are looked for in the same claim.
  const offersOf = new Map<string, Set<string>>();
  const offered = (c: Claim) => {
    let ids = offersOf.get(c.id);
    if (!ids) {
      const articles = new Set(c.members.map((m) => m.articleId));
      offersOf.set(c.id, (ids = new Set(rankNearby(c.members.map((m) => m.content), unplaced.filter((u) => articles.has(u.articleId))).map((r) => r.id))));
    }
    return ids;
  };
  let left = 0, reachable = 0, found = 0;
  for (const st of unplaced) {
    const gold = claimOfGold.get(s.goldKey.get(st.id) ?? '');
    if (!gold) continue;
    left++;
    const targets = s.claims.filter((c) => c.members.some((m) => claimOfGold.get(s.goldKey.get(m.statementId) ?? '') === gold) && c.members.some((m) => m.articleId === st.articleId));
    if (!targets.length) continue;
    reachable++;
    if (targets.some((c) => offered(c).has(st.id))) found++;
  }
  console.log(`claims suggestions (${s.name}): ${left} statements of a gold claim in no claim; ${reachable} in an article of a claim holding their gold claim's statements, ${found} of them offered among its first ${NEARBY_LIMIT} suggestions`);
}
