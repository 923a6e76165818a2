import { lexicon } from '../attribution/lexicon/index.js';
import type { Lang } from '../model/index.js';
import { arabicSkeleton, latinSkeleton } from '../text/skeleton.js';
import { tokenize } from '../text/tokens.js';
import { CROSS_NAME_MIN_SKELETON } from './constants-echo.js';
import { keysOf } from './lexicon.js';

// Names the gazetteer lacks, written in both scripts (`COVID-19` / `كوفيد-19`, `Meerjady` / `ميرجادي`): a statement and
// its translation share them where they share no entity id. Read as consonant skeletons (text/skeleton.ts), which
// agree across scripts. English: capitalised words and words with digits (names); Arabic has no capitals, so every
// content word, each clitic form. A skeleton is evidence, never an identity (an Arabic word may share a name's by
// chance): echo.ts counts a shared one only as one more anchor of the cross-language rule, which still asks for a
// shared quantity.

/** An English word that may be a name: capitalised, or letters with digits (`COVID-19`). */
const NAME_LIKE = /^\p{Lu}|\p{L}.*\d|\d.*\p{L}/u;

/** The skeletons (of CROSS_NAME_MIN_SKELETON classes or more) of the words of a text that may be names, function words left out. */
export function nameSkeletons(text: string, lang: Lang): Set<string> {
  const words = lexicon(lang === 'ar' ? 'ar' : 'en').words;
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    if (words.has(t.key)) continue;
    const skeletons = lang === 'ar' ? keysOf(t.text).map(arabicSkeleton) : NAME_LIKE.test(t.text) ? [latinSkeleton(t.text)] : [];
    for (const s of skeletons) if (s.length >= CROSS_NAME_MIN_SKELETON) out.add(s);
  }
  return out;
}

/** How many of the English side's name skeletons the other side has (0 when both texts are in one language). */
export function sharedNames(a: { lang: Lang; names: ReadonlySet<string> }, b: { lang: Lang; names: ReadonlySet<string> }): number {
  if (a.lang === b.lang) return 0;
  const [en, other] = a.lang === 'en' ? [a, b] : [b, a];
  let n = 0;
  for (const s of en.names) if (other.names.has(s)) n++;
  return n;
}
