// `npm run bench:ingest [-- --n 20000] [-- --workers 1,2,4] [-- --concurrency 1] [-- --threads 1] [-- --skip-sqlite] [-- --skip-postgres]`:
// articles per second ingested — extract + analyse + store (article, entities, mentions, statements,
// alerts' outbox) + full-text index — from ../shared/corpus/ar-news repeated to N articles:
//   1. SQLite, one process (this one): `ingest` of a JSONL file of the N articles, the path `isnad
//      ingest corpus.jsonl` runs (analysis threads beside the storing one, batched transactions);
//   2. PostgreSQL, `isnad worker` processes (1, 2, 4) draining N `article` jobs queued beforehand.
// Placement into claims, republications and stories is not counted: it is the `place` queue, which
// runs one article at a time database-wide (src/jobs/place.ts) and is measured apart with --place.
// A benchmark, not a test. On a shared machine wall time counts the time other processes held the cores.
//
// Measured 2026-11-29 on the 2-core machine shared with five other sessions (load average 8–15:
// wall figures are mostly other processes' time; CPU an article is the comparable figure):
//   SQLite, 3,000 articles, load ~9: before 65.5 articles/s wall, 159 per CPU-second (6.3 ms, one
//   thread); after 127 articles/s wall, 236 per CPU-second (4.2 ms: main thread 1.6 ms reading and
//   storing, analysis thread and V8's helpers 2.6 ms). Storing alone (the same analyses made
//   beforehand, batches of 64): 2.8 → 1.9 ms CPU an article, 1.3–1.4 ms with the rows prepared on
//   the analysis thread as `ingest` does.
//   PostgreSQL, 1,000 articles: worker CPU an article (start-up included) 7.3 → 5.4 ms with 1 worker;
//   storing alone (batches of 8): client 3.6 → 2.0 ms, server 3.8 → 3.2 ms CPU an article.
//   Server CPU an article (migration 011; src/store/tsvector.ts, pg-arrays.ts, prepared.ts), 2,000
//   articles, this bench's "server" figure (the bench database's backends, /proc), the same tree built
//   with and without the change and run in turn (`--skip-sqlite --n 2000 --workers W`), load 5–15 (CPU
//   times ~3× those above): 1 worker 10.2 → 7.3 ms, 2 workers 12.0 → 6.4 ms, 4 workers 11.2 → 9.9 ms
//   (load 11–15); workers 11.3 → 12.9 ms with 1 (noise; making the vector adds ~0.3 ms). Rates at that
//   load say nothing (53/38/28 → 48/69/22 articles/s for 1/2/4 workers).
//   Where it went (perf on the backend, storing alone): to_tsvector 10% of the server → the client
//   sends the vector (tsvector_recv: 2%; the full-text row alone 3.3 → 0.9 ms with lz4); pglz 8.5% →
//   lz4; parsing and planning the article's statement ~15% → prepared once per connection; JSON lexing
//   6% → the text as plain parameters, mentions and statements as binary arrays; pg-boss's `place`
//   insert 1.45 → 0.55 ms (prepared). Left: index inserts 31% (btree 17%, GIN 13%: its pending-list
//   flush; a larger list defers it but slows every search), triggers 26% (foreign keys ~11%, migration
//   012's speaker-key rows 14%).
//   Then (migration 015, src/store/save.ts): the speaker-key rows (~70 an article, by a trigger) became a
//   GIN index on the statements' keys, the foreign keys of mentions and statements (~80 checks an
//   article) were dropped, and a batch goes without a savepoint an article (two round trips and a
//   subtransaction each) unless one of its articles fails. Storing alone (/proc, batches of 8 with the
//   `place` job, 4,000 articles, the old and new builds in turn, load 2–3): server 3.2/3.1 → 2.0/2.2 ms,
//   client 1.6 → 1.4 ms. This bench (`--skip-sqlite --n 4000 --workers 1,2`, twice in turn, load 2.4–3.4):
//   server 3.6/4.0 → 2.8/2.9 ms (1 worker), 3.8/3.8 → 2.6/2.7 ms (2 workers); workers 4.9–5.2 → 5.4–5.5
//   ms (1), 6.4–6.5 → 6.0–6.3 ms (2); 147/153 → 169/168 articles/s with 1 worker, 133/196 → 242/221
//   with 2 (1.43×/1.32×; the other sessions' load moves these by ±30% from one minute to the next).
//   Where the server's CPU goes now (perf, 1 worker): GIN 26% (the full-text vector's ~500 keys an
//   article; the speaker keys ~2%), btree 12%, heap and TOAST 12%, planning 5% (the alerts' subscription
//   query, src/alerts/enqueue.ts, is neither prepared nor of a fixed text: 0.2–0.5 ms an article when
//   left out), pg-boss's own backends 8–11%. 1.6× on 2 cores needs the server at a quarter of a worker's
//   CPU (~1.3 ms); beyond the alerts' query, give the server cores of its own.
//   Then (src/alerts/enqueue.ts, src/jobs): the alerts' subscription query became one prepared text of
//   array parameters on PostgreSQL; an article batch is 16 jobs, not 8 (half the pg-boss fetches and
//   completions, half the commits); no pg-boss instance registry. `--skip-sqlite --n 4000 --workers 1,2`,
//   the old and new builds in turn, twice, load 1–3: server 2.39/2.49 → 2.08/2.13 ms, workers
//   4.38/4.64 → 4.19/4.10 ms, 205/198 → 224/228 articles/s with 1 worker; with 2 no change beyond
//   noise: server 2.29/2.29 → 2.33/2.24 ms, workers 5.1 → 5.2–5.5 ms, 271/268 → 259/270 articles/s
//   (1.3×/1.2×: two workers and the server need ~7.5 ms of CPU an article, and two cores give
//   ~270). At load 5–9 the query alone moved the server 2.65–3.39 → 2.48–2.79 ms (1 and 2 workers);
//   at load 1–3 its share is within noise (its text is no longer parsed and planned an article; the
//   lookup itself still runs). Skipping it when no subscription is active would need that known inside
//   the article's transaction, which is this query again. pg-boss's fetch and completion are still planned
//   each time (its pool is its own, out of src/store/prepared.ts's reach).
//   Session 6 (concurrency 1 by default, see `concurrency` below; a slower machine than the runs above: the same
//   build of the session's start gave SQLite 134–178 articles/s at n 3,000 where session 4 had 505 at n 20,000):
//   --n 20000: 1 worker 120.4 → 2 workers 198.3 articles/s (1.65×; CPU an article flat: workers 4.63/4.56 ms,
//   server 3.47/3.52 ms); again with all three counts, 125.3 → 174.8 (1.40×) → 138.0 with 4 (1.10×), CPU an article
//   rising with the count (workers 4.46/5.77/8.22 ms, server 3.43/4.34/5.42 ms). --n 8000: 145.6 → 196.3 (1.35×;
//   workers 4.55 → 6.04 ms, server 2.69 → 3.35 ms); with V8's GC on the main thread (`node --single-threaded-gc`,
//   passed to the workers by hand) 134.7 → 216.7 (1.61×; server 3.00 → 3.11 ms): the GC's helper threads, free on
//   the idle core with one worker, compete with the other worker's main thread with two. A pure CPU loop and a 64 MB
//   random-access loop run alone and two at once took the same CPU time, so the rise is the software's, not the host's.
//   Two more --n 20000 runs of 1 and 2 workers on the quiet machine: 121.8 → 203.4 (1.67×; workers 4.47 → 4.95 ms,
//   server 3.65 → 3.75 ms) and 114.1 → 168.2 (1.47×; workers 4.91 → 5.92 ms, server 3.81 → 4.54 ms). At this size the
//   ratio is 1.40–1.67× (2 of 4 runs ≥ 1.6×): the target holds when the CPU an article stays flat, and not otherwise.
//   Session 7 (a third machine; quiet, `--n 20000 --workers 1,2`). Before: SQLite 159.9 articles/s wall (main thread 5.01 ms,
//   other threads 3.44 ms an article); PostgreSQL 95.2 → 184.7 articles/s (1.94×; workers 5.88 → 5.63 ms, server 4.79 → 4.33
//   ms). The storing thread's SQLite time was two-thirds migration 012's speaker-key rows (~70 an article, a trigger splitting
//   JSON, each row a random b-tree page: 1.2–1.6 ms of 4.4); migration 018 makes them a contentless FTS5 index kept by
//   triggers (FTS5 writes a transaction's terms once) and the shadow text reads words through the lexeme table
//   (src/store/keys.ts). After: SQLite **244.3 articles/s** wall (main thread 3.31 ms, other threads 3.20 ms: the two threads
//   now take turns evenly, so two cores give ~1/3.3 ms); PostgreSQL 101.6 → 188.2 (1.85×) and 110.4 → 189.7 (1.72×) in two
//   more runs (its path does not use migration 018). The build of session 4's end on this machine: 287.8 articles/s at n 5,000
//   (main thread 2.47 ms: no speaker keys yet), where session 4 measured 505 on its own: this machine is ~1.75× slower.
//   With placement (--place, SQLite, unique articles, n 400): ~31–37 ms of the storing thread an article (claims' echo pool
//   ~13 ms, republication's fingerprint ~4 ms, stories' writes ~3 ms); with 15 copies of each article (n 3,000) 74 ms: the echo
//   pool's lookups grow with the copies of a statement.
//   Session 8 (the same kind of machine, other sessions' load unknown; `--skip-postgres`, n 20,000). Before: 270.2 articles/s
//   (main thread 2.65 ms, other threads 2.60 ms an article). The storing thread, measured alone (2,000 prepared articles stored in
//   batches, interleaved runs; strace counted the writes): SQLite kept a statement journal (a multi-row INSERT and its triggers
//   may fail half-way) in a temporary file, ~250 kB of page writes an article → in memory (connect.ts temp_store); the batch's
//   savepoint an article copied pages to the same kind of journal → none unless an article fails (save.ts); FTS5's unicode61
//   tokenizer was two-fifths of SQLite's instructions (callgrind) → ascii on keys (migration 019, same terms); the full-text
//   index's copy of its text and a redundant index went; 16 kB pages for new files; batches of 128. Together ~2.3–2.8 → ~1.4
//   ms an article. The analysis thread: keys read off the analysis's words, time phrases by lexeme id (−21% of its own work).
//   After: **328.6 articles/s** (main thread 2.03 ms, other threads 2.03 ms), again 315.5 (1.97 / 1.95 ms); `--threads 2`
//   281.9. Both halves now cost ~2 ms, yet the wall time an article is ~3.1 ms: over 20 s of a run (/proc schedstat) the
//   main thread ran 65% of the time and the analysis thread 44%, the two cores 64% busy. The storing thread stores a batch
//   synchronously (~2.1 ms of wall an article, its CPU ~1.7), and receiving results and reading the input cost it ~0.7 ms
//   more: its wall time an article (~2.8 ms) is the run's, and the analysis thread, whose queue a batch's store does not
//   refill, waits. A longer window (512 ahead) did not help. A prototype with no hand-over (two threads, each analysing and
//   storing its own batches of 128 on a connection of its own, the write lock taken in turn, as `isnad worker` processes do
//   on PostgreSQL; a scratch script, not shipped) ran 355.5 articles/s at n 8,000 against this pipeline's 314–326: +10%, its
//   CPU an article 4.86 ms in all, so two cores give ~410 at most. 500 needs the CPU an article, both halves together, under
//   ~4 ms: the overlap is worth a tenth, the rest has to come from the work itself.
//   `node --single-threaded-gc` did not help (310/275 against 314/326 at n 8,000). PostgreSQL (`--skip-sqlite --workers 1,2`,
//   n 20,000, twice): 132.2 → 201.4 articles/s (1.52×; workers 4.01 → 4.81 ms, server 3.42 → 3.94 ms) and 125.4 → 211.8
//   (1.69×; workers 4.33 → 4.51 ms, server 3.52 → 3.72 ms). The faster analysis raised the 1-worker rate (95–110 in session
//   7) more than the 2-worker one: two workers and the server share two cores (~8.5 ms of CPU an article, ~235/s at most).
//   2026-11-30 (this machine; other sessions running CPU-heavy evaluations beside, so wall figures swing ±30% from one
//   minute to the next; the builds before and after were run in turn). The main thread was the limit: 1.5–1.8 ms of CPU
//   an article, over half of it SQLite's. Storing alone (a scratch script: the corpus's analyses, ids made anew, stored in
//   batches of 128 into a new file, 6,000 articles; perf) showed every INSERT of mentions and statements keeping a
//   statement journal (a copy of each page the batch had changed, 16 kB each) because of the foreign keys and of migration
//   018's trigger, and that trigger making FTS5 write the speakers' index as a segment an article (then merged).
//   Migration 020 (the trigger gives way to one INSERT a batch in src/store/save.ts, the foreign keys of mentions and
//   statements to the writer and delete triggers, as on PostgreSQL since 015; `insert or fail`) and connect.ts (a
//   checkpoint every 10,000 pages, not 1,000; a 64 MB page cache, not 16) took storing alone from 1.23 to 0.89 ms an
//   article (6,000), 0.97 → 0.90 at 12,000 for the cache alone. Stored rows, the export and both full-text indexes' words
//   (fts5vocab) are identical before and after. This bench, before → after:
//   n 8,000: main thread 1.52/1.49/1.39 → 1.24/1.25/1.14 ms, other threads ~1.75 → ~1.70 ms; 414/320/427 → 567/420/465
//   articles/s. n 20,000 (seven pairs, the first three before the 64 MB cache): main thread 1.75/1.78/1.80/1.60/1.52/1.55/1.58 → 1.47/1.46/1.43/1.25/1.17/1.25/1.26
//   ms, other threads 1.4–1.7 ms either way; 329/299/294/340/372/419/371 → 386/370/349/380/518/458/426 articles/s; per
//   CPU-second 287–334 → 319–390 (the after build alone, a minute apart: 588 and 412). The analysis thread (~1.4–1.6 ms
//   with V8's helpers) is now the longer half: `--threads 2` 367 against 465 with 1 (n 8,000); a window of 512 ahead
//   within noise.
//   The same day on the quiet machine (no other process; n 20,000, the builds run in turn): the session's first build
//   (4238970) 490.0 and 476.4 articles/s (main thread 1.53/1.58 ms, other threads 1.41/1.47 ms), the build with migration
//   020 and the claims work after it (42e3326) 604.9, 599.4 and 609.5 (main thread 1.22–1.24 ms, other threads 1.40–1.47
//   ms). PostgreSQL (`--skip-sqlite --workers 1,2`, n 20,000, that build): 177.7 → 312.2 articles/s with 2 workers
//   (1.76×; workers 3.25 → 3.36 ms, server 2.46 → 2.50 ms an article), and again 180.7 → 307.7 (1.70×). A slimmer hand-over between the threads (the
//   analysis and its search keys instead of the rows, made again on the storing thread; with or without a packed form)
//   measured 599–605 → 609–618 articles/s and the same CPU an article on both threads: within noise, not kept.
//
// The generator: copy c (0, 1, 2, …) of corpus article r is the article with " — c" appended to its
// title for c > 0. Only the title changes, so the analysis does the same work on every copy, and the
// content hash (title + text) differs, so the store's dedup never short-circuits a copy.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ingest, sourceOptions, type Placement } from '../src/cli/pipeline.js';
import { resolveConfig } from '../src/config/index.js';
import { documentJob, JobQueue, QUEUES, SEND_BATCH, type NewJob } from '../src/jobs/index.js';
import type { SourceResult } from '../src/source/index.js';
import { openStore } from '../src/store/index.js';
import { repoRoot, sharedDir } from './shared.js';

/** Articles by default (the issue's figure). */
const DEFAULT_N = 20_000;
/** Worker processes of the PostgreSQL runs. */
const DEFAULT_WORKERS = [1, 2, 4];
/** The PostgreSQL server the runs create their database on (a fresh one per run, dropped after). */
const PG_URL = process.env.ISNAD_BENCH_PG ?? process.env.ISNAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
/** How often a worker's peak RSS and CPU time are read from /proc, milliseconds. */
const RSS_SAMPLE_MS = 200;

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const n = Number(flag('--n') ?? DEFAULT_N);
const workerCounts = (flag('--workers') ?? DEFAULT_WORKERS.join(',')).split(',').map(Number);
const place = args.includes('--place');
/** SQLite: analysis threads beside the storing one (default: one per spare core, as `isnad ingest`). */
const threads = flag('--threads') === undefined ? undefined : Number(flag('--threads'));
/**
 * Jobs a worker runs at once. 1 by default: the runs compare worker counts, one process per core as `isnad
 * worker --help` advises. With 2 (the worker's own default) one batch's analysis overlaps another's database
 * round trips, so a lone worker already keeps ~1.4 of this machine's 2 cores busy (with the server's share) and
 * the 2-worker run could only add the 0.6 left: it would measure the core count, not how the workers scale.
 */
const concurrency = Number(flag('--concurrency') ?? 1);
if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(concurrency) || concurrency <= 0 || workerCounts.some((w) => !Number.isInteger(w) || w <= 0)) {
  process.stderr.write('usage: bench:ingest [--n N] [--workers 1,2,4] [--concurrency 1] [--threads T] [--place] [--skip-sqlite] [--skip-postgres]\n');
  process.exit(2);
}

interface Record { title: string; content: string; outlet: string; date_extracted: string; url: string }
const corpus: Record[] = readFileSync(join(sharedDir(), 'corpus', 'ar-news', 'articles.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record);

/** Article i of the generated corpus (see the generator above), as a source result like a file's. */
function generated(i: number): Extract<SourceResult, { ok: true }> {
  const r = corpus[i % corpus.length]!;
  const copy = Math.floor(i / corpus.length);
  const text = `${copy ? `${r.title} — ${copy}` : r.title}\n\n${r.content}`;
  return {
    ok: true,
    source: `ar-news#${i}`,
    doc: { bytes: new TextEncoder().encode(text), source: `ar-news#${i}`, contentType: 'text/plain', url: r.url },
    hints: { outlet: r.outlet, publishedAt: new Date(`${r.date_extracted.replace(' ', 'T')}Z`).toISOString() },
  };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const rate = (count: number, ms: number) => `${(count / (ms / 1000)).toFixed(1)} articles/s`;

/** The N articles as a JSONL file (`{title, text, url, outlet, publishedAt}` a line): what `isnad ingest` reads. */
function writeJsonl(path: string): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = corpus[i % corpus.length]!;
    const copy = Math.floor(i / corpus.length);
    lines.push(JSON.stringify({
      title: copy ? `${r.title} — ${copy}` : r.title, text: r.content, url: r.url, outlet: r.outlet,
      publishedAt: new Date(`${r.date_extracted.replace(' ', 'T')}Z`).toISOString(),
    }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

/** CPU milliseconds used so far by a process (`/proc/<pid>/stat`) or one of its threads (`/proc/<pid>/task/<tid>/stat`); undefined off Linux or once gone. */
function procCpuMs(statPath: string): number | undefined {
  try {
    const stat = readFileSync(statPath, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** Linux's USER_HZ: /proc times are in these ticks a second. */
const CLOCK_TICKS = 100;
/** This process's main thread: the one that reads the inputs and stores. */
const mainThreadCpuMs = () => procCpuMs(`/proc/self/task/${process.pid}/stat`);

async function benchSqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-ingest-'));
  try {
    const file = join(dir, 'corpus.jsonl');
    writeJsonl(file);
    const store = await openStore({ path: join(dir, 'isnad.db') });
    const config = resolveConfig({ db: join(dir, 'isnad.db') }, {}, { cwd: dir, home: dir });
    // Without --place the article's placement is left to a queue nobody works (what is measured is the ingest).
    const placement: Placement = place ? { mode: 'inline' } : { mode: 'queued', enqueue: async () => undefined };
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now(), cpu0 = process.cpuUsage(), main0 = mainThreadCpuMs();
    const s = await ingest([file], store, config, { ...sourceOptions(config, { stdin: undefined, cwd: dir }), placement, ...(threads === undefined ? {} : { analysisThreads: threads }) }, {
      onWarning: (m) => process.stderr.write(`bench: ${m}\n`),
    });
    const ms = performance.now() - t0, cpu = process.cpuUsage(cpu0), main1 = mainThreadCpuMs();
    await store.close();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    // CPU an article: the main thread (reading, storing, placing) and the others (analysis threads, V8's GC and compiler).
    const perArticle = (cpu: number) => `${(cpu / s.stored).toFixed(2)} ms`;
    const split = main0 === undefined || main1 === undefined ? '' : `; CPU an article: main thread ${perArticle(main1 - main0)}, other threads ${perArticle(cpuMs - (main1 - main0))}`;
    console.log(`SQLite, 1 process${place ? ' (with placement)' : ''}: ${s.stored} stored, ${s.rejected} rejected in ${(ms / 1000).toFixed(1)} s: ${rate(s.stored, ms)} wall, ${rate(s.stored, cpuMs)} per CPU-second${split}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (start ${mb(rss0)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function admin(statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** Peak resident memory of a process so far, from /proc (VmHWM), in bytes; 0 once it is gone. */
function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `workers` worker processes over N queued jobs; returns articles a second over the processing window. */
async function benchPostgres(workers: number): Promise<number> {
  const name = `isnad_bench_${randomBytes(5).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  try {
    // Queue the N jobs first (not timed as ingest: it is reading files and one INSERT per SEND_BATCH).
    const store = await openStore({ path: url.href });
    const queue = await JobQueue.open(store, { onError: (e) => process.stderr.write(`bench: queue error: ${e.message}\n`) });
    const q0 = performance.now();
    for (let i = 0; i < n; i += SEND_BATCH) {
      const jobs: NewJob<'article'>[] = [];
      for (let j = i; j < Math.min(n, i + SEND_BATCH); j++) jobs.push(documentJob(generated(j)));
      await queue.send(QUEUES.article, jobs);
    }
    const queuedMs = performance.now() - q0;
    await queue.stop(false);

    // ISNAD_BENCH_BIN: the entry of another build (the one this bench was compiled with, when dist/ is someone else's).
    const bin = process.env.ISNAD_BENCH_BIN ?? join(repoRoot(), 'bin', 'isnad.js');
    const t0 = performance.now();
    const peaks = new Array<number>(workers).fill(0);
    const cpus = new Array<number>(workers).fill(0);
    const procs = Array.from({ length: workers }, () => spawn(process.execPath, [bin, '--db', url.href, 'worker', '--queues', QUEUES.article, '--concurrency', String(concurrency), '--drain', '--poll', '0.5'], { stdio: ['ignore', 'ignore', 'pipe'] }));
    const server = await ServerCpu.watch(name);
    const sampler = setInterval(() => {
      procs.forEach((p, k) => {
        peaks[k] = Math.max(peaks[k]!, peakRss(p.pid!));
        cpus[k] = Math.max(cpus[k]!, procCpuMs(`/proc/${p.pid}/stat`) ?? 0);
      });
      void server.sample();
    }, RSS_SAMPLE_MS);
    const stderr = procs.map(() => '');
    await Promise.all(procs.map((p, k) => new Promise<void>((ok) => {
      p.stderr!.on('data', (d) => (stderr[k] += d));
      p.on('close', (code) => {
        if (code !== 0) process.stderr.write(`bench: worker ${k} exited ${code}:\n${stderr[k]}\n`);
        ok();
      });
    })));
    clearInterval(sampler);
    const serverMs = await server.stop();
    const wallMs = performance.now() - t0;
    // The processing window: first job started to last job done (start-up and the drain check excluded).
    const { rows: [w] } = await sql(store, `select count(*) filter (where state = 'completed')::int as done,
      extract(epoch from max(completed_on) - min(started_on)) * 1000 as ms from isnad_jobs.job where name = 'article'`);
    const stored = Number((await sql(store, 'select count(*)::int as n from articles')).rows[0].n);
    await store.close();
    const perSecond = stored / (w.ms / 1000);
    console.log(`PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''} (concurrency ${concurrency}): ${stored} stored (${w.done} jobs done) in ${(w.ms / 1000).toFixed(1)} s of processing: ${rate(stored, w.ms)} (${rate(stored, wallMs)} counting start-up and exit); peak RSS per worker ${peaks.map(mb).join(', ')}; CPU an article: workers ${(cpus.reduce((a, b) => a + b, 0) / stored).toFixed(2)} ms (start-up included), server ${serverMs === undefined ? '?' : (serverMs / stored).toFixed(2)} ms; queueing ${rate(n, queuedMs)}`);
    return perSecond;
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

/**
 * CPU time of the server's processes working for one database (its backends, autovacuum included: what
 * pg_stat_activity lists), read from /proc: each one's largest reading, summed. Readable only where the
 * server runs on this machine (undefined when none could be read); a backend's last RSS_SAMPLE_MS before it exits is missed.
 */
class ServerCpu {
  private readonly seen = new Map<number, number>();
  private busy = false;
  private constructor(private readonly client: pg.Client, private readonly database: string) {}

  static async watch(database: string): Promise<ServerCpu> {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    return new ServerCpu(client, database);
  }

  async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const { rows } = await this.client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [this.database]);
      for (const { pid } of rows) {
        const ms = procCpuMs(`/proc/${pid}/stat`);
        if (ms !== undefined) this.seen.set(pid, Math.max(this.seen.get(pid) ?? 0, ms));
      }
    } finally {
      this.busy = false;
    }
  }

  async stop(): Promise<number | undefined> {
    while (this.busy) await new Promise((r) => setTimeout(r, 10));
    await this.client.end();
    return this.seen.size ? [...this.seen.values()].reduce((a, b) => a + b, 0) : undefined;
  }
}

async function sql(store: { db: import('kysely').Kysely<any> }, text: string) {
  const { sql: raw } = await import('kysely');
  return raw.raw<any>(text).execute(store.db);
}

console.log(`bench:ingest: ${n} articles (${corpus.length} from ar-news, copies with a numbered title), ${place ? 'with' : 'without'} placement`);
if (!args.includes('--skip-sqlite')) await benchSqlite();
if (!args.includes('--skip-postgres')) {
  const rates = new Map<number, number>();
  for (const w of workerCounts) rates.set(w, await benchPostgres(w));
  // The issue's scaling figure: each run's rate against the 1-worker run's (target: 2 workers ≥ 1.6×).
  const one = rates.get(1);
  if (one) console.log(`PostgreSQL scaling (concurrency ${concurrency}): ${[...rates].filter(([w]) => w > 1).map(([w, r]) => `${w} workers ${(r / one).toFixed(2)}×`).join(', ')} the 1-worker rate`);
}
