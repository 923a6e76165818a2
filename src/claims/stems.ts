import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicon } from '../attribution/lexicon/index.js';
import { parseTsv } from '../attribution/lexicon/tsv.js';
import { boundedMemo } from '../text/memo.js';
import { tokenize } from '../text/tokens.js';
import { PREDICATE_MIN_STEM_CHARS, STEMS_MEMO_LIMIT } from './constants.js';
import { claimsDataFile, keysOf } from './lexicon.js';
import type { ClaimSource } from './types.js';

// The predicate of a statement as words that survive rewording: each content word (not a name, not a function word,
// not a generic predicate of data/lexicons/claims/generic-predicates.tsv) as its root-ish stems. Arabic: clitics off
// (keysOf), an object pronoun then a plural or person ending off (سيعدمونه → سيعدم: a verb inflected for person and
// object meets its bare form), then the weak letters and hamza seats dropped, so that a verb and its
// verbal noun meet (أفرج/الإفراج → فرج, أطلق/إطلاق → طلق, هاجم/هجوم → هجم); a leading م/ت/ن/است is also tried off
// (مقتل → قتل, تطالب → طلب) and a final ت (اعتقلت → عتقل). English: a few inflection suffixes off. Never for display, never for names.

const FILE = join('data', 'lexicons', 'claims', 'generic-predicates.tsv');
/** Object or possessive pronouns, taken off before an ending (يعدمونه → يعدمون). */
const AR_PRONOUN_SUFFIXES = ['ها', 'هم', 'ه'];
/** Plural and person endings of nouns and verbs (يعدمون → يعدم, المعتقلات → المعتقل). */
const AR_SUFFIXES = ['ات', 'ون', 'ين', 'ان'];
const AR_PERFECT_SUFFIX = 'ت';
const AR_WEAK = /[اويىءئؤآأإ]/gu;
const AR_PREFIXES = ['است', 'ست', 'سن', 'س', 'م', 'ت', 'ن'];
const EN_SUFFIXES = ['ings', 'ing', 'ions', 'ion', 'ments', 'ment', 'ed', 'es', 's'];
const ARABIC = /[\u0600-\u06FF]/u;

/** The key without the first of `suffixes` it ends with, when PREDICATE_MIN_STEM_CHARS letters are left. */
function offSuffix(key: string, suffixes: readonly string[]): string {
  const suffix = suffixes.find((s) => key.endsWith(s) && key.length - s.length >= PREDICATE_MIN_STEM_CHARS);
  return suffix ? key.slice(0, -suffix.length) : key;
}

/** The stems of one normalised, clitic-stripped key (none when too short to tell one word from another). */
export function stemsOfKey(key: string): string[] {
  if (!ARABIC.test(key)) {
    const suffix = EN_SUFFIXES.find((s) => key.endsWith(s) && key.length - s.length >= PREDICATE_MIN_STEM_CHARS + 1);
    // A final e goes too, so that `release` meets `released`.
    const stem = (suffix ? key.slice(0, -suffix.length) : key).replace(/e$/u, '');
    return stem.length >= PREDICATE_MIN_STEM_CHARS ? [stem] : [];
  }
  const skeleton = offSuffix(offSuffix(key, AR_PRONOUN_SUFFIXES), AR_SUFFIXES).replace(AR_WEAK, '');
  if (skeleton.length < PREDICATE_MIN_STEM_CHARS) return [];
  const out = [skeleton];
  // A perfect verb's ت (اعتقلت, أفرجت) is tried off too: as an alternative, since many nouns end in ت.
  if (skeleton.endsWith(AR_PERFECT_SUFFIX) && skeleton.length - 1 >= PREDICATE_MIN_STEM_CHARS) out.push(skeleton.slice(0, -1));
  for (const p of AR_PREFIXES) if (skeleton.startsWith(p) && skeleton.length - p.length >= PREDICATE_MIN_STEM_CHARS) out.push(skeleton.slice(p.length));
  return out;
}

/** Every stem of a word as written (each of its clitic forms'), memoised: every echo item's words are stemmed (callers only read them). */
export const stemsOf: (word: string) => readonly string[] = boundedMemo(STEMS_MEMO_LIMIT, stemsOfWord);

function stemsOfWord(word: string): string[] {
  const forms = keysOf(word).map((k) => ({ k, stems: stemsOfKey(k) }));
  // A form with a clitic stands only when no form without it has a stem (وزير stays, as زير has none): the article's
  // ل is no weak letter, so `الاتفاق` would otherwise leave a stem `لتفق` beside `تفق`.
  const kept = forms.filter((f) => !forms.some((g) => g.k !== f.k && f.k.endsWith(g.k) && g.stems.length));
  // A one-letter proclitic read off may have been the word's own first letter (`برنامجا` is no ب + `رنامجا`, while
  // `البرنامج` keeps its ب): the form with that letter adds its stems after the kept ones (the first stays the word's key).
  const lettered = forms.filter((f) => !kept.includes(f) && kept.some((g) => f.k.length === g.k.length + 1 && f.k.endsWith(g.k)));
  return [...new Set([...kept, ...lettered].flatMap((f) => f.stems))];
}

let generic: Set<string> | undefined;

const SYNONYMS_FILE = join('data', 'lexicons', 'claims', 'predicate-synonyms.tsv');
/** The prefix of a synonym cluster's key among a word's stems (no stem starts so: stems are letters). */
export const CLUSTER_KEY_PREFIX = '~';
let synonyms: Map<string, string> | undefined;

/** Parses the predicate-synonym lexicon (cluster, lang, form) into cluster keys by normalised form; a malformed row throws. */
export function parsePredicateSynonyms(tsv: string, file = SYNONYMS_FILE): Map<string, string> {
  const out = new Map<string, string>();
  for (const { line, cells: [cluster, , form] } of parseTsv(tsv, file, ['cluster', 'lang', 'form'], { 1: ['ar', 'en'] })) {
    if (!/^[a-z][a-z-]*$/u.test(cluster)) throw new Error(`${file}:${line}: cluster "${cluster}" is not a kebab-case id`);
    const keys = tokenize(form).map((t) => t.key);
    if (keys.length !== 1) throw new Error(`${file}:${line}: "${form}" is not one word`);
    const known = out.get(keys[0]);
    if (known && known !== `${CLUSTER_KEY_PREFIX}${cluster}`) throw new Error(`${file}:${line}: "${form}" is in cluster ${known.slice(1)} on an earlier line`);
    out.set(keys[0], `${CLUSTER_KEY_PREFIX}${cluster}`);
  }
  return out;
}

/** The shipped synonym clusters, loaded once. */
const synonymKeys = (): Map<string, string> => (synonyms ??= parsePredicateSynonyms(readFileSync(claimsDataFile(SYNONYMS_FILE), 'utf8')));

/** Possessive or object pronouns a listed noun or verb may carry (`معركتنا` our battle, `قتلوه`): tried off. */
const CLUSTER_PRONOUN_SUFFIXES = ['هما', 'ها', 'هم', 'نا', 'كم', 'ه'];
/** The match key of the feminine ending ة, which becomes ت before a pronoun (`معركة` / `معركتنا`). */
const TAA_MARBUTA_KEY = 'ه';

/**
 * The synonym cluster key of a word as written, if any: any of its clitic forms listed, else one with a pronoun
 * ending off (a ت left bare then read as the feminine ending it was).
 */
export function clusterOf(word: string): string | undefined {
  const map = synonymKeys();
  const keys = keysOf(word);
  for (const k of keys) {
    const c = map.get(k);
    if (c) return c;
  }
  for (const k of keys) for (const p of CLUSTER_PRONOUN_SUFFIXES) {
    if (!k.endsWith(p) || k.length - p.length < PREDICATE_MIN_STEM_CHARS) continue;
    const bare = k.slice(0, -p.length);
    const c = map.get(bare) ?? (bare.endsWith(AR_PERFECT_SUFFIX) ? map.get(`${bare.slice(0, -1)}${TAA_MARBUTA_KEY}`) : undefined);
    if (c) return c;
  }
  return undefined;
}

/** Parses the generic-predicate lexicon (form, lang) into the stems it rules out; a malformed row throws with its line. */
export function parseGenericPredicates(tsv: string, file = FILE): Set<string> {
  return new Set(parseTsv(tsv, file, ['form', 'lang'], { 1: ['ar', 'en'] }).flatMap(({ cells: [form] }) => stemsOf(form)));
}

/** Stems of the shipped generic predicates, loaded once. */
export const genericStems = (): Set<string> => (generic ??= parseGenericPredicates(readFileSync(claimsDataFile(FILE), 'utf8')));

/**
 * The predicate stems of text[start, end): per content word outside every entity mention, its stems (none when one is
 * generic) and its synonym cluster's key (`clusterOf`), a word left with neither dropped; one entry per distinct first
 * key, in text order.
 */
export function predicateStems(src: Pick<ClaimSource, 'text' | 'lang' | 'entities'>, start: number, end: number): string[][] {
  const words = lexicon(src.lang === 'ar' ? 'ar' : 'en').words;
  const mentions = src.entities.flatMap((e) => e.mentions.filter((m) => m.end > start && m.start < end));
  const skip = genericStems();
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const t of tokenize(src.text, start, end)) {
    if (words.has(t.key) || /^\d/u.test(t.key) || mentions.some((m) => t.start < m.end && t.end > m.start)) continue;
    const stems = stemsOf(t.text);
    if (stems.some((s) => skip.has(s))) continue;
    // A synonym cluster (predicate-synonyms.tsv) is one more key; it keeps a word whose stem is too short to count.
    const cluster = clusterOf(t.text);
    const word = cluster ? [...stems, cluster] : [...stems];
    if (!word.length || seen.has(word[0])) continue;
    seen.add(word[0]);
    out.push(word);
  }
  return out;
}

/** How many of `a`'s predicate words have a stem among `b`'s. */
export function sharedPredicates(a: readonly (readonly string[])[], b: ReadonlySet<string>): number {
  return a.filter((w) => w.some((s) => b.has(s))).length;
}

