import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTsv } from '../attribution/lexicon/tsv.js';
import {
  RARE_WORDS_MAX_KEYS, RARE_WORDS_MIN_PHRASES, RARE_WORDS_MIN_SHARE, RARE_WORDS_MIN_SHARED, RARE_WORDS_MIN_SHARED_OTHER_SPEAKER, RARE_WORDS_MIN_SHARE_SPEAKER_ONLY, RARE_WORDS_WINDOW_DAYS,
} from './constants-rare.js';
import { appealsForMore } from './general-appeal.js';
import { ECHO_MIN_WORDS } from './constants-echo.js';
import { isCanonical } from './frame.js';
import { claimsDataFile } from './lexicon.js';
import { CLUSTER_KEY_PREFIX, sharedPredicates, stemsOf, stemsOfKey } from './stems.js';
import { LINKED_SPEAKER } from './speaker-restatement.js';
import type { Member } from './types.js';

// Rare words: one proposition told by two outlets within a day in words of their own, sharing no entity, quantity or
// linked speaker the echo anchors read (`cod quota in the northern fjords halved next season` / `boats in the northern
// fjords may land little cod next season`):
// what anchors them is the uncommon words both keep — and a phrase of two of them side by side — where words every
// report of the story uses (data/lexicons/claims/common-words.tsv: `الاتفاق`, `المنطقة`) prove nothing.

const FILE = join('data', 'lexicons', 'claims', 'common-words.tsv');
/** Is the speaker linked to a canonical entity (copy.ts reads it so too)? */
const linked = (it: RareWordsItem) => Boolean(it.member.speaker.entity) && isCanonical(it.member.speakerKey);
/** A question mark, Arabic or Latin. */
const QUESTION = /[?\u061F]/u;
/** The pool lookup key prefix of a rare stem (echo-item.ts `lookupKeys`): `r:تقسم`. */
const KEY_PREFIX = 'r:';

/** What rareWordsOf reads of an echo item (echo-item.ts EchoItem). */
export interface RareWordsItem {
  member: Pick<Member, 'articleId' | 'lang' | 'stance' | 'content' | 'speaker' | 'speakerKey'>;
  /** Canonical content entities, sorted. */
  entities: readonly string[];
  /** The speaker's canonical entity, or the one it speaks for (echo-item.ts). */
  speaker?: string;
  /** Content words, each as its clitic-stripped keys (restatement.ts `contentWords`). */
  words: readonly (readonly string[])[];
  stems: readonly (readonly string[])[];
  stemKeys: ReadonlySet<string>;
}

/** Parses the common-word lexicon (form, lang, articles) into the first stems it rules out; a malformed row throws with its line. */
export function parseCommonWords(tsv: string, file = FILE): Set<string> {
  const out = new Set<string>();
  for (const { line, cells: [form, , articles] } of parseTsv(tsv, file, ['form', 'lang', 'articles'], { 1: ['ar', 'en'] })) {
    if (articles !== '-' && !/^\d+$/u.test(articles)) throw new Error(`${file}:${line}: articles "${articles}" is not a count or -`);
    const stem = stemsOf(form)[0];
    if (!stem) throw new Error(`${file}:${line}: "${form}" has no predicate stem`);
    out.add(stem);
  }
  return out;
}

let common: Set<string> | undefined;
/** First stems of the shipped common words, loaded once. */
const commonStems = (): Set<string> => (common ??= parseCommonWords(readFileSync(claimsDataFile(FILE), 'utf8')));

/** Is a predicate word (its stems, stems.ts) uncommon: its first stem a word's own, not listed common? */
const uncommon = (w: readonly string[]): boolean => !w[0].startsWith(CLUSTER_KEY_PREFIX) && !commonStems().has(w[0]);

/**
 * The uncommon stems of a statement's content words (restatement.ts `contentWords`: read from the content alone, so that
 * a pool row's member gives the keys its article gave), each word as its shortest clitic-stripped key's first stem,
 * longest first (ties by stem): a longer stem is a more particular word.
 */
function rareStems(words: readonly (readonly string[])[]): string[] {
  const stems = words.map((w) => stemsOfKey([...w].sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0))[0])[0])
    .filter((st): st is string => st !== undefined && !commonStems().has(st));
  return [...new Set(stems)].sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
}

/** Memo of rareLookupKeys: items are never changed, and a pool statement's keys are read by many later ones. */
const keysOf = new WeakMap<object, string[]>();

/**
 * The rare-stem lookup keys of an item (echo-item.ts `lookupKeys`): its RARE_WORDS_MAX_KEYS longest uncommon stems;
 * none under ECHO_MIN_WORDS content words (a few words meet too many other statements, as echo-item.ts `echoable`).
 */
export function rareLookupKeys(it: Pick<RareWordsItem, 'words'>): string[] {
  let keys = keysOf.get(it);
  if (!keys) keysOf.set(it, (keys = it.words.length < ECHO_MIN_WORDS ? [] : rareStems(it.words).slice(0, RARE_WORDS_MAX_KEYS).map((st) => `${KEY_PREFIX}${st}`)));
  return keys;
}

/** How many of `a`'s uncommon predicate words have a stem among `b`'s. */
const sharedRare = (a: RareWordsItem, b: RareWordsItem) => a.stems.filter((w) => uncommon(w) && w.some((s) => b.stemKeys.has(s))).length;

/** How many pairs of words next to each other in `a`'s predicate are next to each other in `b`'s too. */
function sharedPhrases(a: RareWordsItem, b: RareWordsItem): number {
  const meet = (x: readonly string[], y: readonly string[]) => x.some((s) => y.includes(s));
  let n = 0;
  for (let i = 0; i + 1 < a.stems.length; i++) {
    if (b.stems.some((w, j) => j + 1 < b.stems.length && meet(a.stems[i], w) && meet(a.stems[i + 1], b.stems[j + 1]))) n++;
  }
  return n;
}

/**
 * The score (uncommon words shared) when `a` and `b`, of two articles in one language `days` apart, restate one
 * proposition in words of their own; undefined when they do not:
 * - RARE_WORDS_WINDOW_DAYS apart or more;
 * - `entities`: each names a canonical entity the other does not (as paraphrase.ts: the actors differ), two linked
 *   speakers differ, or they share neither a content entity nor the speaker's: words alone, however rare, meet in two
 *   stories by chance;
 * - `call`: either a demand asking for more of something (general-appeal.ts), a general call (R3), or a question;
 * - no rare lookup key shared (rareLookupKeys: the store finds candidates by their keys alone);
 * - fewer than RARE_WORDS_MIN_SHARED uncommon words shared (RARE_WORDS_MIN_SHARED_OTHER_SPEAKER when only an entity
 *   is shared, not the speaker), under RARE_WORDS_MIN_SHARE of the longer predicate (RARE_WORDS_MIN_SHARE_SPEAKER_ONLY
 *   when only the speaker is: one person's many points on one day share words), or
 *   fewer than RARE_WORDS_MIN_PHRASES phrases.
 * The caller (echo-match.ts) has checked that their figures agree and that neither only evaluates.
 */
export function rareWordsOf(a: RareWordsItem, b: RareWordsItem, days: number): number | undefined {
  if (a.member.articleId === b.member.articleId || a.member.lang !== b.member.lang || days >= RARE_WORDS_WINDOW_DAYS) return undefined;
  if (a.entities.some((e) => !b.entities.includes(e)) && b.entities.some((e) => !a.entities.includes(e))) return undefined;
  // Two linked speakers that differ are two sources' words, however alike (as copy.ts `copyOf`).
  if (linked(a) && linked(b) && a.member.speakerKey !== b.member.speakerKey) return undefined;
  // The same linked person or body (a country speaks through too many officials to tell their points apart by words).
  const sameSpeaker = Boolean(a.member.speaker.entity) && LINKED_SPEAKER.test(a.member.speakerKey) && a.member.speakerKey === b.member.speakerKey;
  const sharedEntity = a.entities.some((e) => b.entities.includes(e));
  if (!sameSpeaker && !sharedEntity) return undefined;
  // A demand for more of something (`ببذل المزيد من الدعم`) is a general call, no proposition (R3; copy.ts `generalCall`).
  if ([a, b].some((x) => x.member.stance === 'demand' && appealsForMore(x.member.content, x.member.lang))) return undefined;
  // A question (`هل سيكون جيدا للفيفا؟`) asks rather than states: its words are a verdict's, not a proposition's.
  if ([a, b].some((x) => QUESTION.test(x.member.content))) return undefined;
  const keys = new Set(rareLookupKeys(b));
  if (!rareLookupKeys(a).some((k) => keys.has(k))) return undefined;
  const rare = Math.min(sharedRare(a, b), sharedRare(b, a));
  if (rare < (sameSpeaker ? RARE_WORDS_MIN_SHARED : RARE_WORDS_MIN_SHARED_OTHER_SPEAKER)) return undefined;
  const shared = Math.min(sharedPredicates(a.stems, b.stemKeys), sharedPredicates(b.stems, a.stemKeys));
  if (shared < (sharedEntity ? RARE_WORDS_MIN_SHARE : RARE_WORDS_MIN_SHARE_SPEAKER_ONLY) * Math.max(a.stems.length, b.stems.length)) return undefined;
  return Math.min(sharedPhrases(a, b), sharedPhrases(b, a)) >= RARE_WORDS_MIN_PHRASES ? rare : undefined;
}
