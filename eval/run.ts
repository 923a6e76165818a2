/**
 * Statement evaluation against the gold sets (/work/shared/gold/*.jsonl): extract → analyze every gold
 * article, write predictions JSONL, score them with gold/score.mjs, print per-language figures and fail
 * (exit 1) under the floors pinned in eval/floors.json. `--verbose` lists missed gold and false predictions (never a
 * held-out set's);
 * `--only=<text>` scores only the articles whose id contains <text> (a new article's own figure; floors are then not checked).
 * The shared folder is ../shared from the repository root, or ISNAD_SHARED. The held-out gold in eval/gold
 * (heldout-*.jsonl, see eval/gold/SOURCES.md) is scored and floored separately, and so is `heldout-arnews`
 * (eval/gold/heldout-arnews.json): real Arabic news of the shared corpus, held out too, whose research licence
 * keeps its text out of the repository, so the gold names its spans by offset and is turned into gold JSONL here.
 * `dev-arnews` (eval/gold/dev-arnews.json) is real Arabic news stored the same way but tuned on: it prints and is
 * floored as its own line after the dev lines, and `--verbose` lists its errors to work from; `dev-wnen` and
 * `heldout-wnen` are real English news stored the same way.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { analyze } from '../src/analyze/index.js';
import type { Statement } from '../src/model/index.js';
import { describeErrors, matchPairs, sameMention, type GoldArticle } from './report.js';
import { repoRoot, sharedDir } from '../bench/shared.js';
import { corpusMeta } from './corpus-meta.js';
import { materialiseOffsets } from './offset-gold.js';

interface Summary {
  articles: number; gold: number; predicted: number;
  detect: { P: number; R: number; F1: number };
  speakerAccuracy: number; stanceAccuracy: number; fullF1: number;
}
type Floors = Record<string, { detectF1: number; fullF1: number }>;

/** `dir` resolves the articles' `file` paths; `title` heads a held-out set's lines; `key`, when set, names the
 * whole (one-language) set in the output and in floors.json instead of `<label><lang>`. */
interface GoldSet { label: string; dir: string; files: string[]; title?: string; key?: string }

/** Analyse every article of one gold set and score it; returns the per-language summaries. */
function scoreSet(set: GoldSet, scorer: string, verbose: boolean, only?: string): { scored: Record<string, Summary>; out: string; articles: number; elapsed: number; direct: { right: number; matched: number }; targets: { gold: number; found: number; predicted: number; right: number } } {
  const lines = set.files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()));
  const golds: GoldArticle[] = lines.map((l) => JSON.parse(l) as GoldArticle).filter((g) => !only || g.id.includes(only));
  const predictions: { id: string; statements: Statement[] }[] = [];
  let elapsed = 0;
  // Direct or not, which the shared scorer does not compare: over the statements it matches (same pairing rule).
  const direct = { right: 0, matched: 0 };
  // Targets, where the gold names them (it may leave them out): gold targets found, and predicted targets among the gold's.
  const targets = { gold: 0, found: 0, predicted: 0, right: 0 };
  for (const g of golds) {
    const bytes = g.file ? readFileSync(join(set.dir, g.file)) : Buffer.from(g.text ?? '', 'utf8');
    const started = performance.now();
    const res = extract({ bytes, source: g.file ?? g.id, contentType: 'text/plain' });
    if (!res.ok) {
      console.error(`${g.id}: extraction rejected the input (${res.reason}: ${res.message})`);
      predictions.push({ id: g.id, statements: [] });
      continue;
    }
    const analysis = analyze(g.file ? { ...res.article, ...corpusMeta(set.dir, g.file) } : res.article);
    elapsed += performance.now() - started;
    predictions.push({ id: g.id, statements: analysis.statements });
    for (const [gi, pi] of matchPairs(g.statements, analysis.statements)) {
      if (g.statements[gi].optional) continue;
      direct.matched++;
      if (g.statements[gi].direct === analysis.statements[pi].direct) direct.right++;
      const gt = g.statements[gi].targets ?? [], pt = analysis.statements[pi].targets.map((t) => t.text);
      if (!gt.length) continue;
      targets.gold += gt.length;
      targets.found += gt.filter((t) => pt.some((p) => sameMention(t, p))).length;
      targets.predicted += pt.length;
      targets.right += pt.filter((p) => gt.some((t) => sameMention(t, p))).length;
      if (verbose && (gt.some((t) => !pt.some((p) => sameMention(t, p))) || pt.some((p) => !gt.some((t) => sameMention(t, p))))) {
        const s = analysis.statements[pi];
        console.log(`  TARGETS ${s.stance} [${s.rule}] gold ${JSON.stringify(gt)} predicted ${JSON.stringify(pt)} · ${s.content.text.slice(0, 90)}`);
      }
    }
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
  return { scored, out, articles: golds.length, elapsed, direct, targets };
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) || undefined;
  const root = repoRoot();
  const shared = sharedDir();
  const goldDir = join(shared, 'gold');
  const jsonl = (dir: string, prefix = '') => readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f.startsWith(prefix)).sort().map((f) => join(dir, f));
  // The dev gold (shared, rules tuned on it) and the held-out gold (eval/gold/heldout-*.jsonl, never tuned on),
  // reported apart so that over-fitting the dev articles shows. Held-out floors are keyed `heldout-<lang>`, and
  // `heldout-arnews` for the real Arabic news held out by offset (eval/gold/heldout-arnews.json). Real Arabic news
  // to tune on is a dev set of its own, `dev-arnews` (eval/gold/dev-arnews.json), stored by offset the same way, and
  // real English news likewise, `dev-wnen` (eval/gold/dev-wnen.json: English Wikinews), held out in
  // `heldout-wnen` (eval/gold/heldout-wnen.json).
  const heldDir = join(root, 'eval', 'gold');
  const held = jsonl(heldDir, 'heldout-');
  const offsetDir = mkdtempSync(join(tmpdir(), 'isnad-gold-'));
  const arnews = materialiseOffsets(join(heldDir, 'heldout-arnews.json'), shared, offsetDir, 'heldout-arnews.jsonl');
  const devArnews = materialiseOffsets(join(heldDir, 'dev-arnews.json'), shared, offsetDir, 'dev-arnews.jsonl');
  const devWnen = materialiseOffsets(join(heldDir, 'dev-wnen.json'), shared, offsetDir, 'dev-wnen.jsonl');
  const heldWnen = materialiseOffsets(join(heldDir, 'heldout-wnen.json'), shared, offsetDir, 'heldout-wnen.jsonl');
  const sets: GoldSet[] = [
    { label: '', dir: shared, files: jsonl(goldDir) },
    // Untitled, so it prints with the dev lines, not under the held-out heading.
    { label: '', dir: shared, files: [devArnews], key: 'dev-arnews' },
    { label: '', dir: shared, files: [devWnen], key: 'dev-wnen' },
    { label: 'heldout-', dir: heldDir, files: held, title: held.map((f) => f.slice(heldDir.length + 1)).join(', ') },
    // Its articles' paths are relative to the shared folder, as the dev gold's are.
    { label: 'heldout-', dir: shared, files: [arnews], title: 'heldout-arnews.json, by offset', key: 'heldout-arnews' },
    { label: 'heldout-', dir: shared, files: [heldWnen], title: 'heldout-wnen.json, by offset', key: 'heldout-wnen' },
  ];
  const floors = JSON.parse(readFileSync(join(root, 'eval', 'floors.json'), 'utf8')) as Floors;
  const n = (x: number) => x.toFixed(3);
  let failed = false;
  for (const set of sets) {
    if (set.files.length === 0) continue;
    if (set.title) console.log(`— held-out (${set.title})`);
    // Held-out sets print their lines only, even with --verbose (and an --only that matches their ids): their errors are
    // not to be read while tuning.
    const { scored, out, articles, elapsed, direct, targets } = scoreSet(set, join(goldDir, 'score.mjs'), verbose && !set.title, only);
    if (articles === 0) continue;
    // A keyed set is reported once, as a whole (the scorer's `all`).
    const lines = set.key ? [[set.key, scored.all] as const] : Object.entries(scored).map(([lang, s]) => [`${set.label}${lang}`, s] as const);
    for (const [key, s] of lines) {
      console.log(`${key.padEnd(set.label ? 11 : 3)} articles ${s.articles} gold ${s.gold} predicted ${s.predicted} | detect P ${n(s.detect.P)} R ${n(s.detect.R)} F1 ${n(s.detect.F1)} | speaker ${n(s.speakerAccuracy)} stance ${n(s.stanceAccuracy)} | full F1 ${n(s.fullF1)}`);
      const floor = only ? undefined : floors[key];
      if (floor && (s.detect.F1 < floor.detectF1 || s.fullF1 < floor.fullF1)) {
        console.error(`${key}: below the pinned floor (detect F1 ≥ ${floor.detectF1}, full F1 ≥ ${floor.fullF1})`);
        failed = true;
      }
    }
    if (direct.matched) console.log(`${' '.repeat(set.label ? 11 : 3)} direct (quoted) or not: ${direct.right} of ${direct.matched} matched statements right (${n(direct.right / direct.matched)})`);
    if (targets.gold) console.log(`${' '.repeat(set.label ? 11 : 3)} targets, where the gold names them: R ${n(targets.found / targets.gold)} (${targets.found} of ${targets.gold}) P ${n(targets.predicted ? targets.right / targets.predicted : 1)} (${targets.right} of ${targets.predicted})`);
    console.log(`predictions: ${out} · ${articles} articles in ${elapsed.toFixed(0)} ms`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
