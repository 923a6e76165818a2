/**
 * Story evaluation: places the 380 articles of the story-pairs corpus (../shared/corpus/story-pairs,
 * read at run time, never copied) one by one in date order, as ingestion does, and prints same-story
 * pairwise P/R/F1 against (1) the pairs checked by hand (eval/gold/story-pairs-checked.tsv: verdict
 * `same` or `different`) and (2) the machine-made silver clusters (all pairs within a cluster).
 * `--verbose` lists the checked pairs that are wrong, and the translated pairs missed (or joined wrongly) across languages. Exits 1 under the checked-pairs F1 floor.
 * (3) Across languages: the translated article pairs of ../shared/corpus/open (TICO-19 Wikinews, PUD excerpts),
 * all dated one day and placed among each other: same-story P/R/F1 where the gold story of each is its pair.
 * (4) The same pairs among distractors of that day (the story-pairs articles, Arabic, and ../shared/corpus/open/en,
 * English): how many pairs join, and how many joins across languages are not a pair (all wrong: other events).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedDir } from '../bench/shared.js';
import { analyze, DEFAULT_STAGES } from '../src/analyze/index.js';
import { findEntities } from '../src/entities/index.js';
import { extract } from '../src/extract/index.js';
import { StoryIndex, storyFeatures, type StoryFeatures } from '../src/stories/index.js';

/** F1 on the hand-checked pairs under which the evaluation fails (pinned when tuned, rounded down). */
const CHECKED_F1_FLOOR = 0.9;
/**
 * F1 across languages (the open translation pairs) under which the evaluation fails: 0.800 (P 1, R 0.667) when
 * pinned (session 5, 2026-11-29: names find candidates across scripts; 0.746 before; floor 0.78); 0.865 (P 1, R 0.762)
 * in session 6 (outlet acronyms, places holding a country's name and numbers in words linked right), rounded down;
 * 0.937 (P 1, R 0.881) when a short translated excerpt sharing too few anchors joins by republication's translation
 * test (src/stories/translation.ts), floor 0.92. Only ever raised.
 */
const CROSS_F1_FLOOR = 0.92;

interface Row { id: string; outlet: string; date_extracted: string; title: string; content: string; silver_cluster: string | number }

/** Entities and times as ingestion finds them; statements are not needed here (and are the slow part). */
export const STAGES = { ...DEFAULT_STAGES, findEntities, extractor: { id: 'none', find: () => [] } };

/** A corpus record as ingestion would see it: title, blank line, body; its date as the publication date. */
export function analysisOfRow(r: { id: string; title: string; content: string; date_extracted: string }) {
  const body = r.content.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n');
  const x = extract({ bytes: new TextEncoder().encode(`${r.title}\n\n${body}`), source: r.id });
  if (!x.ok) return undefined;
  return analyze({ ...x.article, publishedAt: r.date_extracted.replace(' ', 'T') }, STAGES);
}

/** The day the cross-language sets are dated (their own dates are unknown or years apart). */
const ONE_DAY = '2020-03-12 12:00:00';

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const prf = (tp: number, fp: number, fn: number) => {
  const P = tp + fp ? tp / (tp + fp) : 1, R = tp + fn ? tp / (tp + fn) : 1;
  return { P: +P.toFixed(3), R: +R.toFixed(3), F1: +(P + R ? (2 * P * R) / (P + R) : 0).toFixed(3), tp, fp, fn };
};

/** A line-per-sentence file of the open pairs as an article: its first line the title (PUD's placeholder gives way to its first sentence). */
function pairText(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (/PUD/.test(lines[0] ?? '')) lines.shift();
  return [lines[0], ...lines.slice(1)].join('\n\n');
}

/** The open translation pairs as articles of one day, with the id of their pair. */
function openPairs(): { id: string; pair: string; features: StoryFeatures }[] {
  const open = join(sharedDir(), 'corpus', 'open');
  const out: { id: string; pair: string; features: StoryFeatures }[] = [];
  for (const dir of ['pairs', 'pairs-pud']) {
    for (const f of readdirSync(join(open, dir)).filter((x) => x.endsWith('.txt')).sort()) {
      const id = `${dir}/${f}`;
      const an = analysisOfRow({ id, title: '', content: pairText(readFileSync(join(open, dir, f), 'utf8')), date_extracted: ONE_DAY });
      if (an) out.push({ id, pair: `${dir}/${f.replace(/\.(ar|en)\.txt$/, '')}`, features: storyFeatures({ article: an.article, entities: an.entities, times: an.times }, an.article.publishedAt!) });
    }
  }
  return out;
}

/** (4) The pairs placed among distractors of their day: pairs joined, and joins across languages that are not a pair. */
function crossLanguageAmongOthers(distractors: { id: string; features: StoryFeatures }[], verbose: boolean): { joined: number; pairs: number; wrong: number; articles: number } {
  const open = join(sharedDir(), 'corpus', 'open', 'en');
  const english = readdirSync(open).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => {
    const an = analysisOfRow({ id: f, title: '', content: readFileSync(join(open, f), 'utf8'), date_extracted: ONE_DAY });
    return an ? [{ id: `en/${f}`, features: storyFeatures({ article: an.article, entities: an.entities, times: an.times }, an.article.publishedAt!) }] : [];
  });
  const pairs = openPairs();
  const pairOf = new Map(pairs.map((p) => [p.id, p.pair]));
  const all = [...english, ...pairs, ...distractors].sort((a, b) => a.id.localeCompare(b.id));
  const index = new StoryIndex();
  const storyOf = new Map<string, string>();
  let wrong = 0;
  for (const a of all) {
    const m = index.match(a.features);
    if (m.found && m.evidence.crossLanguage && (pairOf.get(a.id) ?? a.id) !== (pairOf.get(m.evidence.nearest) ?? m.evidence.nearest)) {
      wrong++;
      if (verbose) console.log(`  joined across languages, not a pair: ${a.id} → ${m.evidence.nearest} (${m.evidence.sharedAnchors} shared, Dice ${m.evidence.anchors})`);
    }
    storyOf.set(a.id, m.found ? m.story : a.id);
    index.add(a.id, storyOf.get(a.id)!, a.features);
  }
  const ids = [...new Set(pairs.map((p) => p.pair))];
  const joined = ids.filter((p) => pairs.filter((x) => x.pair === p).map((x) => storyOf.get(x.id)).every((s, _, xs) => s === xs[0])).length;
  return { joined, pairs: ids.length, wrong, articles: all.length };
}

/** (3) Translation pairs placed among each other on one day: does each join its translation, and nothing else? */
function crossLanguage(verbose: boolean): ReturnType<typeof prf> & { articles: number } {
  const index = new StoryIndex();
  const storyOf = new Map<string, string>();
  const pairOf = new Map<string, string>();
  for (const { id, pair, features } of openPairs()) {
    pairOf.set(id, pair);
    const m = index.match(features);
    storyOf.set(id, m.found ? m.story : id);
    index.add(id, storyOf.get(id)!, features);
  }
  const ids = [...storyOf.keys()];
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    const p = storyOf.get(ids[i]) === storyOf.get(ids[j]), g = pairOf.get(ids[i]) === pairOf.get(ids[j]);
    if (p && g) tp++; else if (p) fp++; else if (g) fn++;
    if (verbose && p !== g) console.log(`  across languages, ${g ? 'missed' : 'false'}: ${ids[i]} ${ids[j]}`);
  }
  return { ...prf(tp, fp, fn), articles: ids.length };
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const dir = join(sharedDir(), 'corpus', 'story-pairs');
  const rows: Row[] = readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  rows.sort((a, b) => a.date_extracted.localeCompare(b.date_extracted) || a.id.localeCompare(b.id));
  const index = new StoryIndex();
  const storyOf = new Map<string, string>();
  const redated: { id: string; features: StoryFeatures }[] = [];
  const t0 = performance.now();
  let placeMs = 0;
  for (const r of rows) {
    const an = analysisOfRow(r);
    if (!an) continue;
    redated.push({ id: r.id, features: storyFeatures({ article: an.article, entities: an.entities, times: an.times }, ONE_DAY) });
    const p0 = performance.now();
    const f = storyFeatures({ article: an.article, entities: an.entities, times: an.times }, an.article.publishedAt!);
    const m = index.match(f);
    const story = m.found ? m.story : r.id;
    index.add(r.id, story, f);
    placeMs += performance.now() - p0;
    storyOf.set(r.id, story);
  }
  const same = (a: string, b: string) => storyOf.get(a) !== undefined && storyOf.get(a) === storyOf.get(b);

  // 1. Hand-checked pairs.
  const checked = readFileSync(join(repoRoot(), 'eval', 'gold', 'story-pairs-checked.tsv'), 'utf8')
    .split('\n').filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('id_a')).map((l) => l.split('\t')).filter(([, , verdict]) => verdict === 'same' || verdict === 'different');
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const [a, b, verdict] of checked) {
    const predicted = same(a, b), gold = verdict === 'same';
    if (predicted && gold) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
    else tn++;
    if (verbose && predicted !== gold) console.log(`  ${gold ? 'missed' : 'false'}: ${a} ${b}`);
  }
  const onChecked = prf(tp, fp, fn);

  // 2. Silver clusters: every pair of articles, same cluster or not.
  const ids = rows.map((r) => r.id).filter((id) => storyOf.has(id));
  const cluster = new Map(rows.map((r) => [r.id, String(r.silver_cluster)]));
  let stp = 0, sfp = 0, sfn = 0;
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    const p = same(ids[i], ids[j]), g = cluster.get(ids[i]) === cluster.get(ids[j]);
    if (p && g) stp++; else if (p) sfp++; else if (g) sfn++;
  }
  const silver = prf(stp, sfp, sfn);
  const stories = new Set(storyOf.values()).size;
  console.log(`stories: ${rows.length} articles → ${stories} stories (silver: ${new Set(cluster.values()).size} clusters) in ${((performance.now() - t0) / 1000).toFixed(1)} s; placement ${(placeMs / rows.length).toFixed(2)} ms/article`);
  console.log(`checked pairs (${checked.length}: ${tp + fn} same, ${fp + tn} different): P ${onChecked.P}  R ${onChecked.R}  F1 ${onChecked.F1}  (tp ${tp} fp ${fp} fn ${fn} tn ${tn})`);
  console.log(`silver clusters, all ${ids.length * (ids.length - 1) / 2} pairs: P ${silver.P}  R ${silver.R}  F1 ${silver.F1}  (tp ${stp} fp ${sfp} fn ${sfn})`);
  const cross = crossLanguage(verbose);
  console.log(`across languages (open translation pairs, ${cross.articles} articles on one day): P ${cross.P}  R ${cross.R}  F1 ${cross.F1}  (tp ${cross.tp} fp ${cross.fp} fn ${cross.fn})`);
  const among = crossLanguageAmongOthers(redated, verbose);
  console.log(`across languages among others (the pairs, the story-pairs and open/en articles: ${among.articles} on one day): ${among.joined} of ${among.pairs} pairs joined; ${among.wrong} joins across languages not a pair`);
  const fails = [
    onChecked.F1 < CHECKED_F1_FLOOR && `checked-pairs F1 ${onChecked.F1} < floor ${CHECKED_F1_FLOOR}`,
    cross.F1 < CROSS_F1_FLOOR && `across-languages F1 ${cross.F1} < floor ${CROSS_F1_FLOOR}`,
  ].filter(Boolean);
  for (const f of fails) console.log(`FAIL: ${f}`);
  return fails.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) process.exitCode = main(process.argv.slice(2));
