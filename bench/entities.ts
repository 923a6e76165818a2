/**
 * Micro-benchmark of entity finding: gazetteer load time, then articles per second of findEntities over the
 * Arabic news corpus (read at run time, never copied). Usage: tsx bench/entities.ts [DIR] [ROUNDS]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities, gazetteer } from '../src/entities/index.js';

/** Corpus folder, beside the repository (shared/ is laid next to it). */
const DEFAULT_DIR = '../shared/corpus/ar-news/txt';
/** Passes over the corpus after a warm-up pass. */
const DEFAULT_ROUNDS = 5;

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const dir = process.argv[2] ?? join(repoRoot(), DEFAULT_DIR);
const rounds = Number(process.argv[3] ?? DEFAULT_ROUNDS);

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const g = gazetteer();
const loadWall = performance.now() - t0;
const loadCpu = process.cpuUsage(cpu0);
console.log(`gazetteer: ${g.entities.size} entities, ${g.aliases.size} aliases, ${g.titles.size} titles; load ${loadWall.toFixed(0)} ms wall, ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU`);

const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
if (!texts.length) {
  console.error(`no .txt files in ${dir}`);
  process.exit(1);
}
const run = () => {
  let mentions = 0;
  for (const text of texts) {
    for (const e of findEntities({ text, blocks: [], sentences: [], lang: 'ar' })) mentions += e.mentions.length;
  }
  return mentions;
};
const cold0 = performance.now();
const mentions = run();
const coldMs = performance.now() - cold0;
const t1 = performance.now();
const cpu1 = process.cpuUsage();
for (let r = 0; r < rounds; r++) run();
const ms = performance.now() - t1;
// CPU time of this process: on a shared, loaded machine wall time overstates the cost.
const cpu = process.cpuUsage(cpu1);
const cpuMs = (cpu.user + cpu.system) / 1000;
const chars = texts.reduce((n, t) => n + t.length, 0);
console.log(`corpus: ${texts.length} articles, ${(chars / texts.length).toFixed(0)} chars each, ${mentions} mentions`);
console.log(`first pass: ${((texts.length * 1000) / coldMs).toFixed(0)} articles/s (cold key memo)`);
const n = rounds * texts.length;
console.log(`findEntities: ${((n * 1000) / ms).toFixed(0)} articles/s wall, ${((n * 1000) / cpuMs).toFixed(0)} articles/s of CPU time (${rounds} passes, one thread)`);
