/**
 * The article-extraction benchmark's pages and metric, shared by
 * bench/extract.ts and bench/extract-worst.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

import { repoRoot, sharedDir } from './shared.js';
export { repoRoot, sharedDir };

export function aebDir(): string {
  return join(sharedDir(), 'bench', 'aeb');
}

export interface BenchPage {
  id: string;
  html: string;
  url?: string;
}

/** Every page, decompressed and decoded (UTF-8), with its URL from the ground truth. */
export function loadPages(): BenchPage[] {
  const dir = aebDir();
  const truth = loadTruth();
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const html = new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dir, 'html', f))));
      return { id, html, url: truth[id]?.url };
    });
}

export function loadTruth(): Record<string, { articleBody: string; url?: string }> {
  return JSON.parse(readFileSync(join(aebDir(), 'ground-truth.json'), 'utf8'));
}

// The benchmark's metric (as in score.mjs): 4-token shingles, per-page precision and recall.
const TOKEN = /[\p{L}\p{N}_]+/gu;
export const tokens = (t: string): string[] => t.match(TOKEN) ?? [];

function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const s = t.slice(i, i + n);
    if (!s.length) continue;
    const k = s.join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Per-page precision and recall of `pred` against `truth`. */
export function pageScore(truth: string, pred: string): { p: number; r: number } {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  if (fp === 0 && fn === 0) return { p: 1, r: 1 };
  return { p: tp + fp > 0 ? tp / (tp + fp) : 0, r: tp + fn > 0 ? tp / (tp + fn) : 0 };
}
