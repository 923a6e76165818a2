import type { Article } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { COPY_JACCARD, MIN_SHINGLES, NEAR_COPY_CONTAINMENT, NEAR_COPY_JACCARD } from './constants.js';
import { hashString } from './hash.js';
import { paragraphKeys, shingles } from './minhash.js';

/** What two texts share, as shown to a user: "copied from that one (0.93: 41 of 44 shingles, footer changed)". */
export interface CopyEvidence {
  /** Exact shingle Jaccard. */
  jaccard: number;
  /** Shared shingles / the smaller set's. */
  containment: number;
  shared: number;
  /** Shingles of the first and the second text. */
  shingles: [number, number];
  titleChanged: boolean;
  /** The paragraphs both have whole (normalised) are in another order. */
  reordered: boolean;
  /** Paragraphs of the second text that the first lacks whole (added or edited), and the reverse. */
  added: number;
  removed: number;
}

export type CopyKind = 'copy' | 'near-copy';

export type CopyComparison =
  | { match: true; kind: CopyKind; score: number; evidence: CopyEvidence }
  | { match: false; reason: 'too-short' | 'different'; evidence: CopyEvidence };

type Text = Pick<Article, 'title' | 'paragraphs'>;

/** What a copy comparison reads of a text: its title's key, its shingles and the hashes of its whole paragraphs. */
export interface CopyText {
  titleKey: string;
  shingles: Set<number>;
  paragraphs: number[];
}

/** A text as a copy comparison reads it (computed once, compared with many: place.ts keeps those of recent articles). */
export function copyText(t: Text, sh = shingles(t)): CopyText {
  return { titleKey: matchKey(t.title), shingles: sh, paragraphs: paragraphKeys(t).map((k) => hashString(k.join(' '))) };
}

/**
 * Whether `b` is a copy of `a` (the same paragraphs in the same order, any title: `copy`) or a near-copy (most of one's shingles
 * in the other: boilerplate added, paragraphs reordered, light edits), with the evidence either way.
 * Symmetric but for `added`/`removed`, which read `a` as the origin.
 */
export function compareCopies(a: Text, b: Text, sa = shingles(a), sb = shingles(b)): CopyComparison {
  return compareCopyTexts(copyText(a, sa), copyText(b, sb));
}

/** compareCopies of two texts already read (`copyText`). */
export function compareCopyTexts(a: CopyText, b: CopyText): CopyComparison {
  const sa = a.shingles, sb = b.shingles;
  let shared = 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  for (const s of small) if (large.has(s)) shared++;
  const union = sa.size + sb.size - shared;
  const jaccard = union ? shared / union : 0;
  const containment = small.size ? shared / small.size : 0;
  const evidence: CopyEvidence = {
    jaccard: round(jaccard), containment: round(containment), shared, shingles: [sa.size, sb.size],
    titleChanged: a.titleKey !== b.titleKey, ...paragraphChanges(a.paragraphs, b.paragraphs),
  };
  if (small.size < MIN_SHINGLES) return { match: false, reason: 'too-short', evidence };
  if (jaccard >= COPY_JACCARD && !evidence.reordered && !evidence.added && !evidence.removed) return { match: true, kind: 'copy', score: evidence.jaccard, evidence };
  if (containment >= NEAR_COPY_CONTAINMENT && jaccard >= NEAR_COPY_JACCARD) {
    return { match: true, kind: 'near-copy', score: round((containment + jaccard) / 2), evidence };
  }
  return { match: false, reason: 'different', evidence };
}

/** What changed between two texts' whole paragraphs (their hashes, in order). */
function paragraphChanges(ha: number[], hb: number[]): Pick<CopyEvidence, 'reordered' | 'added' | 'removed'> {
  const inA = new Set(ha), inB = new Set(hb);
  const commonA = ha.filter((h) => inB.has(h));
  const commonB = hb.filter((h) => inA.has(h));
  return {
    reordered: commonA.some((h, i) => h !== commonB[i]),
    added: hb.filter((h) => !inA.has(h)).length,
    removed: ha.filter((h) => !inB.has(h)).length,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
