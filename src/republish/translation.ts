import {
  AR_WORDS_PER_EN_WORD, FEW_SHARED_ANCHORS, MIN_SHARED_ANCHORS, MIN_TRANSLATION_PARAGRAPHS, MIN_TRANSPOSED_SKELETON, SHORT_TEXT_WORDS, SHORT_TRANSLATION_SCORE, TRANSLATION_SCORE,
  W_DATES, W_ENTITIES, W_LENGTH, W_NUMBERS, W_PARAGRAPHS, W_QUOTES,
} from './constants.js';
import type { Fingerprint } from './fingerprint.js';

/** One kind of evidence: its agreement (0..1), its weight and what it rests on. */
export interface Signal {
  name: 'entities' | 'numbers' | 'dates' | 'quotes' | 'paragraphs' | 'length';
  value: number;
  weight: number;
  detail: string;
}

export interface TranslationEvidence {
  /** Weighted mean of the signals present (0..1). */
  score: number;
  /** Entities, numbers and dates both have. */
  sharedAnchors: number;
  signals: Signal[];
}

export type TranslationResult =
  | { match: true; score: number; evidence: TranslationEvidence }
  | { match: false; reason: 'same-language' | 'too-few-anchors' | 'low-score' | 'paragraphs-differ'; evidence: TranslationEvidence };

/**
 * Whether one article is a translation of the other, as links are made: the evidence's verdict (translationEvidence),
 * and the paragraph structure a translation keeps, which the weighted score alone lets a short brief miss.
 */
export function isTranslation(a: Fingerprint, b: Fingerprint): TranslationResult {
  const r = translationEvidence(a, b);
  if (r.match && !paragraphsAgree(a.paragraphs, b.paragraphs)) return { match: false, reason: 'paragraphs-differ', evidence: r.evidence };
  return r;
}

/** Do two paragraph counts agree as a translation's do (at least MIN_TRANSLATION_PARAGRAPHS of the larger)? */
export function paragraphsAgree(p: number, q: number): boolean {
  return Math.min(p, q) >= MIN_TRANSLATION_PARAGRAPHS * Math.max(p, q);
}

/**
 * The evidence that two articles in different languages are one text translated, from what survives translation:
 * the order of entities, the numbers, dates, quotations and the paragraph structure, weighed into one score, and its
 * verdict. A link is made on isTranslation, which asks the paragraph counts to agree as well.
 */
export function translationEvidence(a: Fingerprint, b: Fingerprint): TranslationResult {
  const signals: Signal[] = [];
  // Names no entity links, found in both (their consonant skeletons) agree as entities do; an unmatched one proves
  // nothing, since a capitalised English word is as often translated (University, جامعة) as transliterated.
  const names = sharedNames(a.names ?? [], b.names ?? []);
  const entities = lcs(a.entities, b.entities);
  if (a.entities.length || b.entities.length || names) {
    signals.push({
      name: 'entities', value: dice(entities + names, a.entities.length + names, b.entities.length + names), weight: W_ENTITIES,
      detail: `${entities} in the same order of ${a.entities.length}/${b.entities.length}${names ? `, ${names} names` : ''}`,
    });
  }
  const numbers = sharedCount(a.numbers, b.numbers);
  const numberOrder = lcs(a.numbers, b.numbers);
  if (a.numbers.length || b.numbers.length) {
    signals.push({ name: 'numbers', value: dice(numberOrder, a.numbers.length, b.numbers.length), weight: W_NUMBERS, detail: `${numberOrder} in the same order of ${a.numbers.length}/${b.numbers.length}` });
  }
  const dates = sharedCount(a.dates, b.dates);
  if (a.dates.length || b.dates.length) {
    signals.push({ name: 'dates', value: dice(dates, a.dates.length, b.dates.length), weight: W_DATES, detail: `${dates} shared of ${a.dates.length}/${b.dates.length}` });
  }
  if (a.quotes || b.quotes) {
    signals.push({ name: 'quotes', value: ratio(a.quotes, b.quotes), weight: W_QUOTES, detail: `${a.quotes}/${b.quotes} quotations` });
  }
  signals.push({ name: 'paragraphs', value: ratio(a.paragraphs, b.paragraphs), weight: W_PARAGRAPHS, detail: `${a.paragraphs}/${b.paragraphs} paragraphs` });
  signals.push({ name: 'length', value: lengthAgreement(a, b), weight: W_LENGTH, detail: `${a.words}/${b.words} words` });
  const total = signals.reduce((s, x) => s + x.weight, 0);
  const score = Math.round((signals.reduce((s, x) => s + x.value * x.weight, 0) / total) * 1000) / 1000;
  const evidence: TranslationEvidence = { score, sharedAnchors: sharedCount(a.entities, b.entities) + names + numbers + dates, signals };
  if (a.language === b.language) return { match: false, reason: 'same-language', evidence };
  const short = shortAgreement(a, b, names);
  if (evidence.sharedAnchors < MIN_SHARED_ANCHORS && !short) return { match: false, reason: 'too-few-anchors', evidence };
  // Few anchors (a country and a year) are shared by many unrelated articles: they need the structure to agree as well.
  if (score < (evidence.sharedAnchors < FEW_SHARED_ANCHORS ? SHORT_TRANSLATION_SCORE : TRANSLATION_SCORE)) return { match: false, reason: 'low-score', evidence };
  return { match: true, score, evidence };
}

/**
 * A short excerpt has few anchors: one suffices when it is a canonical one (an entity id, a number, a date: not a
 * name's skeleton, which may meet a common word by chance) and every canonical anchor of either text is in the other.
 * Beyond SHORT_TEXT_WORDS (the longer text's words) a text that names one thing only is no evidence.
 */
function shortAgreement(a: Fingerprint, b: Fingerprint, names: number): boolean {
  if (Math.max(a.words, b.words) > SHORT_TEXT_WORDS) return false;
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && sharedCount(x, y) === x.length;
  const canonical = new Set(a.entities).size + a.numbers.length + a.dates.length;
  return canonical + names >= 1 && canonical >= 1 && same([...new Set(a.entities)], [...new Set(b.entities)]) && same(a.numbers, b.numbers) && same(a.dates, b.dates);
}

/**
 * Names both have: the same skeleton, or for a long one (MIN_TRANSPOSED_SKELETON classes) the same with two
 * neighbouring consonants swapped, as a transliteration may write them (Abbotsford BTSFRD, آبوستفورد BSTFRD).
 */
export function sharedNames(a: readonly string[], b: readonly string[]): number {
  const exact = sharedCount(a, b);
  if (!a.length || !b.length) return exact;
  const inA = new Set(a), inB = new Set(b);
  let swapped = 0;
  const used = new Set<string>();
  for (const x of inA) {
    if (inB.has(x) || x.length < MIN_TRANSPOSED_SKELETON) continue;
    for (let i = 0; i + 1 < x.length; i++) {
      if (x[i] === x[i + 1]) continue;
      const y = x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2);
      if (inB.has(y) && !inA.has(y) && !used.has(y)) {
        used.add(y);
        swapped++;
        break;
      }
    }
  }
  return exact + swapped;
}

/** Length of the longest common subsequence. */
export function lcs(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row.push(x === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]));
    prev = row;
  }
  return prev[b.length];
}

/** Size of the multiset intersection. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  let n = 0;
  for (const y of b) {
    const c = left.get(y) ?? 0;
    if (c > 0) {
      n++;
      left.set(y, c - 1);
    }
  }
  return n;
}

const dice = (shared: number, na: number, nb: number) => (na + nb ? (2 * shared) / (na + nb) : 0);
const ratio = (x: number, y: number) => (Math.max(x, y) ? Math.min(x, y) / Math.max(x, y) : 1);

/** How close the word counts are to what a translation between the two languages gives. */
function lengthAgreement(a: Fingerprint, b: Fingerprint): number {
  const expected = a.language === 'ar' && b.language === 'en' ? AR_WORDS_PER_EN_WORD : a.language === 'en' && b.language === 'ar' ? 1 / AR_WORDS_PER_EN_WORD : 1;
  const r = b.words ? a.words / (b.words * expected) : 0;
  return r > 0 ? Math.min(r, 1 / r) : 0;
}
