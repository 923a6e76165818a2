/**
 * How far two annotators of the same statements agree: the bound on what a figure on one gold means. Printed beside
 * the floored sets (eval/claims.ts also scores isnad against the second annotator), never floored itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { n3, pairsOf } from './claims-report.js';
import type { RealStatement } from './claims-sets.js';

/**
 * Sets grouped a second time, blind to the first gold and to isnad (eval/gold/*-b.json: the same statements, named by
 * article and offset): how far two annotators following the same rules agree bounds what a figure on one gold means.
 * Printed, not floored: the line sets isnad's figure on a set beside the annotators' agreement on it.
 */
export const SECOND_ANNOTATIONS: readonly { name: string; a: string; b: string }[] = [
  { name: 'held-out', a: 'claims-heldout.json', b: 'claims-heldout-b.json' },
  { name: 'dev6', a: 'claims-dev6.json', b: 'claims-dev6-b.json' },
  { name: 'dev8', a: 'claims-dev8.json', b: 'claims-dev8-b.json' },
  { name: 'dev10', a: 'claims-dev10.json', b: 'claims-dev10-b.json' },
];

/** Pairwise agreement of two annotations of the same statements: P and R of `b` against `a`, and F1 (symmetric). */
export function agreement(a: readonly RealStatement[], b: readonly RealStatement[]): { pairsA: number; pairsB: number; shared: number; P: number; R: number; F1: number } {
  const groupsOf = (xs: readonly RealStatement[]) => {
    const g = new Map<string, string[]>();
    for (const x of xs) if (x.claim) g.set(x.claim, [...(g.get(x.claim) ?? []), `${x.article}@${x.at}`]);
    return pairsOf([...g.values()]);
  };
  const pa = groupsOf(a), pb = groupsOf(b);
  const shared = [...pb].filter((p) => pa.has(p)).length;
  const P = pb.size ? shared / pb.size : 1, R = pa.size ? shared / pa.size : 1;
  return { pairsA: pa.size, pairsB: pb.size, shared, P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}

/** Reads a second annotation and its first, checks they name the same statements, and prints their agreement. */
export function reportAgreement(root: string, set: { name: string; a: string; b: string }): void {
  const read = (f: string) => (JSON.parse(readFileSync(join(root, 'eval', 'gold', f), 'utf8')) as { statements: RealStatement[] }).statements;
  const a = read(set.a), b = read(set.b);
  const key = (x: RealStatement) => `${x.article}@${x.at}`;
  if (a.length !== b.length || a.some((x, i) => key(x) !== key(b[i]))) throw new Error(`${set.b}: does not name the statements of ${set.a} in the same order`);
  const r = agreement(a, b);
  console.log(`claims agreement (${set.name}): annotator B (${set.b}) against A (${set.a}) | pairs A ${r.pairsA} B ${r.pairsB} shared ${r.shared} | P ${n3(r.P)} R ${n3(r.R)} F1 ${n3(r.F1)}`);
}
