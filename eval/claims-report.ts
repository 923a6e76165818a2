/**
 * Scoring a grouped gold set: pairwise precision, recall and F1 of "these two statements are in the same claim", and
 * the set's report line. The pair arithmetic is shared with the annotator agreement (eval/claims-agreement.ts).
 */
import { listGroups, listMisses } from './claims-listings.js';
import type { Scored } from './claims-sets.js';

/** Every unordered pair of members of each group, as `a|b` with the two sorted. */
export const pairsOf = (groups: string[][]) => new Set(groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => [a, b].sort().join('|')))));
export const n3 = (x: number) => x.toFixed(3);

/** Prints the set's line (and its groups with --verbose, its gold claims split or unplaced with --misses); returns its pairwise F1. */
export function report(s: Scored, verbose: boolean, misses = false): number {
  // Predicted pairs in gold terms; an unmatched prediction keeps its own id, so its pairs are false.
  const predicted = pairsOf(s.claims.map((c) => c.members
    .filter((m) => !s.ignoreUnmatched || s.goldKey.has(m.statementId)).map((m) => s.goldKey.get(m.statementId) ?? m.statementId)));
  const unmatched = s.claims.flatMap((c) => c.members).filter((m) => !s.goldKey.has(m.statementId)).length;
  const gold = pairsOf([...s.goldGroups.values()]);
  const tp = [...predicted].filter((p) => gold.has(p)).length;
  const P = predicted.size ? tp / predicted.size : 1, R = gold.size ? tp / gold.size : 1;
  const F1 = P + R ? (2 * P * R) / (P + R) : 0;
  const claimOf = new Map([...s.goldGroups].flatMap(([c, ks]) => ks.map((k) => [k, c] as const)));
  if (verbose) listGroups(s, claimOf);
  if (misses) listMisses(s, claimOf);
  const multi = [...s.goldGroups.values()].filter((g) => g.length > 1).length;
  console.log(`claims (${s.name}): ${s.claims.length} predicted, ${multi} gold of 2+ statements | pairs predicted ${predicted.size} gold ${gold.size} right ${tp} | P ${n3(P)} R ${n3(R)} F1 ${n3(F1)}${s.ignoreUnmatched ? ` | ${unmatched} placed statements not in the gold, left out` : ''}`);
  const placed = new Set(s.claims.flatMap((c) => c.members.map((m) => s.goldKey.get(m.statementId))));
  const missing = [...s.goldGroups.values()].filter((g) => g.length > 1).flat().filter((k) => !placed.has(k));
  if (missing.length && verbose) console.log(`  gold statements in a claim but not placed (missing from analyze() or ungrouped): ${missing.map(s.label).join(' | ')}`);
  else if (missing.length) console.log(`  ${missing.length} gold statements in a claim were not placed in any (--verbose lists them)`);
  return F1;
}
