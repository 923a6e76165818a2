import { matchKey } from '../text/normalize/arabic.js';
import { boundedMemo } from '../text/memo.js';

// Token-level F1 of two texts, normalised as the gold scorer does (/work/shared/gold/score.mjs):
// how a statement is found again after re-analysis, and how predictions meet gold statements.

/** Texts whose tokens are remembered before the memo is emptied (a claim's statements are compared with every group's). */
const WORDS_MEMO_LIMIT = 10_000;

/** Tokens after normalisation: maximal runs of letters and digits of the match key (memoised; callers only read them). */
export const wordsOf: (s: string) => readonly string[] = boundedMemo(WORDS_MEMO_LIMIT, (s) => matchKey(s.normalize('NFKC')).match(/[\p{L}\p{N}]+/gu) ?? []);

/** Token F1 (0..1) of two texts. */
export function tokenF1(a: string, b: string): number {
  const ta = wordsOf(a), tb = wordsOf(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / tb.length, r = common / ta.length;
  return (2 * p * r) / (p + r);
}

/** Token F1 at or above which two contents are the same statement (the scorer's rule). */
export const SAME_STATEMENT_F1 = 0.5;
