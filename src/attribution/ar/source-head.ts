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
  // وفقا لما يقتضيه القانون: ما after the particle with a verb of saying is skipped (sources.tsv); with any other verb
  // it is "what the law requires", and no one is its source.
  if (bare === 'ما') return false;
  // وفق أحدث المعايير، وفق أعلى المواصفات: an elative in construct with a norm is a norm too.
  if (ELATIVE.test(bare) && isNorm(doc.keys[j + 1] ?? '')) return false;
  return !isNorm(bare);
}

/** An elative adjective as a match key (أحدث، أفضل، أعلى، أدق): alef and two or three letters. */
const ELATIVE = /^ا[\u0621-\u064A]{2,3}$/;

/** True when the match key `key` is a plan, rule or schedule, with or without its article. */
const isNorm = (key: string): boolean => normNouns().has(key.startsWith('ال') ? key.slice(2) : key);
