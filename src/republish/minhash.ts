import type { Article } from '../model/index.js';
import { BANDS, NUM_HASHES, SHINGLE_SIZE } from './constants.js';
import { hashInts, hashWords, mix32 } from './hash.js';
import { paragraphTokens } from './paragraph-tokens.js';

// MinHash signatures over normalised word shingles, and their LSH band keys.

/** The body paragraphs' matchKey tokens, one array a paragraph (the title is left out: republishers rewrite it). */
export function paragraphKeys(article: Pick<Article, 'paragraphs'>): string[][] {
  return paragraphTokens(article).map((ts) => ts.map((t) => t.key)).filter((ks) => ks.length > 0);
}

const SHINGLES = new WeakMap<readonly string[], Map<number, Set<number>>>();

/**
 * Hashes of the word shingles of each paragraph (never across paragraphs, so that reordering them
 * changes nothing); a paragraph shorter than a shingle is one shingle.
 */
export function shingles(article: Pick<Article, 'paragraphs'>, size = SHINGLE_SIZE): Set<number> {
  // Memoised per paragraphs array: an article and a candidate are each shingled once per placement (callers only read the set).
  let bySize = SHINGLES.get(article.paragraphs);
  if (!bySize) SHINGLES.set(article.paragraphs, (bySize = new Map()));
  let out = bySize.get(size);
  if (out) return out;
  bySize.set(size, (out = new Set<number>()));
  for (const keys of paragraphKeys(article)) {
    if (keys.length <= size) {
      out.add(hashWords(keys, 0, keys.length));
      continue;
    }
    for (let i = 0; i + size <= keys.length; i++) out.add(hashWords(keys, i, i + size));
  }
  return out;
}

const seedsOf = (n: number) => Array.from({ length: n }, (_, i) => mix32(0x5bd1e995 + i * 0x27d4eb2f));
const SEEDS = new Map<number, number[]>();

/** The MinHash signature of a set of 32-bit values: for each of `numHashes` permutations, the least image. */
export function minhash(values: Iterable<number>, numHashes: number): Uint32Array {
  let seeds = SEEDS.get(numHashes);
  if (!seeds) SEEDS.set(numHashes, (seeds = seedsOf(numHashes)));
  const sig = new Uint32Array(numHashes).fill(0xffffffff);
  for (const v of values) {
    for (let i = 0; i < numHashes; i++) {
      const h = mix32(v ^ seeds[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** The article's copy-detection signature: MinHash of its body shingles. */
export function signature(article: Pick<Article, 'paragraphs'>): Uint32Array {
  return minhash(shingles(article), NUM_HASHES);
}

/** One key a band: the hash of the band's number, its rows and an optional salt (a day). */
export function bandKeys(sig: Uint32Array, bands = BANDS, salt = 0): number[] {
  const rows = sig.length / bands;
  const out: number[] = [];
  for (let b = 0; b < bands; b++) out.push(hashInts(b, salt, ...sig.subarray(b * rows, (b + 1) * rows)));
  return out;
}

/** The share of equal positions of two signatures: an unbiased estimate of the sets' Jaccard. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n ? same / n : 0;
}

/** Signature ↔ bytes, for the store (little-endian uint32s). */
export const signatureBytes = (sig: Uint32Array): Uint8Array => new Uint8Array(sig.buffer.slice(sig.byteOffset, sig.byteOffset + sig.byteLength));
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
}
