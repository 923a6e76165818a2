import type { Lang } from '../model/index.js';
import {
  BANDS, INDEXED_NAMES, MAX_COPY_CANDIDATES, MAX_NAME_POSTINGS, MAX_POSTINGS_PER_KEY, MAX_TRANSLATION_CANDIDATES, MIN_ESTIMATED_JACCARD, MIN_SHARED_ANCHORS, NUM_HASHES, QUERIED_NAMES, SHORT_TEXT_WORDS,
} from './constants.js';
import { hashInts, hashString } from './hash.js';
import { bandKeys, estimateJaccard } from './minhash.js';
import { Postings } from './postings.js';

export interface IndexEntry {
  id: string;
  language: Lang;
  /** Copy-detection signature (NUM_HASHES uint32s). */
  signature: Uint32Array;
  /** Translation anchors (`anchorsOf`). */
  anchors: string[];
  /** Name skeletons (Fingerprint.names), likeliest names first: the first INDEXED_NAMES are indexed. */
  names?: readonly string[];
}

/** What a new article is looked up by for translations: its anchors (`anchorsOf`), name skeletons and words. */
export interface TranslationQuery { anchors: string[]; names?: readonly string[]; words?: number }

export interface CopyCandidate { id: string; estimate: number }
export interface TranslationCandidate { id: string; shared: number }

/**
 * The sublinear index of republication: LSH band buckets of the copy signatures, and inverted indexes
 * of translation anchors and of name skeletons, in typed arrays (~1.2 KB an article among 330 real ones,
 * names 0.23 KB of it, less as their keys are shared). Rebuilt from the store's signature table on start
 * (`src/republish/place.ts`).
 */
export class RepublicationIndex {
  private readonly ids: string[] = [];
  private readonly langs: Lang[] = [];
  private readonly byId = new Map<string, number>();
  private sigs = new Uint32Array(NUM_HASHES * 256);
  private readonly bands = new Postings();
  private readonly anchors = new Postings();
  /** Name skeletons → articles, keyed by language too: a translation's unlinked names meet only across languages. */
  private readonly names = new Postings();
  private readonly languages: Lang[] = [];

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  add(e: IndexEntry): void {
    if (this.byId.has(e.id)) return;
    const n = this.ids.length;
    this.ids.push(e.id);
    this.langs.push(e.language);
    this.byId.set(e.id, n);
    if ((n + 1) * NUM_HASHES > this.sigs.length) {
      const grown = new Uint32Array(this.sigs.length * 2);
      grown.set(this.sigs);
      this.sigs = grown;
    }
    this.sigs.set(e.signature.subarray(0, NUM_HASHES), n * NUM_HASHES);
    for (const k of bandKeys(e.signature, BANDS)) this.bands.add(k, n);
    for (const a of e.anchors) this.anchors.add(hashString(a), n);
    if (e.names) for (const x of e.names.slice(0, INDEXED_NAMES)) this.names.add(hashInts(hashString(x), this.langCode(e.language)), n);
  }

  /** Articles sharing a band with `signature` and an estimated Jaccard ≥ MIN_ESTIMATED_JACCARD, best first. */
  copyCandidates(signature: Uint32Array, exclude?: string): CopyCandidate[] {
    const seen = new Set<number>();
    for (const k of bandKeys(signature, BANDS)) this.bands.forEach(k, (n) => seen.add(n), MAX_POSTINGS_PER_KEY);
    const out: CopyCandidate[] = [];
    for (const n of seen) {
      if (this.ids[n] === exclude) continue;
      const estimate = estimateJaccard(signature, this.sigs.subarray(n * NUM_HASHES, (n + 1) * NUM_HASHES));
      if (estimate >= MIN_ESTIMATED_JACCARD) out.push({ id: this.ids[n], estimate });
    }
    return out.sort((x, y) => y.estimate - x.estimate).slice(0, MAX_COPY_CANDIDATES);
  }

  /**
   * Articles in another language sharing at least MIN_SHARED_ANCHORS anchors (one for a short text: translation.ts
   * accepts one canonical anchor there), most shared first; a name skeleton (the first QUERIED_NAMES of the query's)
   * found among another article's indexed names counts as one.
   */
  translationCandidates(query: TranslationQuery, language: Lang, exclude?: string): TranslationCandidate[] {
    const { anchors, names = [] } = query;
    const least = query.words !== undefined && query.words <= SHORT_TEXT_WORDS ? 1 : MIN_SHARED_ANCHORS;
    const hits = new Map<number, number>();
    const hit = (n: number) => {
      if (this.langs[n] !== language) hits.set(n, (hits.get(n) ?? 0) + 1);
    };
    for (const a of new Set(anchors)) this.anchors.forEach(hashString(a), hit, MAX_POSTINGS_PER_KEY);
    for (let l = 0; l < this.languages.length; l++) {
      if (this.languages[l] === language) continue;
      for (const x of new Set(names.slice(0, QUERIED_NAMES))) this.names.forEach(hashInts(hashString(x), l), hit, MAX_NAME_POSTINGS);
    }
    const out: TranslationCandidate[] = [];
    for (const [n, shared] of hits) if (shared >= least && this.ids[n] !== exclude) out.push({ id: this.ids[n], shared });
    return out.sort((x, y) => y.shared - x.shared).slice(0, MAX_TRANSLATION_CANDIDATES);
  }

  /** Bytes of the signatures and postings in use (ids aside). */
  get bytes(): number {
    return this.size * NUM_HASHES * 4 + this.bands.usedBytes + this.anchors.usedBytes + this.names.usedBytes;
  }

  private langCode(lang: Lang): number {
    let i = this.languages.indexOf(lang);
    if (i < 0) i = this.languages.push(lang) - 1;
    return i;
  }
}
