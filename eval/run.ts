/**
 * Statement evaluation against the gold sets (/work/shared/gold/*.jsonl): extract → analyze every gold
 * article, write predictions JSONL, score them with gold/score.mjs, print per-language figures and fail
 * (exit 1) under the floors pinned in eval/floors.json. `--verbose` lists missed gold and false predictions.
 * The shared folder is ../shared from the repository root, or ISNAD_SHARED.
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

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const root = repoRoot();
  const shared = sharedDir();
  const goldDir = join(shared, 'gold');
  const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(goldDir, f));
  const golds: GoldArticle[] = goldFiles.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));

  const predictions: { id: string; statements: Statement[] }[] = [];
  let elapsed = 0;
  for (const g of golds) {
    const bytes = g.file ? readFileSync(join(shared, g.file)) : Buffer.from(g.text ?? '', 'utf8');
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
  const out = join(mkdtempSync(join(tmpdir(), 'isnad-eval-')), 'predictions.jsonl');
  writeFileSync(out, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const scored = JSON.parse(execFileSync(process.execPath, [join(goldDir, 'score.mjs'), ...goldFiles, '--pred', out, '--json'], { encoding: 'utf8' })) as Record<string, Summary>;

  const floors = JSON.parse(readFileSync(join(root, 'eval', 'floors.json'), 'utf8')) as Floors;
  const n = (x: number) => x.toFixed(3);
  let failed = false;
  for (const [lang, s] of Object.entries(scored)) {
    console.log(`${lang.padEnd(3)} articles ${s.articles} gold ${s.gold} predicted ${s.predicted} | detect P ${n(s.detect.P)} R ${n(s.detect.R)} F1 ${n(s.detect.F1)} | speaker ${n(s.speakerAccuracy)} stance ${n(s.stanceAccuracy)} | full F1 ${n(s.fullF1)}`);
    const floor = floors[lang];
    if (floor && (s.detect.F1 < floor.detectF1 || s.fullF1 < floor.fullF1)) {
      console.error(`${lang}: below the pinned floor (detect F1 ≥ ${floor.detectF1}, full F1 ≥ ${floor.fullF1})`);
      failed = true;
    }
  }
  console.log(`predictions: ${out} · ${golds.length} articles in ${elapsed.toFixed(0)} ms`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
