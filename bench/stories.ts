/**
 * Story placement benchmark: one new article placed among 100,000 stored ones.
 * Generator (documented, seeded): the 200 ar-news articles (../shared/corpus/ar-news) and the 60 English
 * Wikinews articles (../shared/corpus/open/en), read at run time, are analysed once; each synthetic article
 * takes one of them, keeps a random 70–95% of its content words and adds a few from other articles, gets its
 * numbers replaced by random ones and its entities shuffled with entities of other articles, keeps its language
 * and its name skeletons (those of an English base meet Arabic articles' words) and outline (size, anchor kinds), and a
 * day drawn uniformly from one year.
 * Prints p50/p95/p99 time per placement (match + add on the in-memory index; the store adds one
 * insert) and index bytes per article; also the time to compute a real article's features.
 * Wall-time percentiles include scheduling on a shared machine, so CPU time per placement is printed too.
 * Run: node --expose-gc dist/bench/stories.js [count]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { analyze, DEFAULT_STAGES } from '../src/analyze/index.js';
import { findEntities } from '../src/entities/index.js';
import { extract } from '../src/extract/index.js';
import { hashString } from '../src/republish/hash.js';
import { minhash } from '../src/republish/minhash.js';
import { STORY_HASHES } from '../src/stories/constants.js';
import { contentWords, storyFeatures, StoryIndex, type StoryFeatures, type StoryOutline } from '../src/stories/index.js';
import { sharedDir } from './shared.js';
import { random } from './random.js';

const STAGES = { ...DEFAULT_STAGES, findEntities, extractor: { id: 'none', find: () => [] } };
/** Placements timed after the index is full. */
const QUERIES = 2000;
/** Days the synthetic articles are spread over. */
const DAYS = 365;
const FIRST_DAY = 16_436; // 2015-01-01

interface Base { words: number[]; entities: string[]; numbers: number; dates: string[]; lang: string; names?: Uint16Array; outline?: StoryOutline }

function bases(): { bases: Base[]; featureMs: number[] } {
  const out: Base[] = [];
  const featureMs: number[] = [];
  for (const dir of [join(sharedDir(), 'corpus', 'ar-news', 'txt'), join(sharedDir(), 'corpus', 'open', 'en')]) {
    for (const f of readdirSync(dir).sort()) {
      const r = extract({ bytes: readFileSync(join(dir, f)), source: f });
      if (!r.ok) continue;
      const an = analyze({ ...r.article, publishedAt: '2015-07-21' }, STAGES);
      const t0 = performance.now();
      const features = storyFeatures(an, '2015-07-21');
      // Features of the Arabic articles only, as before English bases were added (the figure stays comparable).
      if (an.article.language === 'ar') featureMs.push(performance.now() - t0);
      const words = [...contentWords([an.article.title, ...an.article.paragraphs].join('\n'))].map((w) => hashString(w));
      const entities = an.entities.filter((e) => !e.id.startsWith('local:')).map((e) => e.id);
      out.push({
        words, entities, numbers: (an.text.match(/\d{2,}/g) ?? []).length, dates: an.times.map((t) => t.value), lang: an.article.language,
        ...(features.names ? { names: features.names } : {}),
        ...(features.outline ? { outline: features.outline } : {}),
      });
    }
  }
  return { bases: out, featureMs };
}

function generator(bs: Base[], rnd: () => number): () => StoryFeatures {
  const pool = bs.flatMap((b) => b.entities);
  const vocab = bs.flatMap((b) => b.words);
  return () => {
    const b = bs[Math.floor(rnd() * bs.length)];
    const keep = 0.7 + rnd() * 0.25;
    const words = b.words.filter(() => rnd() < keep);
    for (let i = 0; i < 5; i++) words.push(vocab[Math.floor(rnd() * vocab.length)]);
    const anchors = [
      ...b.entities.map(() => `e:${pool[Math.floor(rnd() * pool.length)]}`),
      ...b.dates.map((d) => `d:${d}`),
      ...Array.from({ length: Math.min(b.numbers, 8) }, () => `n:${Math.floor(rnd() * 10_000)}`),
    ].slice(0, 16);
    const entities = Math.min(b.entities.length, anchors.length);
    return {
      day: FIRST_DAY + Math.floor(rnd() * DAYS), signature: minhash(words, STORY_HASHES), anchors: Uint32Array.from(anchors.map((a) => hashString(a))), lang: b.lang,
      ...(b.names ? { names: b.names } : {}),
      // The base's size; its anchors' kinds as generated (the translation test runs on a candidate short of anchors).
      ...(b.outline ? { outline: { ...b.outline, entities, dates: Math.min(b.dates.length, anchors.length - entities) } } : {}),
    };
  };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function main(argv: string[]): void {
  const n = Number(argv[0] ?? 100_000);
  const { bases: bs, featureMs } = bases();
  const next = generator(bs, random(42));
  const mem = () => { const u = process.memoryUsage(); return u.heapUsed + u.arrayBuffers; };
  (globalThis as { gc?: () => void }).gc?.();
  const heap0 = mem();
  const index = new StoryIndex();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const f = next();
    const m = index.match(f);
    index.add(`a${i}`, m.found ? m.story : `a${i}`, f);
  }
  const buildS = (performance.now() - t0) / 1000;
  (globalThis as { gc?: () => void }).gc?.();
  const heap = mem() - heap0;
  const times: number[] = [];
  const cpu: number[] = [];
  let joined = 0;
  for (let q = 0; q < QUERIES; q++) {
    const f = next();
    const c = process.cpuUsage();
    const s = performance.now();
    const m = index.match(f);
    index.add(`q${q}`, m.found ? m.story : `q${q}`, f);
    times.push(performance.now() - s);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    if (m.found) joined++;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`stories bench: ${n} articles indexed in ${buildS.toFixed(1)} s (${bs.filter((b) => b.lang === 'ar').length} ar-news and ${bs.filter((b) => b.lang !== 'ar').length} English bases, ${DAYS} days)`);
  console.log(`placement among ${n}: p50 ${f(pct(times, 50))} ms  p95 ${f(pct(times, 95))} ms  p99 ${f(pct(times, 99))} ms  (${QUERIES} placements, ${joined} joined a story)`);
  // Wall time includes the scheduler on a shared machine; CPU time (this process only) does not.
  console.log(`placement CPU time: p50 ${f(pct(cpu, 50))} ms  p95 ${f(pct(cpu, 95))} ms  (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
  console.log(`index bytes per article: ${Math.round(index.bytes / index.size)} (typed arrays in use); process memory growth ${Math.round(heap / n)} B/article (ids, maps and spare capacity included)`);
  console.log(`features of a real article (content words, entities, numbers, dates, quotations; analysis aside): p50 ${f(pct(featureMs, 50))} ms  p95 ${f(pct(featureMs, 95))} ms`);
}

main(process.argv.slice(2));
