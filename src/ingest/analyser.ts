import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceResult } from '../source/index.js';
import type { AnalyseRequest } from './analyse-thread.js';
import { processForStore, type ProcessConfig, type Processed } from './process.js';

// Extraction + analysis of many documents beside the thread that stores them: `worker_threads`
// of this process take the CPU-bound half (./process.ts) while the main thread reads inputs and
// writes the store, so that a single `isnad ingest` keeps two cores busy.

/** Analysis threads at most: one main thread storing keeps up with about this many analysing. */
export const MAX_ANALYSIS_THREADS = 2;

export interface Analyser {
  /** Extracts and analyses one source result; results come back in any order, each on its promise. */
  process(item: SourceResult): Promise<Processed>;
  close(): Promise<void>;
}

export interface AnalyserOptions {
  maxBytes: number;
  /** The user's outlets file, read by each thread (a registry does not cross threads). */
  outletsFile?: string;
  /** Threads to analyse on (0: this thread). */
  threads: number;
  /** A thread that died: its items are analysed on this thread instead, and the error reported here. */
  onError?: (e: Error) => void;
}

/** Threads worth starting here: one per core beyond the main thread's, up to MAX_ANALYSIS_THREADS (none under a test runner: canStartThreads). */
export function analysisThreads(): number {
  return canStartThreads() ? Math.max(0, Math.min(MAX_ANALYSIS_THREADS, availableParallelism() - 1)) : 0;
}

/**
 * Built (dist/), the thread runs the compiled script; run from source (`node --import tsx`, as the
 * tests start the CLI), it loads tsx itself. Under a test runner that transforms sources in-process
 * (vitest) none are started by default: each would compile the sources anew for a few documents.
 */
function canStartThreads(): boolean {
  return !import.meta.url.endsWith('.ts') || process.execArgv.some((a) => a.includes('tsx'));
}

export function createAnalyser(o: AnalyserOptions): Analyser {
  const here = (item: SourceResult) => Promise.resolve(processForStore(item, o));
  if (o.threads <= 0) return { process: here, close: async () => undefined };
  const threadConfig: ProcessConfig = { maxBytes: o.maxBytes, ...(o.outletsFile ? { outletsFile: o.outletsFile } : {}) };
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(fromSource ? './analyse-thread.ts' : './analyse-thread.js', import.meta.url);
  // From source the thread registers tsx's loader itself: hooks registered by `--import tsx` stay on the main thread.
  const start = () => (fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, workerData: threadConfig })
    : new Worker(script, { workerData: threadConfig }));
  const pending = new Map<number, { item: SourceResult; thread: Worker; done: (p: Processed) => void }>();
  const live = new Set<Worker>();
  let next = 0;
  let turn = 0;
  const threads = Array.from({ length: o.threads }, () => {
    const w = start();
    live.add(w);
    w.on('message', (m: { id: number; processed: Processed }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      p?.done(m.processed);
    });
    const lost = (e: Error) => {
      if (!live.delete(w)) return;
      o.onError?.(e);
      for (const [id, p] of pending) {
        if (p.thread !== w) continue;
        pending.delete(id);
        p.done(processForStore(p.item, o));
      }
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`analysis thread exited with code ${code}`)));
    return w;
  });
  return {
    process(item) {
      const alive = threads.filter((w) => live.has(w));
      if (!alive.length) return here(item);
      const thread = alive[turn++ % alive.length]!;
      const id = next++;
      return new Promise<Processed>((done) => {
        pending.set(id, { item, thread, done });
        thread.postMessage({ id, item } satisfies AnalyseRequest);
      });
    },
    async close() {
      const all = [...live];
      live.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
