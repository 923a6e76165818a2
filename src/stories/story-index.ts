import { hashInts } from '../republish/hash.js';
import { bandKeys, estimateJaccard } from '../republish/minhash.js';
import { MIN_SHARED_ANCHORS, SHORT_TEXT_WORDS } from '../republish/constants.js';
import { Postings } from '../republish/postings.js';
import { paragraphsAgree } from '../republish/translation.js';
import {
  CLOSE_CROSS_LANGUAGE_DICE, MAX_CROSS_LANGUAGE_SCORE, MAX_NAME_POSTINGS, MAX_STORY_CANDIDATES, POSTED_NAMES, MIN_CLOSE_CROSS_LANGUAGE_ANCHORS, MAX_STORY_POSTINGS, MIN_CROSS_LANGUAGE_ANCHORS, STORY_BANDS, STORY_CROSS_LANGUAGE_SCORE, STORY_HASHES, STORY_SCORE, STORY_WINDOW_DAYS, TEXT_FULL, W_ANCHORS, W_TEXT,
} from './constants.js';
import type { StoryFeatures, StoryOutline } from './features.js';
import { translationOfOutlines, type StoredOutline } from './translation.js';

export interface StoryEvidence {
  /** The member of the story this article matched best. */
  nearest: string;
  /** Estimated content-word Jaccard with it. */
  text: number;
  /** Anchors shared with it, and their Dice. */
  sharedAnchors: number;
  anchors: number;
  days: number;
  /** Set when the two articles are in different languages: scored on anchors alone. */
  crossLanguage?: true;
  /** Set when too few anchors were shared and the translation test (src/republish) joined them: its score. */
  translation?: number;
}

export type StoryMatch =
  | { found: true; story: string; score: number; evidence: StoryEvidence }
  | { found: false; reason: 'no-candidate' | 'below-threshold'; best?: { story: string; score: number; evidence: StoryEvidence } };

/**
 * Articles of every story, indexed for placement: LSH buckets of the content-word signature and an inverted index
 * of anchors, both keyed by day, so a query looks only at the days around the article; and an inverted index of
 * name skeletons keyed by language (looked up in the other languages only), its postings' days checked as walked.
 * Typed arrays throughout (`bytes` / `size` ≈ bytes an article).
 */
export class StoryIndex {
  private readonly ids: string[] = [];
  private readonly storyOf: string[] = [];
  private readonly byId = new Map<string, number>();
  private days = new Int32Array(1024);
  /** Language of each article, as an index into `languages`. */
  private langs = new Uint8Array(1024);
  private readonly languages: string[] = [];
  private sigs = new Uint32Array(1024 * STORY_HASHES);
  /** Which of each article's anchors are quotations (StoryFeatures.quotes). */
  private quoteMasks = new Uint16Array(1024);
  private anchorStart = new Int32Array(1025);
  private anchorPool = new Uint32Array(8192);
  /** Name-skeleton hashes of each article (StoryFeatures.names), sorted, at nameStart[n] .. nameStart[n + 1]. */
  private nameStart = new Int32Array(1025);
  private namePool = new Uint16Array(8192);
  /** Each article's StoryOutline, a field an array (words 0: none stored). */
  private words = new Uint16Array(1024);
  private paragraphs = new Uint8Array(1024);
  private quotations = new Uint8Array(1024);
  private entityAnchors = new Uint8Array(1024);
  private dateAnchors = new Uint8Array(1024);
  private readonly bands = new Postings();
  private readonly anchors = new Postings();
  /**
   * Name skeletons → articles, keyed by (name, language): a translation shares no content word, often no linked entity.
   * Not keyed by day: a name recurs over days, and a key of its own a day would cost more than its posting (16 bytes).
   */
  private readonly names = new Postings();

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  storyOfArticle(id: string): string | undefined {
    const n = this.byId.get(id);
    return n === undefined ? undefined : this.storyOf[n];
  }

  add(id: string, story: string, f: StoryFeatures): void {
    if (this.byId.has(id)) return;
    const n = this.ids.length;
    this.grow(n + 1, this.anchorStart[n] + f.anchors.length, this.nameStart[n] + (f.names?.length ?? 0));
    this.ids.push(id);
    this.storyOf.push(story);
    this.byId.set(id, n);
    this.days[n] = f.day;
    this.langs[n] = this.langCode(f.lang);
    this.quoteMasks[n] = f.quotes ?? 0;
    this.sigs.set(f.signature, n * STORY_HASHES);
    this.anchorPool.set(f.anchors, this.anchorStart[n]);
    this.anchorStart[n + 1] = this.anchorStart[n] + f.anchors.length;
    if (f.names) this.namePool.set(Uint16Array.from(f.names).sort(), this.nameStart[n]);
    this.nameStart[n + 1] = this.nameStart[n] + (f.names?.length ?? 0);
    if (f.outline) this.setOutline(n, f.outline);
    for (const k of bandKeys(f.signature, STORY_BANDS, f.day)) this.bands.add(k, n);
    for (const a of f.anchors) this.anchors.add(hashInts(a, f.day), n);
    if (f.names) for (const x of f.names.subarray(0, POSTED_NAMES)) this.names.add(hashInts(x, this.langs[n]), n);
  }

  /** The story an article with these features belongs to, or why none. */
  match(features: StoryFeatures, exclude?: string): StoryMatch {
    // Its names sorted, as the pool's are, for the comparison (their order of likelihood chose what was posted).
    const f = features.names ? { ...features, names: Uint16Array.from(features.names).sort() } : features;
    const hits = new Map<number, number>();
    const hit = (n: number) => hits.set(n, (hits.get(n) ?? 0) + 1);
    for (let d = f.day - STORY_WINDOW_DAYS; d <= f.day + STORY_WINDOW_DAYS; d++) {
      for (const k of bandKeys(f.signature, STORY_BANDS, d)) this.bands.forEach(k, hit, MAX_STORY_POSTINGS);
      for (const a of f.anchors) this.anchors.forEach(hashInts(a, d), hit, MAX_STORY_POSTINGS);
    }
    // Names find articles in the other languages only (within one, content words do), of the days around, few postings
    // a name: a skeleton common to many articles (an Arabic common word's) is no evidence of a translation.
    const near = (n: number) => {
      if (Math.abs(this.days[n] - f.day) <= STORY_WINDOW_DAYS) hit(n);
    };
    for (let l = 0; f.names && l < this.languages.length; l++) {
      if (this.languages[l] !== f.lang) for (const x of f.names) this.names.forEach(hashInts(x, l), near, MAX_NAME_POSTINGS);
    }
    const ranked = [...hits].filter(([n]) => this.ids[n] !== exclude).sort((x, y) => y[1] - x[1]).slice(0, MAX_STORY_CANDIDATES);
    if (!ranked.length) return { found: false, reason: 'no-candidate' };
    let best: { story: string; score: number; evidence: StoryEvidence } | undefined;
    for (const [n] of ranked) {
      const evidence = this.compare(f, n);
      const score = evidence.crossLanguage
        ? this.crossLanguageScore(f, n, evidence)
        : Math.round((W_TEXT * Math.min(1, evidence.text / TEXT_FULL) + W_ANCHORS * evidence.anchors) * 1000) / 1000;
      if (!best || score > best.score) best = { story: this.storyOf[n], score, evidence };
    }
    if (best && best.score >= STORY_SCORE) return { found: true, ...best };
    return { found: false, reason: 'below-threshold', ...(best ? { best } : {}) };
  }

  private compare(f: StoryFeatures, n: number): StoryEvidence {
    const theirs = this.anchorPool.subarray(this.anchorStart[n], this.anchorStart[n + 1]);
    let shared = 0;
    for (const a of f.anchors) if (theirs.includes(a)) shared++;
    const crossLanguage = this.languages[this.langs[n]] !== f.lang;
    // Across languages a quotation's words cannot meet: the Dice is over the anchors that survive translation, and
    // names no entity links meet by their skeletons (an unmatched one proves nothing: it may have been translated).
    const names = crossLanguage && f.names ? sharedSorted(f.names, this.namePool.subarray(this.nameStart[n], this.nameStart[n + 1])) : 0;
    shared += names;
    const total = crossLanguage
      ? f.anchors.length - bits(f.quotes ?? 0) + theirs.length - bits(this.quoteMasks[n]) + 2 * names
      : f.anchors.length + theirs.length;
    return {
      nearest: this.ids[n],
      text: estimateJaccard(f.signature, this.sigs.subarray(n * STORY_HASHES, (n + 1) * STORY_HASHES)),
      sharedAnchors: shared,
      anchors: total ? Math.round((2 * shared / total) * 1000) / 1000 : 0,
      days: Math.abs(f.day - this.days[n]),
      ...(crossLanguage ? { crossLanguage: true as const } : {}),
    };
  }

  /**
   * Across languages, the anchors' Dice rescaled so that its own threshold meets STORY_SCORE; with too few shared, the
   * translation test's score (sets evidence.translation), when it finds one article a translation of the other.
   */
  private crossLanguageScore(f: StoryFeatures, n: number, evidence: StoryEvidence): number {
    if (enoughAcrossLanguages(evidence)) return Math.round(Math.min(MAX_CROSS_LANGUAGE_SCORE, (evidence.anchors / STORY_CROSS_LANGUAGE_SCORE) * STORY_SCORE) * 1000) / 1000;
    if (!evidence.sharedAnchors || !f.outline || !this.words[n]) return 0;
    // From the stored numbers first (most candidates stop here): paragraphs that disagree, or too few anchors for the
    // test's texts longer than an excerpt (it would refuse them itself).
    if (!paragraphsAgree(f.outline.paragraphs, this.paragraphs[n])) return 0;
    if (evidence.sharedAnchors < MIN_SHARED_ANCHORS && Math.max(f.outline.words, this.words[n]) > SHORT_TEXT_WORDS) return 0;
    const mine: StoredOutline = { lang: f.lang, anchors: f.anchors, quotes: f.quotes ?? 0, names: f.names ?? new Uint16Array(0), outline: f.outline };
    const t = translationOfOutlines(mine, this.outlineOf(n)!);
    if (!t.match) return 0;
    evidence.translation = t.score;
    return Math.min(MAX_CROSS_LANGUAGE_SCORE, t.score);
  }

  private setOutline(n: number, o: StoryOutline): void {
    this.words[n] = Math.min(0xffff, Math.max(1, o.words));
    this.paragraphs[n] = Math.min(0xff, o.paragraphs);
    this.quotations[n] = Math.min(0xff, o.quotations);
    this.entityAnchors[n] = o.entities;
    this.dateAnchors[n] = o.dates;
  }

  /** Article n as the translation test reads it, when its outline is stored. */
  private outlineOf(n: number): StoredOutline | undefined {
    if (!this.words[n]) return undefined;
    return {
      lang: this.languages[this.langs[n]], anchors: this.anchorPool.subarray(this.anchorStart[n], this.anchorStart[n + 1]), quotes: this.quoteMasks[n],
      names: this.namePool.subarray(this.nameStart[n], this.nameStart[n + 1]),
      outline: { words: this.words[n], paragraphs: this.paragraphs[n], quotations: this.quotations[n], entities: this.entityAnchors[n], dates: this.dateAnchors[n] },
    };
  }

  private langCode(lang: string): number {
    let i = this.languages.indexOf(lang);
    if (i < 0) i = this.languages.push(lang) - 1;
    return i;
  }

  /** Bytes of signatures, days, languages, anchors and postings in use (ids aside). */
  get bytes(): number {
    return this.size * (STORY_HASHES * 4 + 4 + 1 + 2 + 4 + 4 + 6) + this.anchorStart[this.size] * 4 + this.nameStart[this.size] * 2 + this.bands.usedBytes + this.anchors.usedBytes + this.names.usedBytes;
  }

  private grow(items: number, anchors: number, names: number): void {
    if (items > this.days.length) {
      const cap = this.days.length * 2;
      this.days = grown(this.days, new Int32Array(cap));
      this.langs = grown(this.langs, new Uint8Array(cap));
      this.quoteMasks = grown(this.quoteMasks, new Uint16Array(cap));
      this.sigs = grown(this.sigs, new Uint32Array(cap * STORY_HASHES));
      this.anchorStart = grown(this.anchorStart, new Int32Array(cap + 1));
      this.nameStart = grown(this.nameStart, new Int32Array(cap + 1));
      this.words = grown(this.words, new Uint16Array(cap));
      this.paragraphs = grown(this.paragraphs, new Uint8Array(cap));
      this.quotations = grown(this.quotations, new Uint8Array(cap));
      this.entityAnchors = grown(this.entityAnchors, new Uint8Array(cap));
      this.dateAnchors = grown(this.dateAnchors, new Uint8Array(cap));
    }
    if (names > this.namePool.length) this.namePool = grown(this.namePool, new Uint16Array(Math.max(names, this.namePool.length * 2)));
    if (anchors > this.anchorPool.length) this.anchorPool = grown(this.anchorPool, new Uint32Array(Math.max(anchors, this.anchorPool.length * 2)));
  }
}

/** Do two articles in different languages share enough anchors to be compared on them at all? */
const enoughAcrossLanguages = (e: StoryEvidence) => e.sharedAnchors >= MIN_CROSS_LANGUAGE_ANCHORS
  || (e.sharedAnchors >= MIN_CLOSE_CROSS_LANGUAGE_ANCHORS && e.anchors >= CLOSE_CROSS_LANGUAGE_DICE);

/** Values two sorted arrays share. */
function sharedSorted(a: Uint16Array, b: Uint16Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return n;
}

/** Bits set in a mask. */
function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

function grown<T extends Int32Array | Uint32Array | Uint8Array | Uint16Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}
