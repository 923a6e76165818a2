import { matchKey } from './arabic.js';

// Proclitics, stripped one at a time and only while the rest stays long enough
// (design/ARABIC.md §2: never stem; look up, then strip و/ف → ب/ل/ك/لل → ال).
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['لل', 'ب', 'ل', 'ك'];
const ARTICLE = 'ال';
/** Letters that must remain after a strip, so that وزير does not become زير. */
const MIN_STEM_LETTERS = 3;

/**
 * Candidate keys for an Arabic word key (already `matchKey`-ed), longest first:
 * the word itself, then forms with proclitics removed. `والكرملين` → [والكرملين, الكرملين, كرملين].
 */
export function cliticForms(key: string): string[] {
  const out = [key];
  let rest = [key];
  for (const group of [CONJUNCTIONS, PREPOSITIONS]) {
    const next: string[] = [];
    for (const w of rest) {
      for (const p of group) {
        if (w.startsWith(p) && w.length - p.length >= MIN_STEM_LETTERS) {
          // لل is ل + ال: restore the article so للأمم → الامم.
          next.push(p === 'لل' ? ARTICLE + w.slice(2) : w.slice(p.length));
        }
      }
    }
    out.push(...next);
    rest = [...rest, ...next];
  }
  for (const w of [...out]) {
    if (w.startsWith(ARTICLE) && w.length - ARTICLE.length >= MIN_STEM_LETTERS - 1) out.push(w.slice(ARTICLE.length));
  }
  return [...new Set(out)];
}

/**
 * The key a query word is looked up by: its match key without the article.
 * An indexed word is stored under all its `cliticForms`, so `الكرملين` (→ كرملين) finds
 * `بالكرملين` and `والكرملين`, while `وزير` keeps its root و and is not read as و + زير.
 */
export function searchKey(word: string): string {
  const key = matchKey(word);
  return key.startsWith(ARTICLE) && key.length - ARTICLE.length >= MIN_STEM_LETTERS - 1 ? key.slice(ARTICLE.length) : key;
}

/** Every key an indexed word can be found by (see searchKey). */
export function indexKeys(word: string): string[] {
  const key = matchKey(word);
  return /[\u0600-\u06FF]/.test(key) ? cliticForms(key) : [key];
}
