/**
 * Web benchmark: 10,000 stored articles, the real server on loopback in its own process(es), article and
 * search pages loaded by autocannon from this process (10 connections, ~10 s each). Prints p50/p95/p99
 * latency, requests/s, and the server's CPU time per request (what the other load of the machine changes
 * least: wall time is noise while other work runs).
 * Each page is measured twice, labelled:
 * - `article` / `search` (uncached): the figure that counts. Article requests cycle through every stored
 *   article in a shuffled order, and search requests through thousands of distinct queries (words of
 *   the stored texts in Arabic and English, two-word queries, entity names, with and without language,
 *   stance, speaker and date filters), more than the page caches hold (src/store/web-cache.ts): no
 *   request is answered from a kept page.
 * - `article/cached` / `search/cached`: a few pages asked again and again, as served from those caches.
 * An uncached run follows 1,000 requests per server process that are not counted (the last pages of its
 * cycle): a server up for a while has its code compiled and optimised.
 * Generator: the samples/ texts are extracted and analysed once; each stored article is one of them with
 * a new title (a number added) and its paragraphs shuffled (seeded), so each has a distinct id. Statements
 * and entities are kept (their offsets may no longer hold; the page falls back to finding the content).
 * Targets (printed, not asserted): p95 < 50 ms and ≥ 300 requests/s.
 * Run: node dist/bench/web.js [articles] [seconds] [store] [--profile=DIR] [--only=article|search] [--workers=N]
 * `--workers=N` serves from N processes sharing the port (node:cluster), as `isnad serve --workers N` does;
 * the CPU printed is then all of theirs.
 * With a store path, the store is kept and reused by the next run when it already holds the articles
 * (storing 10,000 takes a minute or more); without one, a temporary store is made and removed.
 * `--profile=DIR` writes the server's CPU profile (node --cpu-prof) there.
 */
import { fork } from 'node:child_process';
import cluster, { type Worker } from 'node:cluster';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type autocannon from 'autocannon';
import { analyze, layout } from '../src/analyze/index.js';
import { extract } from '../src/extract/index.js';
import type { Analysis } from '../src/model/index.js';
import { hashString } from '../src/republish/hash.js';
import { storeArticle } from '../src/ingest/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { storiesDb } from '../src/store/stories.js';
import { createApp } from '../src/web/index.js';
import { random } from './random.js';

const flags = new Map(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => [a.slice(2).split('=')[0], a.split('=').slice(1).join('=')] as const));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const ARTICLES = Number(args[0] ?? 10_000);
const SECONDS = Number(args[1] ?? 10);
const KEEP = args[2];
const PROFILE = flags.get('profile');
const ONLY = flags.get('only');
/** Server processes (`isnad serve --workers`). */
const WORKERS = Number(flags.get('workers') || 1);
const CONNECTIONS = 10;
/** Targets: 95th percentile latency (ms) and throughput (requests/s). */
const TARGET_P95_MS = 50;
const TARGET_RPS = 300;
/** Articles the `article/cached` run cycles through (all kept in memory after the first round). */
const HOT = 50;
/** Distinct queries the uncached search run cycles through: more than any run sends (and than the cache keeps). */
const QUERIES = 6000;
/** Articles whose titles and texts the query words are drawn from. */
const QUERY_SOURCES = 400;
/** Characters of each source text the words are drawn from. */
const QUERY_SOURCE_CHARS = 3000;
/** One article in this many is stored as `isnad ingest` stores it (claims, republication, story). */
const STORED_FULLY_EVERY = 10;
const CACHED_SEARCH = '/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7'; // روسيا, asked again and again

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

/** What the server process reports: its CPU time so far (µs, user + system). */
type CpuOf = () => Promise<number>;

type Requests = Parameters<typeof autocannon>[0]['requests'];

/** Requests per server process sent before a measured run, not counted: its code compiled and optimised (JIT), as in a server up for a while. */
const WARM_UP = 1000;

async function load(name: string, what: string, base: string, cpu: CpuOf, requests: Requests, warmUp?: Requests): Promise<void> {
  // Loaded here, in the load generator only: the server process does not carry it.
  const { default: run$ } = await import('autocannon');
  if (warmUp) await run$({ url: base, connections: CONNECTIONS, amount: WARM_UP * WORKERS, requests: warmUp });
  const times: number[] = [];
  const cpu0 = await cpu();
  const run = run$({ url: base, connections: CONNECTIONS, duration: SECONDS, requests });
  run.on('response', (_c, _s, _b, ms) => times.push(ms));
  const r = await run;
  const cpuMs = (await cpu()) - cpu0;
  times.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
  const rps = r.requests.total / r.duration;
  const ok = p95 < TARGET_P95_MS && rps >= TARGET_RPS ? 'meets' : 'MISSES';
  const pad = ''.padEnd(14);
  console.log(`${name.padEnd(14)} ${what}`);
  console.log(`${pad} p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  p99 ${p99.toFixed(1)} ms  ${rps.toFixed(0)} req/s  (${r.requests.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors) — ${ok} the targets (p95 < ${TARGET_P95_MS} ms, ≥ ${TARGET_RPS} req/s)`);
  // CPU time the server spent per request: what the machine's other load does not change much.
  console.log(`${pad} server CPU ${(cpuMs / 1000 / Math.max(1, r.requests.total)).toFixed(2)} ms/request (one core: at most ${(r.requests.total / (cpuMs / 1e6)).toFixed(0)} req/s); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

async function main(): Promise<void> {
  const root = join(import.meta.dirname, '..', '..', 'samples');
  const dir = KEEP ? undefined : mkdtempSync(join(tmpdir(), 'isnad-bench-web-'));
  const path = KEEP ?? join(dir!, 'isnad.db');
  const reuse = KEEP !== undefined && existsSync(KEEP);
  const store = await openStore({ path });
  try {
    const bases = () => samples(root);
    const hasStories = async () => Boolean(await storiesDb(store.db).selectFrom('story_members').select('article_id').limit(1).executeTakeFirst());
    if (reuse && (await store.countArticles()) >= ARTICLES) {
      console.log(`reused ${path} (${await store.countArticles()} articles)`);
      if (!(await hasStories())) {
        const t0 = performance.now();
        const b = bases();
        const rnd = random(43);
        const extra = Math.ceil(ARTICLES / STORED_FULLY_EVERY);
        for (let i = ARTICLES; i < ARTICLES + extra; i++) await storeArticle(store, perturb(b[i % b.length], i, rnd));
        console.log(`topped up with ${extra} articles stored as \`isnad ingest\` does in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
    } else {
      const b = bases();
      const rnd = random(42);
      const t0 = performance.now();
      for (let i = 0; i < ARTICLES; i++) {
        const a = perturb(b[i % b.length], i, rnd);
        if (i % STORED_FULLY_EVERY === 0) await storeArticle(store, a);
        else await store.saveAnalysis(a);
      }
      console.log(`stored ${ARTICLES} articles (from ${b.length} samples; 1 in ${STORED_FULLY_EVERY} as \`isnad ingest\` does) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const rnd = random(44);
    const ids = shuffle((await store.db.selectFrom('articles').select('id').orderBy('seq').execute()).map((r) => r.id), rnd);
    const placed = await storiesDb(store.db).selectFrom('story_members').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const queries = await searchPaths(store, rnd);
    await store.close();
    console.log(`server: ${WORKERS} process${WORKERS === 1 ? '' : 'es'} (--workers=${WORKERS}); ${CONNECTIONS} connections, ${SECONDS} s a run; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const cycle = (paths: string[]) => {
      let n = 0;
      return [{ setupRequest: (req: { path: string }) => ({ ...req, path: paths[n++ % paths.length] }) }];
    };
    // Warm-up requests are the last of each cycle: asked again only after more requests than the caches keep.
    const warm = (paths: string[]) => cycle(paths.slice(-WARM_UP * WORKERS));
    const pages = ids.map((id) => `/articles/${id}`);
    await withServer(path, [], async (base, cpu) => {
      if (ONLY !== 'search') {
        await load('article', `uncached: every stored article (${ids.length}, ${placed.n} of them in a story) in a shuffled cycle, none asked twice within ${ids.length} requests`, base, cpu, cycle(pages), warm(pages));
        await load('article/cached', `cached: ${HOT} articles asked again and again (the per-process page cache)`, base, cpu, cycle(pages.slice(0, HOT)));
      }
      if (ONLY !== 'article') {
        await load('search', `uncached: ${queries.length} distinct queries in a cycle (${QUERY_MIX_LABEL})`, base, cpu, cycle(queries), warm(queries));
        await load('search/cached', `cached: one query (${decodeURIComponent(CACHED_SEARCH)}) asked again and again`, base, cpu, [{ path: CACHED_SEARCH }]);
      }
    });
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let k = xs.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [xs[k], xs[j]] = [xs[j], xs[k]];
  }
  return xs;
}

const QUERY_MIX_LABEL = 'words of the stored texts, Arabic and English: one word 35%, two 15%, an entity name 10%, a word with a language 10%, with a stance 10%, a speaker 10%, a word with dates 5%, a second page 5%';

/** QUERIES distinct search paths drawn from the stored texts (the mix of QUERY_MIX_LABEL), seeded. */
async function searchPaths(store: Store, rnd: () => number): Promise<string[]> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const seqs = (await store.db.selectFrom('articles').select('seq').execute()).map((r) => r.seq);
  const chosen = Array.from({ length: QUERY_SOURCES }, () => pick(seqs));
  const sources = (await store.db.selectFrom('articles').select(['title', 'text', 'published_at']).where('seq', 'in', chosen).execute())
    .map((r) => ({ words: `${r.title} ${r.text.slice(0, QUERY_SOURCE_CHARS)}`.match(/[\p{L}\p{M}]{3,}/gu) ?? [], day: r.published_at?.slice(0, 10) }))
    .filter((s) => s.words.length > 0);
  const names = (await store.db.selectFrom('entities').select(['name', 'names']).execute())
    .flatMap((e) => [e.name, ...Object.values(JSON.parse(e.names) as Record<string, string>)]);
  const speakers = [...new Set((await store.db.selectFrom('statements').select('speaker_text').limit(5000).execute()).map((r) => r.speaker_text))];
  const stances = ['assert', 'deny', 'accuse', 'doubt', 'warn', 'demand'];
  const paths = new Set<string>();
  for (let tries = 0; paths.size < QUERIES && tries < QUERIES * 20; tries++) {
    const s = pick(sources);
    const word = pick(s.words);
    const x = rnd();
    const p: Record<string, string> =
      x < 0.35 ? { q: word }
      : x < 0.5 ? { q: `${word} ${pick(s.words)}` }
      : x < 0.6 ? { q: pick(names) }
      : x < 0.7 ? { q: word, lang: rnd() < 0.5 ? 'ar' : 'en' }
      : x < 0.8 ? { q: word, stance: pick(stances) }
      : x < 0.9 ? { speaker: pick(speakers), ...(rnd() < 0.5 ? { stance: pick(stances) } : { q: word }) }
      : x < 0.95 && s.day ? { q: word, from: s.day, to: s.day }
      : { q: word, cursor: '20' };
    paths.add(`/search?${new URLSearchParams(p)}`);
  }
  return shuffle([...paths], rnd);
}

/**
 * Runs `f` against the server in its own process, so that the load generator does not share its event
 * loop; with `--profile=DIR`, the server writes its CPU profile there.
 */
async function withServer(path: string, args: string[], f: (base: string, cpu: CpuOf) => Promise<void>): Promise<void> {
  const execArgv = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [];
  const child = fork(import.meta.filename, ['--serve', path, ...args, `--workers=${WORKERS}`], { execArgv, stdio: 'inherit' });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m) => resolve((m as { port: number }).port));
      child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
    const cpu: CpuOf = () => new Promise((resolve) => {
      child.once('message', (m) => resolve((m as { cpu: number }).cpu));
      child.send('cpu');
    });
    await f(`http://127.0.0.1:${port}`, cpu);
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
  }
}

/** The server process: the store at `path`, read-only, on a free loopback port sent to the parent; with --workers=N, N of them. */
async function server(path: string): Promise<void> {
  if (WORKERS > 1 && cluster.isPrimary) return serverPool();
  const store = await openStore({ path });
  const app = createApp({ store, readOnly: true });
  const srv = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => srv.once('listening', r));
  process.send!({ port: (srv.address() as AddressInfo).port });
  process.on('message', async (m) => {
    if (m === 'cpu') {
      const u = process.cpuUsage();
      process.send!({ cpu: u.user + u.system });
      return;
    }
    await new Promise((r) => srv.close(r));
    await store.close();
    process.exit(0);
  });
}

/** The primary of WORKERS server processes: reports their port, and the CPU time of all of them. */
async function serverPool(): Promise<void> {
  const workers = Array.from({ length: WORKERS }, () => cluster.fork());
  const ports = await Promise.all(workers.map((w) => new Promise<number>((resolve) => w.once('message', (m) => resolve((m as { port: number }).port)))));
  process.send!({ port: ports[0] });
  const ask = (w: Worker) => new Promise<number>((resolve) => { w.once('message', (m) => resolve((m as { cpu: number }).cpu)); w.send('cpu'); });
  process.on('message', async (m) => {
    if (m === 'cpu') {
      const u = process.cpuUsage();
      const each = await Promise.all(workers.map(ask));
      process.send!({ cpu: u.user + u.system + each.reduce((a, b) => a + b, 0) });
      return;
    }
    await Promise.all(workers.map((w) => new Promise((r) => { w.once('exit', r); w.send('stop'); })));
    process.exit(0);
  });
}

if (flags.has('serve')) await server(args[0]);
else await main();
