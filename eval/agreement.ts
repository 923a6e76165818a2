// How far two annotators of the statement gold agree: a second, independent annotation of some development articles
// (eval/gold/<set>-b.json) scored against the first with the shared scorer, each way, and isnad against the second
// annotator on the same articles. The bound isnad's figures on those sets are read against (eval/gold/SOURCES.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { materialiseOffsets, type OffsetGold } from './offset-gold.js';

/** The second annotations and the first ones they are read against. */
const SECOND = [
  { name: 'dev-arnews', a: 'dev-arnews.json', b: 'dev-arnews-b.json' },
  { name: 'dev-wnen', a: 'dev-wnen.json', b: 'dev-wnen-b.json' },
] as const;

interface Line { id: string; statements: { speaker: string; cue: string; stance: string; content: string }[] }
interface Summary { articles: number; gold: number; predicted: number; detect: { P: number; R: number; F1: number }; speakerAccuracy: number; stanceAccuracy: number; fullF1: number }

const n = (x: number) => x.toFixed(3);
const readLines = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);

/** One annotation's statements (its optional ones too: they are what that annotator read) as scorer predictions. */
function asPredictions(goldJsonl: string, out: string): string {
  const lines = readLines(goldJsonl).map((g) => ({ id: g.id, statements: g.statements.map((s) => ({ speaker: { text: s.speaker }, cue: { text: s.cue }, stance: s.stance, content: { text: s.content } })) }));
  writeFileSync(out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return out;
}

function score(scorer: string, gold: string, pred: string): Summary {
  const scored = JSON.parse(execFileSync(process.execPath, [scorer, gold, '--pred', pred, '--json'], { encoding: 'utf8' })) as Record<string, Summary>;
  return scored.all;
}

const describe = (s: Summary) =>
  `articles ${s.articles} gold ${s.gold} predicted ${s.predicted} | detect P ${n(s.detect.P)} R ${n(s.detect.R)} F1 ${n(s.detect.F1)} | speaker ${n(s.speakerAccuracy)} stance ${n(s.stanceAccuracy)} | full F1 ${n(s.fullF1)}`;

/**
 * Prints, per second annotation present: annotator B scored against A and A against B, and isnad against B (isnad's
 * predictions on these articles: the `predictions.jsonl` eval/run.ts wrote for the set). No floor.
 */
export function statementAgreement(goldDir: string, shared: string, scorer: string, predictionsOf: (set: string) => string | undefined): void {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-agreement-'));
  for (const s of SECOND) {
    const bPath = join(goldDir, s.b);
    if (!existsSync(bPath)) continue;
    const ids = new Set((JSON.parse(readFileSync(bPath, 'utf8')) as OffsetGold).articles.map((a) => a.id));
    const a = materialiseOffsets(join(goldDir, s.a), shared, dir, `${s.name}-a.jsonl`, ids);
    const b = materialiseOffsets(bPath, shared, dir, `${s.name}-b.jsonl`, ids);
    console.log(`statement agreement (${s.name}): annotator B against A | ${describe(score(scorer, a, asPredictions(b, join(dir, `${s.name}-b-pred.jsonl`))))}`);
    console.log(`statement agreement (${s.name}): annotator A against B | ${describe(score(scorer, b, asPredictions(a, join(dir, `${s.name}-a-pred.jsonl`))))}`);
    const ours = predictionsOf(s.name);
    if (!ours) continue;
    const subset = join(dir, `${s.name}-isnad.jsonl`);
    writeFileSync(subset, readFileSync(ours, 'utf8').split('\n').filter((l) => l.trim() && ids.has((JSON.parse(l) as Line).id)).join('\n') + '\n');
    console.log(`${s.name} (annotator B's articles): isnad against A | ${describe(score(scorer, a, subset))}`);
    console.log(`${s.name} (annotator B's articles): isnad against B | ${describe(score(scorer, b, subset))}`);
  }
}
