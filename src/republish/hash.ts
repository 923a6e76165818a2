// 32-bit hashing for shingles, MinHash and bucket keys: deterministic across runs and processes.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** hashString(words.slice(from, to).join(' ')), without building the string (a shingle of every word of an article). */
export function hashWords(words: readonly string[], from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
    const s = words[w];
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

const SPACE = 0x20;

/** Murmur3's finaliser: a fast, well-mixed permutation of 32-bit integers. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a few integers in order (a band's rows, a key and a day). */
export function hashInts(...xs: number[]): number {
  let h = FNV_OFFSET;
  for (const x of xs) h = mix32((h ^ x) + 0x9e3779b9);
  return h >>> 0;
}
