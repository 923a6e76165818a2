import {
  COPY_ANY_SPEAKER_LONG_MIN_WORDS, COPY_ANY_SPEAKER_MIN_COVERAGE, COPY_MIN_COVERAGE, COPY_MIN_WORDS, COPY_SKETCH_KEYS, COPY_VERBATIM_MIN_WORDS, COPY_WINDOW_DAYS, PART_MIN_WORDS,
} from './constants-copy.js';
import { HEADLINE_MIN_PREDICATES, HEADLINE_MIN_SHARE, HEADLINE_QUOTE_MIN_WORDS } from './constants-title.js';
import { evaluativeKind } from './evaluative.js';
import { appealsForMore } from './general-appeal.js';
import { isCanonical } from './frame.js';
import { wordsOf } from './similarity.js';
import { namesAgree, officeOfCountry } from './speaker-names.js';
import { sharedPredicates } from './stems.js';
import type { JoinRule, Member } from './types.js';

// Echo rules that need no anchor (echo.ts `echoOf`), as a sentence that names no gazetteer entity and no number
// (`لم أرسل أو أتلق معلومات سرية…`, `انتهاء الخطر الفعلي لمتلازمة…`) is still one proposition when:
// - `copy`: another outlet reprints it — nearly the same content words both ways, by speakers that agree (or two
//   unlinked ones), and no evaluation (evaluative.ts, R3: an official's reprinted release is as often praise as fact);
// - `headline`: the article's own headline states what its body then attributes to the same speaker (`كيري: دول
//   الخليج ستتصدى…` above `قال وزير الخارجية الأمريكي جون كيري إن…`) — the same predicate stems;
// - `piece`: the extractor read one sentence of a speaker twice in an article, once whole and once in part (`الخاطفين
//   يطالبون بانسحاب …` and, nested in it, the demand `بانسحاب …`): the part's words lie in the whole, in order.

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

/**
 * Is the speaker linked to a gazetteer entity that names who speaks? Not an office of a country (`نقيب أطباء تونس`, `وزير
 * خارجية تونس`) the extractor linked to the country (speaker-names.ts `officeOfCountry`): another outlet names the same
 * official otherwise (`نقيب الأطباء`), and the country does not say who of its officials spoke.
 */
const linked = (m: Member) => Boolean(m.speaker.entity) && isCanonical(m.speakerKey) && !officeOfCountry(m.speaker);

/**
 * Do two statements have one speaker: the same key (linked entity or normalised text), or, when neither is linked to
 * another entity, the words of the shorter speaker text all in the longer's (`كيري` in `وزير الخارجية الأمريكي جون
 * كيري`, `ابو مالك` in `ابو مالك الشامي`) — a headline names the speaker short — each as written or by its consonant
 * skeleton (speaker-names.ts: `هيومان رايتس` in `هيومن رايتس ووتش`).
 */
export function speakersAgree(a: Member, b: Member): boolean {
  if (a.speakerKey === b.speakerKey) return true;
  if (linked(a) && linked(b)) return false;
  return namesAgree(a.speaker.text, b.speaker.text);
}

/**
 * Does the statement evaluate (evaluative.ts: praise, pledges, condolences, welcomes, characterisations)? Such sentences
 * are reprinted word for word as often as facts — officials' releases above all (claims-real's ministry and
 * vice-president releases) — and join no claim (R3). echo.ts leaves them out of the pool; pool rows stored before may
 * hold some.
 */
const evaluates = (m: Member) => !grouped(m) && evaluativeKind(m.content, m.lang) !== undefined;

/**
 * Did an article's concept group take the statement (echo.ts `groupedItemsOf`)? The event lexicon read a proposition in
 * it, whatever characterisation it also carries (`يمثلون أمام المحكمة بتهمة جرائم حرب`): it evaluates nothing here.
 */
export const grouped = (m: Member): boolean => GROUP_RULES.has(m.rule);
/** The rules of group.ts: a statement an article's concept group took. */
const GROUP_RULES: ReadonlySet<JoinRule> = new Set(['concept-entities', 'concept-in-article', 'concept-speaker', 'detail', 'anaphora', 'continuation', 'restatement']);

/**
 * Can the statement be a copy of another (copyOf): enough content words. One that evaluates may still be the copy of a
 * statement a concept group took (copyOf), so it is looked up by its sketch too.
 */
export const mayCopy = (a: CopyItem): boolean => a.words.length >= COPY_VERBATIM_MIN_WORDS;

/** The match key of the feminine ending ة (matchKey folds ة → ه). */
const TAA_MARBUTA_KEY = 'ه';
/** Letters a key keeps once its feminine ending is off (`دوليه` → `دولي`; `وجه` stays). */
const AGREEMENT_MIN_STEM = 3;
/**
 * A key without its feminine ending: a reprint that changes a noun changes its adjectives' agreement (`الصعيد الوطني
 * والدولي` / `الصعد الوطنية والدولية`), which is the same wording.
 */
const agreementFree = (k: string) => (k.endsWith(TAA_MARBUTA_KEY) && k.length > AGREEMENT_MIN_STEM ? k.slice(0, -1) : k);
const looseKeysOf = new WeakMap<CopyItem, Set<string>>();
/** `b`'s word keys without their feminine endings, computed once (items are never changed). */
function looseKeys(b: CopyItem): Set<string> {
  let keys = looseKeysOf.get(b);
  if (!keys) looseKeysOf.set(b, (keys = new Set([...b.wordKeys].map(agreementFree))));
  return keys;
}

/** Share (0..1) of `a`'s content words with a key among `b`'s, feminine endings aside. */
const covered = (a: CopyItem, b: CopyItem) => a.words.filter((w) => w.some((k) => b.wordKeys.has(k) || looseKeys(b).has(agreementFree(k)))).length / a.words.length;

/** Do two content words share a key, feminine endings aside? */
const sameWord = (w: readonly string[], v: readonly string[]) => w.some((k) => v.includes(k) || v.some((x) => agreementFree(x) === agreementFree(k)));

/** Are all of `part`'s content words among `whole`'s, in the same order (words may stand between them)? */
function inOrder(part: CopyItem, whole: CopyItem): boolean {
  let j = 0;
  for (const w of part.words) {
    while (j < whole.words.length && !sameWord(w, whole.words[j])) j++;
    if (j++ >= whole.words.length) return false;
  }
  return true;
}

/**
 * A demand asking for more of something (general-appeal.ts) and naming no one both name is a general call (`calls on
 * donors to do more`: R3 of the gold), not a proposition. One asking for a named act is specific, whoever it names
 * (`asked the military officials in Tripoli for help restoring order`, claims-dev4; a congress to elect a president,
 * claims-dev5): any demand naming no one both name was refused before session 9.
 */
const generalCall = (a: CopyItem, b: CopyItem) => [a, b].some((x) => x.member.stance === 'demand' && appealsForMore(x.member.content, x.member.lang))
  && !a.entities.some((e) => b.entities.includes(e));

/**
 * The copy score (0..1: the lower of the two coverages) of two statements of one language `days` apart; undefined when
 * they are not copies:
 * - further apart than COPY_WINDOW_DAYS, or the shorter under COPY_VERBATIM_MIN_WORDS content words — under
 *   COPY_MIN_WORDS, a copy only verbatim (every content word of each in the other) by speakers that agree;
 * - `evaluation`: either content evaluates (evaluative.ts, R3), and the other is no statement a concept group took;
 * - `linked`: either speaker linked to an entity, and the speakers disagree (two officials' sentences alike are the
 *   anchored rules' to judge);
 * - `call`: a demand asking for more of something (general-appeal.ts), with no content entity both name (a general
 *   call, R3);
 * - covered under COPY_MIN_COVERAGE when the speakers agree, else under COPY_ANY_SPEAKER_MIN_COVERAGE.
 */
export function copyOf(a: CopyItem, b: CopyItem, days: number): number | undefined {
  const fewest = Math.min(a.words.length, b.words.length);
  if (days > COPY_WINDOW_DAYS || fewest < COPY_VERBATIM_MIN_WORDS) return undefined;
  if ((evaluates(a.member) && !grouped(b.member)) || (evaluates(b.member) && !grouped(a.member))) return undefined;
  // A long sentence reprinted nearly word for word (COPY_ANY_SPEAKER_LONG_MIN_WORDS) is one proposition whoever each
  // outlet gives it to (R5: judged on the content): one outlet's `the ministry` is another's minister or country.
  const long = fewest >= COPY_ANY_SPEAKER_LONG_MIN_WORDS;
  if (!long && (linked(a.member) || linked(b.member)) && !speakersAgree(a.member, b.member)) return undefined;
  if (generalCall(a, b)) return undefined;
  // Under the lower bar one way, no copy whatever the other way and the speakers: the other is not computed.
  const ab = covered(a, b);
  if (ab < Math.min(COPY_MIN_COVERAGE, COPY_ANY_SPEAKER_MIN_COVERAGE)) return undefined;
  const score = Math.min(ab, covered(b, a));
  const agree = speakersAgree(a.member, b.member);
  // A short one only verbatim, by speakers that agree (COPY_VERBATIM_MIN_WORDS).
  if (fewest < COPY_MIN_WORDS) return agree && score === 1 ? score : undefined;
  return score >= (agree ? COPY_MIN_COVERAGE : COPY_ANY_SPEAKER_MIN_COVERAGE) ? score : undefined;
}

/**
 * The headline score (0..1: the share of the headline's predicate words the body statement has) of two statements
 * of one article, one in its title; undefined when not a restatement: neither or both in the title, speakers that
 * disagree, each naming a canonical entity the other does not, or fewer than HEADLINE_MIN_PREDICATES predicate words
 * shared (from the side that shares fewer) or under HEADLINE_MIN_SHARE of the headline's — unless the two share a run
 * of HEADLINE_QUOTE_MIN_WORDS words as written (the headline quoting the body's quotation; then the run's share of the
 * headline's words).
 */
export function headlineOf(a: CopyItem, b: CopyItem): number | undefined {
  if (a.member.articleId !== b.member.articleId || a.headline === b.headline) return undefined;
  if (!speakersAgree(a.member, b.member)) return undefined;
  if (a.entities.some((e) => !b.entities.includes(e)) && b.entities.some((e) => !a.entities.includes(e))) return undefined;
  const [head, body] = a.headline ? [a, b] : [b, a];
  const shared = Math.min(sharedPredicates(head.stems, body.stemKeys), sharedPredicates(body.stems, head.stemKeys));
  if (head.stems.length && shared >= HEADLINE_MIN_PREDICATES && shared >= HEADLINE_MIN_SHARE * head.stems.length) return shared / head.stems.length;
  // The headline quotes the speaker's words the body quotes too (`لم أرسل أو أتلق …` above `… "لم أرسل أو أتلق أي شيء
  // سري"`): a run of HEADLINE_QUOTE_MIN_WORDS words as written, whatever else each adds.
  const run = longestRun(wordsOf(head.member.content), wordsOf(body.member.content));
  return run >= HEADLINE_QUOTE_MIN_WORDS ? run / wordsOf(head.member.content).length : undefined;
}

/** The most words in a row two token lists share. */
function longestRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) {
    let k = 0;
    while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
    if (k > best) best = k;
  }
  return best;
}

/**
 * The piece score (1) of two statements of one article, the content of one lying whole in the other's, by speakers that
 * agree; undefined when not: another article, the part under COPY_MIN_WORDS content words (a short part states nothing
 * of its own, R4), the same length (two statements of one article alike are the headline rule's), or not contained.
 * Fragments (fragment.ts) and pieces with a speaker of their own inside the whole (frame.ts `inner`) are no echo items.
 */
export function pieceOf(a: CopyItem, b: CopyItem): number | undefined {
  if (a.member.articleId !== b.member.articleId || !speakersAgree(a.member, b.member)) return undefined;
  const [part, whole] = a.member.content.length <= b.member.content.length ? [a, b] : [b, a];
  if (part.words.length < COPY_MIN_WORDS || part.member.content.length === whole.member.content.length) return undefined;
  if (!whole.member.content.includes(part.member.content)) return undefined;
  return 1;
}

/**
 * The part score (1) of two statements of different articles `days` apart: another outlet quoting part of the same
 * sentence (`… نتأهب لاحتمال ألا يحدث هذا` inside `قال للصحفيين: … نتأهب لاحتمال ألا يحدث هذا`) — every content word of
 * the shorter among the longer's, in order, by speakers that agree; undefined when not: one article (pieceOf's), further apart
 * than COPY_WINDOW_DAYS, the part under PART_MIN_WORDS content words, either evaluating (unless the other is a statement
 * a concept group took), a general call (as copyOf), or not contained. Contained by content words in order, not as a run of the
 * words as written: one outlet's copy adds an `إن`, quotation marks or a date inside the sentence (`اليوم الجمعة
 * الموافق …`), and drops a clause (claims-dev4's Fossi quotation, claims-dev5's Najran civil-defence statement; a word
 * of the part missing from the whole, as at 0.9 of them, joined two sentences of one speaker on claims-dev3).
 */
export function partOf(a: CopyItem, b: CopyItem, days: number): number | undefined {
  if (a.member.articleId === b.member.articleId || days > COPY_WINDOW_DAYS || !speakersAgree(a.member, b.member)) return undefined;
  const [part, whole] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (part.words.length < PART_MIN_WORDS) return undefined;
  if ((evaluates(a.member) && !grouped(b.member)) || (evaluates(b.member) && !grouped(a.member))) return undefined;
  if (generalCall(a, b)) return undefined;
  return inOrder(part, whole) ? 1 : undefined;
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
