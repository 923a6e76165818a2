/**
 * Statement evaluation against the gold sets (/work/shared/gold/*.jsonl): extract → analyze every gold
 * article, write predictions JSONL, score them with gold/score.mjs, print per-language figures and fail
 * (exit 1) under the floors pinned in eval/floors.json. `--verbose` lists missed gold and false predictions;
 * `--only=<text>` scores only the articles whose id contains <text> (a new article's own figure; floors are then not checked).
 * The shared folder is ../shared from the repository root, or ISNAD_SHARED. The held-out gold in eval/gold
 * (heldout-*.jsonl, see eval/gold/SOURCES.md) is scored and floored separately.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { analyze } from '../src/analyze/index.js';
import type { Statement } from '../src/model/index.js';
import { describeErrors, type GoldArticle } from './report.js';
import { repoRoot, sharedDir } from '../bench/shared.js';

interface Summary {
  articles: number; gold: number; predicted: number;
  detect: { P: number; R: number; F1: number };
  speakerAccuracy: number; stanceAccuracy: number; fullF1: number;
}
type Floors = Record<string, { detectF1: number; fullF1: number }>;

interface GoldSet { label: string; dir: string; files: string[] }

/** Analyse every article of one gold set and score it; returns the per-language summaries. */
function scoreSet(set: GoldSet, scorer: string, verbose: boolean, only?: string): { scored: Record<string, Summary>; out: string; articles: number; elapsed: number } {
  const lines = set.files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()));
  const golds: GoldArticle[] = lines.map((l) => JSON.parse(l) as GoldArticle).filter((g) => !only || g.id.includes(only));
  const predictions: { id: string; statements: Statement[] }[] = [];
  let elapsed = 0;
  for (const g of golds) {
    const bytes = g.file ? readFileSync(join(set.dir, g.file)) : Buffer.from(g.text ?? '', 'utf8');
    const started = performance.now();
    const res = extract({ bytes, source: g.file ?? g.id, contentType: 'text/plain' });
    if (!res.ok) {
      console.error(`${g.id}: extraction rejected the input (${res.reason}: ${res.message})`);
      predictions.push({ id: g.id, statements: [] });
      continue;
    }
    const analysis = analyze(res.article);
    elapsed += performance.now() - started;
    predictions.push({ id: g.id, statements: analysis.statements });
    if (verbose) console.log(describeErrors(g, analysis.statements, analysis.text));
  }
  const tmp = mkdtempSync(join(tmpdir(), 'isnad-eval-'));
  const out = join(tmp, 'predictions.jsonl');
  writeFileSync(out, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  // --only: the scorer reads the selected gold articles from a file of their own.
  let goldFiles = set.files;
  if (only) {
    goldFiles = [join(tmp, 'gold.jsonl')];
    writeFileSync(goldFiles[0], golds.map((g) => JSON.stringify(g)).join('\n') + '\n');
  }
  const scored = JSON.parse(execFileSync(process.execPath, [scorer, ...goldFiles, '--pred', out, '--json'], { encoding: 'utf8' })) as Record<string, Summary>;
  return { scored, out, articles: golds.length, elapsed };
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) || undefined;
  const root = repoRoot();
  const shared = sharedDir();
  const goldDir = join(shared, 'gold');
  const jsonl = (dir: string, prefix = '') => readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f.startsWith(prefix)).sort().map((f) => join(dir, f));
  // The dev gold (shared, rules tuned on it) and the held-out gold (eval/gold/heldout-*.jsonl, never tuned on),
  // reported apart so that over-fitting the dev articles shows. Held-out floors are keyed `heldout-<lang>`.
  const heldDir = join(root, 'eval', 'gold');
  const sets: GoldSet[] = [
    { label: '', dir: shared, files: jsonl(goldDir) },
    { label: 'heldout-', dir: heldDir, files: jsonl(heldDir, 'heldout-') },
  ];
  const floors = JSON.parse(readFileSync(join(root, 'eval', 'floors.json'), 'utf8')) as Floors;
  const n = (x: number) => x.toFixed(3);
  let failed = false;
  for (const set of sets) {
    if (set.files.length === 0) continue;
    if (set.label) console.log(`— held-out (${set.files.map((f) => f.slice(heldDir.length + 1)).join(', ')})`);
    const { scored, out, articles, elapsed } = scoreSet(set, join(goldDir, 'score.mjs'), verbose, only);
    if (articles === 0) continue;
    for (const [lang, s] of Object.entries(scored)) {
      const key = `${set.label}${lang}`;
      console.log(`${key.padEnd(set.label ? 11 : 3)} articles ${s.articles} gold ${s.gold} predicted ${s.predicted} | detect P ${n(s.detect.P)} R ${n(s.detect.R)} F1 ${n(s.detect.F1)} | speaker ${n(s.speakerAccuracy)} stance ${n(s.stanceAccuracy)} | full F1 ${n(s.fullF1)}`);
      const floor = only ? undefined : floors[key];
      if (floor && (s.detect.F1 < floor.detectF1 || s.fullF1 < floor.fullF1)) {
        console.error(`${key}: below the pinned floor (detect F1 ≥ ${floor.detectF1}, full F1 ≥ ${floor.fullF1})`);
        failed = true;
      }
    }
    console.log(`predictions: ${out} · ${articles} articles in ${elapsed.toFixed(0)} ms`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
