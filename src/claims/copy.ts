import {
  COPY_ANY_SPEAKER_MIN_COVERAGE, COPY_MIN_COVERAGE, COPY_MIN_WORDS, COPY_SKETCH_KEYS, COPY_WINDOW_DAYS, HEADLINE_MIN_PREDICATES, HEADLINE_MIN_SHARE,
} from './constants.js';
import { isCanonical } from './frame.js';
import { wordsOf } from './similarity.js';
import { sharedPredicates } from './stems.js';
import type { Member } from './types.js';

// Two echo rules that need no anchor (echo.ts `echoOf`), as a sentence that names no gazetteer entity and no number
// (`لم أرسل أو أتلق معلومات سرية…`, `انتهاء الخطر الفعلي لمتلازمة…`) is still one proposition when:
// - `copy`: another outlet reprints it — nearly the same content words both ways, by an unlinked speaker;
// - `headline`: the article's own headline states what its body then attributes to the same speaker (`كيري: دول
//   الخليج ستتصدى…` above `قال وزير الخارجية الأمريكي جون كيري إن…`) — the same predicate stems.

/** What the rules read of an echo item (echo.ts EchoItem). */
export interface CopyItem {
  member: Member;
  /** Canonical content entities, sorted. */
  entities: readonly string[];
  words: readonly (readonly string[])[];
  wordKeys: ReadonlySet<string>;
  stems: readonly (readonly string[])[];
  stemKeys: ReadonlySet<string>;
  /** Its content lies in the article's title. */
  headline: boolean;
}

/** Is the speaker linked to a gazetteer entity? */
const linked = (m: Member) => Boolean(m.speaker.entity) && isCanonical(m.speakerKey);

/**
 * Do two statements have one speaker: the same key (linked entity or normalised text), or, when neither is linked to
 * another entity, the words of the shorter speaker text all in the longer's (`كيري` in `وزير الخارجية الأمريكي جون
 * كيري`, `ابو مالك` in `ابو مالك الشامي`) — a headline names the speaker short.
 */
export function speakersAgree(a: Member, b: Member): boolean {
  if (a.speakerKey === b.speakerKey) return true;
  if (linked(a) && linked(b)) return false;
  const [short, long] = [wordsOf(a.speaker.text), wordsOf(b.speaker.text)].sort((x, y) => x.length - y.length);
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** Can the statement be a copy of another (copyOf): enough content words and no linked speaker, whatever the other. */
export const mayCopy = (a: CopyItem): boolean => a.words.length >= COPY_MIN_WORDS && !linked(a.member);

/** Share (0..1) of `a`'s content words with a key among `b`'s. */
const covered = (a: CopyItem, b: CopyItem) => a.words.filter((w) => w.some((k) => b.wordKeys.has(k))).length / a.words.length;

/**
 * The copy score (0..1: the lower of the two coverages) of two statements of one language `days` apart; undefined when
 * they are not copies:
 * - further apart than COPY_WINDOW_DAYS, or the shorter under COPY_MIN_WORDS content words;
 * - `linked`: either speaker linked to an entity — an official's reprinted communiqué is as often pledges and praise
 *   (R3 of the gold: claims-real's ministry and vice-president releases); the anchored rules of echo.ts decide those;
 * - `call`: a demand, with no content entity both name (a general call, R3);
 * - covered under COPY_MIN_COVERAGE when the speakers agree, else under COPY_ANY_SPEAKER_MIN_COVERAGE.
 */
export function copyOf(a: CopyItem, b: CopyItem, days: number): number | undefined {
  if (days > COPY_WINDOW_DAYS || Math.min(a.words.length, b.words.length) < COPY_MIN_WORDS) return undefined;
  if (linked(a.member) || linked(b.member)) return undefined;
  // A demand naming no one both name is a general call (`calls on donors to do more`: R3 of the gold), not a proposition.
  if ((a.member.stance === 'demand' || b.member.stance === 'demand') && !a.entities.some((e) => b.entities.includes(e))) return undefined;
  // Under the lower bar one way, no copy whatever the other way and the speakers: the other is not computed.
  const ab = covered(a, b);
  if (ab < Math.min(COPY_MIN_COVERAGE, COPY_ANY_SPEAKER_MIN_COVERAGE)) return undefined;
  const score = Math.min(ab, covered(b, a));
  return score >= (speakersAgree(a.member, b.member) ? COPY_MIN_COVERAGE : COPY_ANY_SPEAKER_MIN_COVERAGE) ? score : undefined;
}

/**
 * The headline score (0..1: the share of the headline's predicate words the body statement has) of two statements
 * of one article, one in its title; undefined when not a restatement: neither or both in the title, speakers that
 * disagree, each naming a canonical entity the other does not, or fewer than HEADLINE_MIN_PREDICATES predicate words
 * shared (from the side that shares fewer) or under HEADLINE_MIN_SHARE of the headline's.
 */
export function headlineOf(a: CopyItem, b: CopyItem): number | undefined {
  if (a.member.articleId !== b.member.articleId || a.headline === b.headline) return undefined;
  if (!speakersAgree(a.member, b.member)) return undefined;
  if (a.entities.some((e) => !b.entities.includes(e)) && b.entities.some((e) => !a.entities.includes(e))) return undefined;
  const [head, body] = a.headline ? [a, b] : [b, a];
  const shared = Math.min(sharedPredicates(head.stems, body.stemKeys), sharedPredicates(body.stems, head.stemKeys));
  if (!head.stems.length || shared < HEADLINE_MIN_PREDICATES || shared < HEADLINE_MIN_SHARE * head.stems.length) return undefined;
  return shared / head.stems.length;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable key for a word pair. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The sketch keys a statement is looked up by for copies (`c:` and a hash): the COPY_SKETCH_KEYS smallest hashes of its
 * consecutive content-word pairs, each word as its shortest key (clitics off: `بالبريد` and `البريد` meet).
 */
export function sketchKeys(words: readonly (readonly string[])[]): string[] {
  const bare = words.map((w) => [...w].sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0))[0]);
  const hashes = new Set<string>();
  for (let i = 1; i < bare.length; i++) hashes.add(fnv1a(`${bare[i - 1]} ${bare[i]}`));
  return [...hashes].sort().slice(0, COPY_SKETCH_KEYS).map((h) => `c:${h}`);
}
