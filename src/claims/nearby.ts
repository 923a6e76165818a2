import { tokenF1 } from './similarity.js';

// Which statements the grouping left out are most likely about a claim: those whose content is
// closest to a member's. Shown on the claim page for a reader to see what may be missing and an
// editor to move in; never used to group.

/**
 * Token F1 (0..1) with the closest member's content below which a statement is not offered.
 * Contents sharing no word score 0; on the seed, the member Peskov's statements left out (relations
 * with Pyongyang in every field) scores 0.11, so the floor sits just under it. Not tuned further.
 */
export const NEARBY_MIN_F1 = 0.1;
/** Added to the score of a statement of one of the claim's own articles: it goes ahead of one of another article of the story up to this much closer (F1). */
export const OWN_ARTICLE_BONUS = 0.05;
/** Statements offered at most: a short list that a reader reads whole. */
export const NEARBY_LIMIT = 8;

export interface NearbyCandidate {
  content: string;
  /** Said in one of the claim's own articles (rather than in another article of their stories). */
  ownArticle: boolean;
}

export type Ranked<T> = T & {
  /** Token F1 with the closest member's content. */
  similarity: number;
  /** similarity, plus OWN_ARTICLE_BONUS for a statement of the claim's own articles. */
  score: number;
};

/**
 * The candidates whose content is at least NEARBY_MIN_F1 close to a member's, best score first
 * (ties in the candidates' order), at most `limit`.
 */
export function rankNearby<T extends NearbyCandidate>(memberContents: readonly string[], candidates: readonly T[], limit = NEARBY_LIMIT): Ranked<T>[] {
  const members = [...new Set(memberContents)];
  const ranked: Ranked<T>[] = [];
  for (const c of candidates) {
    let similarity = 0;
    for (const m of members) similarity = Math.max(similarity, tokenF1(m, c.content));
    if (similarity < NEARBY_MIN_F1) continue;
    ranked.push({ ...c, similarity, score: similarity + (c.ownArticle ? OWN_ARTICLE_BONUS : 0) });
  }
  // Array.prototype.sort is stable: equal scores keep the candidates' order.
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}
