import type { Statement } from '../src/model/index.js';

export interface GoldStatement {
  speaker: string; speaker_aliases?: string[]; cue: string; stance: string; content: string; direct: boolean; targets?: string[]; optional?: boolean;
}
export interface GoldArticle { id: string; lang: string; file?: string; text?: string; statements: GoldStatement[] }

// The scorer's comparison (gold/score.mjs), repeated here only to explain errors in --verbose.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const norm = (s: string) => s.normalize('NFKC').replace(DIACRITICS, '').replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
  .replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647').toLowerCase();
const tokens = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const joined = (s: string) => tokens(s).join(' ');

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) { common++; counts.set(t, c - 1); }
  }
  if (!common) return 0;
  const p = common / tb.length, r = common / ta.length;
  return (2 * p * r) / (p + r);
}

/** Do two mentions name the same words, one inside the other (the scorer's speaker test)? */
export function sameMention(a: string, b: string): boolean {
  const x = joined(a), p = joined(b);
  return Boolean(x && p) && (x === p || ` ${x} `.includes(` ${p} `) || ` ${p} `.includes(` ${x} `));
}

export function speakerRight(g: GoldStatement, speaker: string): boolean {
  return [g.speaker, ...(g.speaker_aliases ?? [])].some((x) => sameMention(x, speaker));
}

/** Gold/prediction pairs as the scorer makes them (content token F1 ≥ 0.5, best pairs first). */
export function matchPairs(golds: GoldStatement[], preds: Statement[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  golds.forEach((g, gi) => preds.forEach((p, pi) => {
    const f = tokenF1(g.content, p.content.text);
    if (f >= 0.5) pairs.push([f, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>(), usedP = new Set<number>(), out: [number, number][] = [];
  for (const [, gi, pi] of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi); usedP.add(pi); out.push([gi, pi]);
  }
  return out;
}

const cut = (s: string, n = 90) => (s.length > n ? s.slice(0, n) + '…' : s);

/** Missed gold, false predictions, wrong speakers/stances and direct speech read otherwise of one article, for --verbose. */
export function describeErrors(g: GoldArticle, preds: Statement[], _text: string): string {
  const pairs = matchPairs(g.statements, preds);
  const lines = [`## ${g.id} (${g.lang})`];
  const mg = new Set(pairs.map(([gi]) => gi)), mp = new Set(pairs.map(([, pi]) => pi));
  g.statements.forEach((s, i) => {
    if (!mg.has(i) && !s.optional) lines.push(`  MISS  [${s.stance}] ${s.speaker} | ${s.cue} | ${cut(s.content)}`);
  });
  preds.forEach((p, i) => {
    if (!mp.has(i)) lines.push(`  FALSE [${p.stance}] ${p.speaker.text} | ${p.cue.text} | ${cut(p.content.text)} (${p.rule})`);
  });
  for (const [gi, pi] of pairs) {
    const s = g.statements[gi], p = preds[pi];
    if (s.optional) continue;
    const sp = speakerRight(s, p.speaker.text), st = s.stance === p.stance, dr = s.direct === p.direct;
    if (!sp || !st) lines.push(`  WRONG ${sp ? '' : `speaker "${p.speaker.text}" ≠ "${s.speaker}" `}${st ? '' : `stance ${p.stance} ≠ ${s.stance} `}| ${p.cue.text} | ${cut(p.content.text, 60)} (${p.rule})`);
    // Not scored by the shared scorer; eval/run.ts counts it apart.
    if (!dr) lines.push(`  DIRECT ${p.direct ? 'quoted' : 'reported'} ≠ ${s.direct ? 'quoted' : 'reported'} | ${p.cue.text} | ${cut(p.content.text, 60)} (${p.rule})`);
  }
  return lines.join('\n');
}
