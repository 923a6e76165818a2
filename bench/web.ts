/**
 * Web benchmark: 10,000 stored articles, the real server on loopback, an article page and a search page
 * loaded by autocannon (10 connections, ~10 s each). Prints p50/p95/p99 latency and requests/s.
 * Generator: the samples/ texts are extracted and analysed once; each stored article is one of them with
 * a new title (a number added) and its paragraphs shuffled (seeded), so each has a distinct id. Statements
 * and entities are kept (their offsets may no longer hold; the page falls back to finding the content).
 * Targets (printed, not asserted): p95 < 50 ms and ≥ 300 requests/s.
 * Run: node dist/bench/web.js [articles] [seconds]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { analyze, layout } from '../src/analyze/index.js';
import { extract } from '../src/extract/index.js';
import type { Analysis } from '../src/model/index.js';
import { hashString } from '../src/republish/hash.js';
import { openStore } from '../src/store/index.js';
import { createApp } from '../src/web/index.js';
import { random } from './random.js';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const SECONDS = Number(process.argv[3] ?? 10);
const CONNECTIONS = 10;
/** Targets: 95th percentile latency (ms) and throughput (requests/s). */
const TARGET_P95_MS = 50;
const TARGET_RPS = 300;
/** Articles the article-page run cycles through. */
const PAGES = 1000;
const SEARCH = '/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7'; // روسيا

function samples(root: string): Analysis[] {
  const files = ['ar', 'en'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.txt')).map((f) => join(root, d, f)));
  files.push(join(root, 'rt-dprk-troops.ar.txt'));
  return files.flatMap((path) => {
    const r = extract({ bytes: readFileSync(path), source: path });
    return r.ok ? [analyze(r.article)] : [];
  });
}

function perturb(base: Analysis, i: number, rnd: () => number): Analysis {
  const paragraphs = [...base.article.paragraphs];
  for (let k = paragraphs.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [paragraphs[k], paragraphs[j]] = [paragraphs[j], paragraphs[k]];
  }
  const title = `${base.article.title} (${i})`;
  const id = hashString(`${title}\n${paragraphs.join('\n')}`).toString(16).padStart(8, '0') + i.toString(16);
  const article = { ...base.article, id, title, paragraphs, text: paragraphs.join('\n\n') };
  return { ...base, article, text: layout(article).text };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function load(name: string, base: string, requests: Parameters<typeof autocannon>[0]['requests']): Promise<void> {
  const times: number[] = [];
  const run = autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests });
  run.on('response', (_c, _s, _b, ms) => times.push(ms));
  const r = await run;
  times.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
  const rps = r.requests.total / r.duration;
  const ok = p95 < TARGET_P95_MS && rps >= TARGET_RPS ? 'meets' : 'MISSES';
  console.log(`${name.padEnd(8)} p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms  ${rps.toFixed(0)} req/s  (${r.requests.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors) — ${ok} the targets (p95 < ${TARGET_P95_MS} ms, ≥ ${TARGET_RPS} req/s)`);
}

async function main(): Promise<void> {
  const root = join(import.meta.dirname, '..', '..', 'samples');
  const bases = samples(root);
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-web-'));
  const store = await openStore({ path: join(dir, 'isnad.db') });
  try {
    const rnd = random(42);
    const ids: string[] = [];
    const t0 = performance.now();
    for (let i = 0; i < ARTICLES; i++) {
      const r = await store.saveAnalysis(perturb(bases[i % bases.length], i, rnd));
      if (ids.length < PAGES) ids.push(r.id);
    }
    console.log(`stored ${ARTICLES} articles (from ${bases.length} samples) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const app = createApp({ store, readOnly: true });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    let n = 0;
    await load('article', base, [{ setupRequest: (req) => ({ ...req, path: `/articles/${ids[n++ % ids.length]}` }) }]);
    await load('search', base, [{ path: SEARCH }]);
    await new Promise((r) => server.close(r));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
