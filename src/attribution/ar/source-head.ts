import { lazyKeySet } from '../lexicon/index.js';
import type { Doc } from '../types.js';

// بحسب الحاجة، وفق خطط عسكرية، وفقا لقرار مجلس الأمن: the words of "according to" also mean "as needed, by the plan",
// and what follows them then names no source.

/** Match keys of plans and rules, from data/lexicons/ar/norm-nouns.tsv. */
const normNouns = lazyKeySet('ar', 'norm-nouns.tsv');

/**
 * True when the word at j (read without the ل of وفقا لـ when `lam`) may head a source: any word but a plan, a rule or
 * a schedule, with or without its article.
 */
export function headsSource(doc: Doc, j: number, lam: boolean): boolean {
  const key = doc.keys[j];
  // للقرار → القرار, لقرار → قرار.
  const bare = !lam ? key : key.startsWith('لل') ? `ا${key.slice(1)}` : key.slice(1);
  return !normNouns().has(bare.startsWith('ال') ? bare.slice(2) : bare);
}
