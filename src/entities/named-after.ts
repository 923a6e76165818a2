/** Places and bodies named after a person: the title and name in their name are no person of the text. */
import { lazyKeySet } from '../attribution/lexicon/index.js';
import type { Tok } from './keys.js';

// جامعة الملك سعود، مستشفى الملك فهد، مطار الملك عبدالعزيز: a title after a noun of a place or body in construct reads as a
// person (titleChunk), and a speaker phrase that ends there (أستاذ الإعلام بجامعة الملك سعود) was linked to "سعود".

/** Match keys of nouns of places and bodies named after people, from data/lexicons/ar/named-after-nouns.tsv. */
const namedAfterNouns = lazyKeySet('ar', 'named-after-nouns.tsv');

/** True when the Arabic word at i follows, with no punctuation between, a noun of a place named after someone (بجامعة، مستشفى). */
export function namesAPlace(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  return i > 0 && toks[i].arabic && toks[i].gap === 'tight' && prev.arabic && prev.forms.some((f) => namedAfterNouns().has(f));
}

/** True when the word at j follows a title that names a place (`مستشفى الملك` + `فهد`): the name of the place, not a person. */
export function namesAPlaceAfterTitle(toks: readonly Tok[], j: number, isTitle: (t: Tok) => boolean): boolean {
  return j >= 2 && j < toks.length && toks[j].gap === 'tight' && isTitle(toks[j - 1]) && namesAPlace(toks, j - 1);
}
