/**
 * The development sets' listings for reading a figure: `--verbose` prints each predicted claim with its members' gold
 * claims, `--misses` the gold claims split or left unplaced and the predicted claims holding false pairs. Apart from
 * the scoring so that the figure's arithmetic reads on its own (eval/claims-report.ts).
 */
import type { Scored } from './claims-sets.js';

/** Gold claim of each gold key. */
export type ClaimOfGold = ReadonlyMap<string, string>;

/** `--verbose`: each predicted claim, member by member, with the gold key and gold claim each met. */
export function listGroups(s: Scored, claimOf: ClaimOfGold): void {
  for (const c of s.claims) {
    console.log(`${c.id} — ${c.title}`);
    for (const m of c.members) {
      const k = s.goldKey.get(m.statementId);
      console.log(`  ${m.position.padEnd(7)} ${m.rule.padEnd(17)} ${k ? `${k} [${claimOf.get(k) ?? 'none'}]` : '(no gold)'} ${m.speaker.text} → ${m.content.slice(0, 60)}`);
    }
  }
}

/** `--misses`: gold claims split or unplaced (with the predicted claim each member is in), then the false pairs. */
export function listMisses(s: Scored, claimOf: ClaimOfGold): void {
  const contentOf = s.contentOf;
  if (!contentOf) return;
  const claimOfStatement = new Map(s.claims.flatMap((c) => c.members.map((m) => [s.goldKey.get(m.statementId), c.id] as const)));
  for (const [c, ks] of s.goldGroups) {
    if (ks.length < 2 || new Set(ks.map((k) => claimOfStatement.get(k) ?? `-${k}`)).size === 1) continue;
    console.log(`MISS ${s.name} ${c}`);
    for (const k of ks) console.log(`  ${(claimOfStatement.get(k) ?? '-').slice(-12).padEnd(12)} ${s.label(k)} ${contentOf(k).slice(0, 160)}`);
  }
  // Predicted claims holding statements of more than one gold claim (or of none): the false pairs.
  for (const c of s.claims) {
    const ks = c.members.map((m) => s.goldKey.get(m.statementId)).filter((k): k is string => k !== undefined);
    if (new Set(ks.map((k) => claimOf.get(k) ?? `none${k}`)).size < 2) continue;
    console.log(`FALSE ${s.name} ${c.id}`);
    for (const k of ks) console.log(`  ${(claimOf.get(k) ?? 'none').padEnd(30)} ${s.label(k)} ${contentOf(k).slice(0, 140)}`);
  }
}
