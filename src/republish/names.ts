import { gazetteer } from '../entities/index.js';
import { stopwords } from '../extract/language/stopwords.js';
import type { Article } from '../model/index.js';
import { tokenize, type Token } from '../text/tokens.js';
import { MAX_NAME_KEYS, MIN_NAME_SKELETON } from './constants.js';
import { paragraphTokens } from './paragraph-tokens.js';
import { arabicSkeleton, latinSkeleton } from '../text/skeleton.js';

// Names the gazetteer does not link (a local politician, a company, a town) are spelt per language, so their
// entity ids never meet across a translation; their consonant skeletons do. English marks names by a capital;
// Arabic has none, so every Arabic content word is a candidate, and the intersection with the English names is
// what counts (an Arabic common word shares an English name's skeleton only by chance: MIN_NAME_SKELETON).

/** Characters [start, end) of the text (title, dek, paragraphs joined by blank lines) already linked to a canonical entity. */
export type Span = readonly [number, number];

/** A proclitic (و ف ب ل ك) and/or the article ال at the start of an Arabic key, with at least two letters left. */
const AR_PROCLITIC = /^(?:[\u0648\u0641]?[\u0628\u0644\u0643]?\u0627\u0644|\u0644\u0644|[\u0648\u0641][\u0628\u0644\u0643]?|[\u0628\u0644\u0643])(?=..)/u;
/** An English possessive ending (Clinton's, Clinton’s). */
const POSSESSIVE = /['\u2019]s$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const ARABIC_LETTER = /[\u0621-\u064A]/u;

let stops: Set<string> | undefined;
/** Function words, and the words that end a name chunk (months, weekdays, common verbs: data/gazetteer/names.*.tsv). */
const stopKeys = () => (stops ??= new Set([...[...stopwords().keys()].map((k) => k.toLowerCase()), ...gazetteer().stop]));

/**
 * An Arabic word's skeletons: `name` when it may be a name, `common` when it carries the article ال (a foreign name
 * never does: the bare word's skeleton first, then the skeleton as written, for a name that begins with Al-).
 */
interface ArabicKeys { name: readonly string[]; common: readonly string[] }

/** Word key → its skeletons, remembered: news repeats its words. */
const AR_KEYS = new Map<string, ArabicKeys>();
/** Most Arabic words whose skeletons are remembered; the memory is emptied when full. */
const MAX_REMEMBERED_WORDS = 50_000;
const NONE: ArabicKeys = { name: [], common: [] };
/** The article ال, alone or after a proclitic, or contracted after ل (للرئيس). */
const ARTICLE = /\u0627\u0644$|^\u0644\u0644$/u;

function arabicKeys(key: string): ArabicKeys {
  let ks = AR_KEYS.get(key);
  if (ks) return ks;
  if (!ARABIC_LETTER.test(key) || stopKeys().has(key)) ks = NONE;
  else {
    const bare = key.replace(AR_PROCLITIC, '');
    const skeletons = (words: string[]) => [...new Set(words.map(arabicSkeleton))].filter((s) => s.length >= MIN_NAME_SKELETON);
    ks = ARTICLE.test(key.slice(0, key.length - bare.length)) ? { name: [], common: skeletons([bare, key]) } : { name: skeletons([key, bare]), common: [] };
  }
  if (AR_KEYS.size >= MAX_REMEMBERED_WORDS) AR_KEYS.clear();
  AR_KEYS.set(key, ks);
  return ks;
}

/**
 * Skeletons of an article's names, distinct, outside the spans already linked: in English those of capitalised
 * words, in text order; in Arabic those of every content word (as written and with its proclitics taken off), the
 * words without the article first, each kind in text order, so that the first few are the likeliest names.
 */
export function nameKeys(article: Pick<Article, 'language' | 'title' | 'paragraphs'> & { dek?: string }, linked: readonly Span[] = []): string[] {
  const out = new Set<string>();
  const common = new Set<string>();
  const arabic = article.language === 'ar';
  const isLinked = linkedTest(linked);
  const add = (tokens: readonly Token[], base: number) => {
    for (const t of tokens) {
      if (out.size + common.size >= MAX_NAME_KEYS) return;
      if (isLinked(base + t.start, base + t.end)) continue;
      if (arabic) {
        const ks = arabicKeys(t.key);
        for (const k of ks.name) out.add(k);
        for (const k of ks.common) common.add(k);
      } else if (CAPITALISED.test(t.text) && !stopKeys().has(t.key)) {
        keep(latinSkeleton(t.text.replace(POSSESSIVE, '')));
      }
    }
  };
  const keep = (s: string) => {
    if (s.length >= MIN_NAME_SKELETON) out.add(s);
  };
  add(tokenize(article.title), 0);
  let base = article.title.length + 2 + (article.dek ? article.dek.length + 2 : 0);
  const tokens = paragraphTokens(article);
  for (let i = 0; i < article.paragraphs.length; i++) {
    add(tokens[i], base);
    base += article.paragraphs[i].length + 2;
  }
  for (const k of common) out.add(k);
  return [...out];
}

/**
 * Does [start, end) overlap a linked span? The spans are marked once on a per-character array (a word is tested
 * against its own characters, not against every mention of the article); an empty span (end ≤ start) is tested as before.
 */
function linkedTest(linked: readonly Span[]): (start: number, end: number) => boolean {
  if (!linked.length) return () => false;
  const mask = new Uint8Array(Math.max(0, ...linked.map(([, e]) => e)));
  const empty: Span[] = [];
  for (const [s, e] of linked) {
    if (e <= s) empty.push([s, e]);
    else mask.fill(1, Math.max(0, s), e);
  }
  return (start, end) => {
    for (let i = Math.max(0, start); i < end && i < mask.length; i++) if (mask[i]) return true;
    return empty.some(([s, e]) => start < e && end > s);
  };
}
