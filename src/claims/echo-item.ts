import { ECHO_MIN_ANCHORS, ECHO_MIN_WORDS } from './constants-echo.js';
import { evaluativeKind } from './evaluative.js';
import { grouped, mayCopy, sketchKeys } from './copy.js';
import { isCanonical } from './frame.js';
import { quantitiesOf } from './numbers.js';
import { nameSkeletons } from './cross-names.js';
import { contentWords } from './restatement.js';
import { predicateStems } from './stems.js';
import { rareLookupKeys } from './rare-words.js';
import { speakerLookupKey } from './speaker-restatement.js';
import type { Member } from './types.js';

// An echo item: a statement as echo matching reads it (echo.ts) — what it is about (canonical entities, quantities,
// the speaker's entity), its words and predicate stems read when first asked for, and whether it may echo at all.

/** A concept-less statement as echo matching reads it. */
export interface EchoItem {
  member: Member;
  /** Canonical entities of the content (member.entities) and, for a denial or doubt, its speaker's (`deniedBy`), sorted. */
  entities: string[];
  /** Quantities of the content (numbers.ts), ascending. */
  quantities: number[];
  /**
   * The speaker's canonical entity (lifted), when linked, else the one it speaks for (Member `side`): one more anchor
   * when both statements have the same.
   */
  speaker?: string;
  /** Content words of the content (restatement.ts), each as its clitic-stripped keys: computed once, compared often. */
  words: readonly string[][];
  /** Every key of `words`. */
  wordKeys: Set<string>;
  /** Predicate words of the content (stems.ts `predicateStems`: names, function words and generic predicates left out). */
  stems: readonly string[][];
  /** Every stem of `stems`. */
  stemKeys: Set<string>;
  /** Its content lies in its article's title (copy.ts `headlineOf`); false for a pool statement of another article. */
  headline: boolean;
  /** It is its article's lead, the first body statement that may join a group (lead.ts `leadOf`); read only within its article. */
  lead?: boolean;
  /**
   * It carries another statement or is nested in one (frame.ts `carrier`, `inner`): it echoes only another article's
   * copy of it (echo-match.ts `nestedCopyOf`), joins only a claim, and waits in no pool. Read only within its article.
   */
  nested?: boolean;
  /** Reported as an allegation (allegation.ts); read only within its article, so never stored. */
  alleges?: boolean;
  /** Its content opens with a reference to allegations (allegation.ts); read only within its article. */
  refers?: boolean;
  /** Whom the allegations it refers to are against, when it names them (allegation.ts `accusedIn`); read only within its article. */
  accused?: string;
  /** The country its speaker stands for, when linked to a listed entity (allegation.ts `countryOfSpeaker`); read only within its article. */
  speaksFor?: string;
  /** Its content goes on the sentence of the statement before it (continuation.ts `coordinated`); read only within its article. */
  coordinated?: boolean;
  /** Its content follows the statement before it with only a cue between (continuation.ts `follows`); read only within its article. */
  follows?: boolean;
  /** Its content qualifies the statement before it after a contrast (continuation.ts `contrasted`); read only within its article. */
  contrasted?: boolean;
  /**
   * Its content evaluates (evaluative.ts) and no concept group took it (copy.ts `grouped`): it echoes only a statement
   * one took, before or after it (echo-place.ts `adopted`). Read from the member, so the same for a pool row.
   */
  evaluates?: boolean;
}

/**
 * The entity a denial or doubt speaks for, counted among what its content is about: who denies a proposition is most
 * often who it accuses (`نفت طهران إرسال أسلحة` answers `أرسلت إيران أسلحة`), named as the speaker, not in the content.
 */
function deniedBy(m: Member): string[] {
  if (m.position === 'for') return [];
  const own = m.speaker.entity && isCanonical(m.speakerKey) ? m.speakerKey : m.side;
  return own ? [own] : [];
}

/**
 * The statement as an echo item: its entities and quantities, read from the member alone (the store keeps members).
 * Its words are read when first asked for (a candidate turned away by its window, numbers or anchors never needs
 * them), by `wordsOf`: the store passes the words it kept with the member rather than analyse the content again.
 * Its predicate stems likewise, by `stemsOf` (echoItemsOf reads them from the article, names left out; from the
 * content alone, names stay in).
 */
export function echoItemOf(member: Member, wordsOf: () => string[][] = () => contentWords(member.content, member.lang).map((w) => [...w]),
  stemsOf: () => string[][] = () => predicateStems({ text: member.content, lang: member.lang, entities: [] }, 0, member.content.length), headline = false,
  roles: Pick<EchoItem, 'nested' | 'alleges' | 'refers' | 'accused' | 'speaksFor' | 'evaluates' | 'coordinated' | 'lead' | 'follows' | 'contrasted'> = {}): EchoItem {
  let words: string[][] | undefined, wordKeys: Set<string> | undefined, stems: string[][] | undefined, stemKeys: Set<string> | undefined;
  return {
    member,
    ...(roles.nested ? { nested: true } : {}),
    ...(roles.alleges ? { alleges: true } : {}),
    ...(roles.refers ? { refers: true } : {}),
    ...(roles.accused ? { accused: roles.accused } : {}),
    ...(roles.speaksFor ? { speaksFor: roles.speaksFor } : {}),
    ...(roles.coordinated ? { coordinated: true } : {}),
    ...(roles.lead ? { lead: true } : {}),
    ...(roles.follows ? { follows: true } : {}),
    ...(roles.contrasted ? { contrasted: true } : {}),
    ...((roles.evaluates ?? (!grouped(member) && evaluativeKind(member.content, member.lang) !== undefined)) ? { evaluates: true } : {}),
    entities: [...new Set([...member.entities.filter(isCanonical), ...deniedBy(member)])].sort(),
    quantities: [...quantitiesOf(member.content)].sort((a, b) => a - b),
    ...(member.speaker.entity && isCanonical(member.speakerKey) ? { speaker: member.speakerKey } : member.side ? { speaker: member.side } : {}),
    headline,
    get words() {
      return (words ??= wordsOf());
    },
    get wordKeys() {
      return (wordKeys ??= new Set(this.words.flat()));
    },
    get stems() {
      return (stems ??= stemsOf());
    },
    get stemKeys() {
      return (stemKeys ??= new Set(this.stems.flat()));
    },
  };
}

/** A statement's anchor keys: its content entities and quantities (`n:1279`); every anchored echo shares one. */
export const echoKeys = (it: EchoItem): string[] => [...it.entities, ...it.quantities.map((n) => `n:${n}`)];

/**
 * What echoOf reads of an item again for every candidate pair, computed once: items are never changed, and a pool
 * statement is compared with many later ones.
 */
interface Derived {
  /** echoKeys(it).length */
  keys: number;
  /** Date.parse of its date (milliseconds). */
  time: number;
  /** echoable(it) */
  echoable: boolean;
}
const derivedOf = new WeakMap<EchoItem, Derived>();

/** Skeletons of the words of an item's content that may be names (cross-names.ts), read only across languages, once. */
const namesOf = new WeakMap<EchoItem, { lang: Member['lang']; names: Set<string> }>();
/** The item's name skeletons (namesOf), read when first asked for. */
export function names(it: EchoItem): { lang: Member['lang']; names: Set<string> } {
  let n = namesOf.get(it);
  if (!n) namesOf.set(it, (n = { lang: it.member.lang, names: nameSkeletons(it.member.content, it.member.lang) }));
  return n;
}
/** The item's Derived values, computed once. */
export function derived(it: EchoItem): Derived {
  let d = derivedOf.get(it);
  if (!d) {
    const keys = it.entities.length + it.quantities.length;
    d = { keys, time: Date.parse(it.member.date), echoable: keys > 0 && anchorsOf(it) >= ECHO_MIN_ANCHORS && it.words.length >= ECHO_MIN_WORDS };
    derivedOf.set(it, d);
  }
  return d;
}

/**
 * Keys a statement is looked up by in the pool: its anchor keys, its linked speaker's (speaker-restatement.ts), its
 * rarest predicate stems (rare-words.ts), and its copy sketch (copy.ts `sketchKeys`) when it may be a copy (a copy
 * needs both to be: the store keeps no sketch of the others); every echo shares one.
 */
export function lookupKeys(it: EchoItem): string[] {
  let keys = lookupKeysOf.get(it);
  if (!keys) lookupKeysOf.set(it, (keys = [...anchorLookupKeys(it), ...rareLookupKeys(it)]));
  return keys;
}

/** lookupKeys but the rare-stem ones: the keys every echo but one by rare words alone shares. */
export function anchorLookupKeys(it: EchoItem): string[] {
  let keys = anchorLookupKeysOf.get(it);
  if (!keys) anchorLookupKeysOf.set(it, (keys = [...echoKeys(it), ...speakerLookupKey(it), ...(mayCopy(it) ? sketchKeys(it.words) : [])]));
  return keys;
}
const anchorLookupKeysOf = new WeakMap<EchoItem, string[]>();

/**
 * Do two items share a lookup key but a rare-stem one (anchorLookupKeys)? Only then may the rules before rare words
 * join them: a pair the rare keys alone brought together (shortlist) is the rare-words rule's to judge, as before
 * those keys no rule saw it.
 */
export function shareAnchorKey(a: EchoItem, b: EchoItem): boolean {
  const keys = new Set(anchorLookupKeys(b));
  return anchorLookupKeys(a).some((k) => keys.has(k));
}
/** Items are never changed: their keys are computed once (a pool statement is shortlisted by many later ones). */
const lookupKeysOf = new WeakMap<EchoItem, string[]>();

/** Distinct anchors of a statement: its keys, and its speaker's entity. */
const anchorsOf = (it: EchoItem) => new Set([...echoKeys(it), ...(it.speaker ? [it.speaker] : [])]).size;

/**
 * Can the statement echo another at all: enough content words, a key, and ECHO_MIN_ANCHORS anchors (its speaker's
 * entity counts) — a sentence about nothing nameable (`the situation is stable`) matches too many others.
 */
export function echoable(it: EchoItem): boolean {
  return derived(it).echoable;
}

/**
 * May the statement echo one of another article (echoOf): only as a copy (copy.ts `mayCopy`), when `echoable`, or by
 * its rare words (rare-words.ts: it has a rare-stem key). One that may not is compared with its own article's
 * statements alone (`headline`): the pool need not be read for it.
 */
export function echoesOthers(it: EchoItem): boolean {
  return echoable(it) || mayCopy(it) || rareLookupKeys(it).length > 0;
}
