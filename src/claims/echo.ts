import {
  CLAIM_WINDOW_DAYS, COPY_WINDOW_DAYS, DAY_MS, TITLE_ITEM_MIN_WORDS, ECHO_CROSS_MIN_ANCHORS, ECHO_CROSS_SAME_FIGURES, ECHO_CROSS_WINDOW_DAYS, ECHO_MAX_CANDIDATES, ECHO_MIN_ANCHORS, ECHO_MIN_COVERAGE, ECHO_MIN_LENGTH_RATIO, ECHO_MIN_WORDS, MAX_KEY_ENTITIES, PERSON_ENTITY_PREFIX,
} from './constants.js';
import { accusedIn, alleges, countryOfSpeaker, referenceOf } from './allegation.js';
import { evaluativeKind } from './evaluative.js';
import { casualtiesIn, casualtyDetailOf } from './casualties.js';
import { continuationOf, contrasted, coordinated, follows, restatesSpeakerNeighbour } from './continuation.js';
import { copyOf, grouped, headlineOf, mayCopy, partOf, pieceOf, sketchKeys } from './copy.js';
import { paraphraseOf } from './paraphrase.js';
import { windowAround } from './dates.js';
import { framesOf, memberOf } from './group.js';
import { isCanonical, type Frame } from './frame.js';
import { quantitiesOf } from './numbers.js';
import { nameSkeletons, sharedNames } from './cross-names.js';
import { contentWords } from './restatement.js';
import { leadOf, titleLeadOf } from './lead.js';
import { predicateStems } from './stems.js';
import type { ArticleGroup, ClaimSource, Member } from './types.js';

// Echoes: a statement whose event the concept lexicon does not know still joins the same proposition as reported by
// another outlet (or in the other language). Its key is what it is about — canonical entities and quantities — and it
// joins a statement it echoes: in one language nearly the same content words; across languages, where only entity
// ids and numbers can agree, the same quantities and more shared anchors. A claim is made only when a second
// statement echoes a first: a lone concept-less statement waits in the pool (in memory, or the store's
// claim_echoes table), so the claims list is not flooded with one-statement claims. The statements concept groups
// took wait there too (`groupedItemsOf`): another outlet's restatement without the event phrase joins their claim,
// whichever comes first (echo-place.ts `adopted`).

/** The concept of claims formed by echoes (claims.concept, and the prefix of their ids). */
export const ECHO_CONCEPT = 'echo';

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

/** Why two statements are not echoes of each other; or how they are. */
export type EchoMatch =
  | { ok: true; how: 'copy' | 'piece' | 'words' | 'headline' | 'paraphrase' | 'reference' | 'detail' | 'continuation' | 'anchors'; score: number }
  | { ok: false; reason: 'same-article' | 'window' | 'numbers' | 'anchors' | 'words' | 'evaluation' };

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
  roles: Pick<EchoItem, 'alleges' | 'refers' | 'accused' | 'speaksFor' | 'evaluates' | 'coordinated' | 'lead' | 'follows' | 'contrasted'> = {}): EchoItem {
  let words: string[][] | undefined, wordKeys: Set<string> | undefined, stems: string[][] | undefined, stemKeys: Set<string> | undefined;
  return {
    member,
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
function names(it: EchoItem): { lang: Member['lang']; names: Set<string> } {
  let n = namesOf.get(it);
  if (!n) namesOf.set(it, (n = { lang: it.member.lang, names: nameSkeletons(it.member.content, it.member.lang) }));
  return n;
}
function derived(it: EchoItem): Derived {
  let d = derivedOf.get(it);
  if (!d) {
    const keys = it.entities.length + it.quantities.length;
    d = { keys, time: Date.parse(it.member.date), echoable: keys > 0 && anchorsOf(it) >= ECHO_MIN_ANCHORS && it.words.length >= ECHO_MIN_WORDS };
    derivedOf.set(it, d);
  }
  return d;
}

/**
 * Keys a statement is looked up by in the pool: its anchor keys, and its copy sketch (copy.ts `sketchKeys`) when it
 * may be a copy (a copy needs both to be: the store keeps no sketch of the others); every echo shares one.
 */
export function lookupKeys(it: EchoItem): string[] {
  let keys = lookupKeysOf.get(it);
  if (!keys) lookupKeysOf.set(it, (keys = [...echoKeys(it), ...(mayCopy(it) ? sketchKeys(it.words) : [])]));
  return keys;
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
 * May the statement echo one of another article (echoOf): only as a copy (copy.ts `mayCopy`) or when `echoable`.
 * One that may not is compared with its own article's statements alone (`headline`): the pool need not be read for it.
 */
export function echoesOthers(it: EchoItem): boolean {
  return echoable(it) || mayCopy(it);
}

/** Its anchor keys (echoKeys) as a set, computed once. */
const anchorSetOf = new WeakMap<EchoItem, Set<string>>();

/**
 * May the pool statement a shortlist found by `ref` echo `it` (echoOf)? Every echo but a copy shares an anchor key
 * (a content entity or quantity: one of `ref.keys`, as the store asked for all of `it`'s); a copy needs `it` to be one
 * (copy.ts `mayCopy`) within COPY_WINDOW_DAYS. One that may not is not read.
 */
export function mayEchoRef(it: EchoItem, ref: EchoRef): boolean {
  let anchors = anchorSetOf.get(it);
  if (!anchors) anchorSetOf.set(it, (anchors = new Set(echoKeys(it))));
  for (const k of ref.keys) if (anchors.has(k)) return true;
  // As copyOf reads the days (a date that does not parse is not turned away by it).
  return mayCopy(it) && !(Math.abs(Date.parse(ref.date) - derived(it).time) / DAY_MS > COPY_WINDOW_DAYS);
}

/**
 * The statements of an article that no group took and that may echo another outlet's: not carriers, pieces of another
 * statement, evaluations leading the content (frame.ts), bare references or fragments (fragment.ts; R3, R4 of the
 * gold) — one with evaluative words anywhere (evaluative.ts) is an item flagged `evaluates`, that echoes only a statement
 * a concept group took; with enough words (ECHO_MIN_WORDS) or a verbatim copy's (copy.ts `mayCopy`), or else counting
 * the dead or naming them definitely (casualties.ts: an event and its details), or reported as an allegation
 * (allegation.ts), or restating its speaker's statement right beside it (continuation.ts `restatesSpeakerNeighbour`).
 * Those without anchors (not `echoable`) echo only copies and statements of their own article (copy.ts, casualties.ts,
 * allegation.ts, continuation.ts). In article order.
 * `frames` are the article's (framesOf): pass those grouping read rather than analyse the statements twice.
 */
export function echoItemsOf(src: ClaimSource, groups: readonly ArticleGroup[], fallbackDate: string, frames: readonly Frame[] = framesOf(src)): EchoItem[] {
  const grouped = new Set(groups.flatMap((g) => g.members.map((m) => m.statementId)));
  const out: EchoItem[] = [];
  // The lead as group.ts reads it: the first body statement that may join a group.
  const lead = leadOf(src, frames.map((f) => !f.carrier && !f.inner && !f.evaluation && !f.fragment));
  const speakerKeys = frames.map((f) => f.speakerKey);
  src.statements.forEach((s, i) => {
    if (grouped.has(s.id)) return;
    const f = frames[i];
    if (f.carrier || f.inner || f.evaluation || f.reference || f.fragment) return;
    const { start, end } = s.content;
    const accused = f.answers ? accusedIn(src, s) : undefined;
    const speaksFor = countryOfSpeaker(src, s);
    const roles = { alleges: alleges(src, s), refers: f.answers, ...(accused ? { accused } : {}), ...(speaksFor ? { speaksFor } : {}), evaluates: evaluativeKind(s.content.text, src.lang) !== undefined, coordinated: coordinated(src, i), lead: i === lead, follows: follows(src, i), contrasted: contrasted(src, i) };
    const it = echoItemOf(memberOf(src, f, 'echo', fallbackDate), undefined, () => predicateStems(src, start, end), start < src.titleEnd, roles);
    // A short statement counting the dead, or naming them definitely (`two of the victims were from Dhaka`), is still
    // the event or a detail of it (casualties.ts), and a short allegation (`ادعى أن السعودية راعية للإرهاب`) what a
    // later answer refers to (allegation.ts); they echo nothing else (echoable and mayCopy ask for more words).
    // A title's statement is a few words (`حريق في مصنع الورق`): it may restate the lead (lead.ts `titleLeadOf`).
    const title = it.headline && it.words.length >= TITLE_ITEM_MIN_WORDS;
    // A statement too short to echo alone that restates its speaker's statement right before or after it
    // (continuation.ts `restatesSpeakerNeighbour`: `to waive her diplomatic immunity`, then `the immunity be waived`)
    // is one point said twice: an item, which that neighbour's continuation (continuationOf) may pair with it.
    if (echoesAlone(it) || title || restatesSpeakerNeighbour(src, speakerKeys, i)) out.push(it);
  });
  return out;
}

/**
 * The statements an article's concept groups took, as pool items: another outlet's concept-less restatement of one
 * (its event phrase cut off, or worded without one: `… أمام المحكمة بتهمة …` cut from `على القادة أن يمثلوا أمام المحكمة
 * بتهمة …`) joins their claim by the same rules as it joins an echo claim. They are only pooled, never placed
 * (grouping placed them), and in article order.
 */
export function groupedItemsOf(src: ClaimSource, groups: readonly ArticleGroup[]): EchoItem[] {
  const members = new Map(groups.flatMap((g) => g.members.map((m) => [m.statementId, m] as const)));
  return src.statements.flatMap((s) => {
    const m = members.get(s.id);
    if (!m) return [];
    const { start, end } = s.content;
    return [echoItemOf(m, undefined, () => predicateStems(src, start, end), start < src.titleEnd)];
  });
}

/** Is the item an echo item by its own rules (echoItemsOf): enough words, a copy's, counting the dead or an allegation? */
function echoesAlone(it: EchoItem): boolean {
  if (it.words.length >= ECHO_MIN_WORDS || mayCopy(it) || it.alleges) return true;
  const dead = casualtiesIn(it.member);
  return dead.counted || dead.definite;
}

/** A title's statement an item only to restate its lead (echoItemsOf): not one by its own rules (`echoesAlone`). */
const shortTitle = (it: EchoItem): boolean => it.headline && !echoesAlone(it);

/**
 * Does the item wait in the pool for later articles' statements? Not a short title's (`shortTitle`): it echoes
 * nothing of another article, and would only fill their shortlists (ECHO_MAX_CANDIDATES).
 */
export const waitsInPool = (it: EchoItem): boolean => !shortTitle(it);

const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => b.includes(x)).length;

/**
 * Is `a` an echo of `b`? Not when either evaluates (EchoItem `evaluates`) and the other is no statement a concept
 * group took, unless `evaluations` (echo-place.ts `followers` of a statement that joined a concept claim).
 * - `window`: dated further apart than the claim window (CLAIM_WINDOW_DAYS), across languages ECHO_CROSS_WINDOW_DAYS;
 * - `numbers`: both name quantities and one names one the other does not (`1,279 cases` is not `1,300 cases`);
 * - in one language, `words`: the shorter content's words lie in the longer's (ECHO_MIN_COVERAGE), the shorter at
 *   least ECHO_MIN_LENGTH_RATIO of the longer (a fragment lies in many sentences), with a key shared — and the same
 *   speaker when either has fewer than ECHO_MIN_ANCHORS keys of its own;
 * - in one language, else `paraphrase` (paraphrase.ts): within PARAPHRASE_WINDOW_DAYS (SPEAKER_PARAPHRASE_WINDOW_DAYS for one
 *   linked person's two statements), the same anchors and predicate stems;
 * - across languages, `anchors`: ECHO_CROSS_MIN_ANCHORS shared entities, quantities, speaker and names the gazetteer
 *   lacks written in both scripts (cross-names.ts), at least one a quantity, or the same figures:
 *   ECHO_CROSS_SAME_FIGURES quantities or more, every one each side names.
 * Anchors shared are content entities and quantities, and the speaker's entity when both are linked to the same.
 * Before the anchors, in one language, `copy` (copy.ts): another outlet's reprint by an agreeing speaker, anchors or none.
 * Two statements of one article are compared only by `piece` (copy.ts: one sentence read whole and in part),
 * `headline` (copy.ts): the title's statement and the body's restatement of it, `reference` (allegation.ts: an
 * allegation and the later answer to `these allegations`) and `detail` (casualties.ts: the dead an earlier statement
 * counts, named again); within an article, restatement.ts compares statements with groups.
 */
export function echoOf(a: EchoItem, b: EchoItem, evaluations = false): EchoMatch {
  // An evaluation (R3) echoes only a statement a concept group took: the event lexicon read a proposition there.
  if (!evaluations && ((a.evaluates && !grouped(b.member)) || (b.evaluates && !grouped(a.member)))) return { ok: false, reason: 'evaluation' };
  const numbers = shared(a.quantities, b.quantities);
  const agree = !(a.quantities.length && b.quantities.length && numbers < Math.min(a.quantities.length, b.quantities.length));
  if (a.member.articleId === b.member.articleId) {
    // A title's statement kept for its few words (echoItemsOf) only restates its lead.
    if (shortTitle(a) || shortTitle(b)) {
      const t = agree ? titleLeadOf(a, b) : undefined;
      return t === undefined ? { ok: false, reason: 'same-article' } : { ok: true, how: 'headline', score: t };
    }
    const p = pieceOf(a, b);
    if (p !== undefined) return { ok: true, how: 'piece', score: p };
    const h = agree ? (headlineOf(a, b) ?? titleLeadOf(a, b)) : undefined;
    if (h !== undefined) return { ok: true, how: 'headline', score: h };
    const r = referenceOf(a, b);
    if (r !== undefined) return { ok: true, how: 'reference', score: r };
    const d = casualtyDetailOf(a.member, b.member);
    if (d !== undefined) return { ok: true, how: 'detail', score: d };
    const n = continuationOf(a, b);
    return n === undefined ? { ok: false, reason: 'same-article' } : { ok: true, how: 'continuation', score: n };
  }
  const cross = a.member.lang !== b.member.lang;
  const days = Math.abs(derived(a).time - derived(b).time) / DAY_MS;
  if (days > (cross ? ECHO_CROSS_WINDOW_DAYS : CLAIM_WINDOW_DAYS)) return { ok: false, reason: 'window' };
  if (!agree) return { ok: false, reason: 'numbers' };
  const copy = cross ? undefined : copyOf(a, b, days);
  if (copy !== undefined) return { ok: true, how: 'copy', score: copy };
  const part = cross ? undefined : partOf(a, b, days);
  if (part !== undefined) return { ok: true, how: 'piece', score: part };
  if (!echoable(a) || !echoable(b)) return { ok: false, reason: 'anchors' };
  // A shared content anchor is a shared lookup key: the store finds every echo by its keys (echo-store.ts).
  const keys = shared(a.entities, b.entities) + numbers;
  const anchors = keys + (a.speaker && a.speaker === b.speaker ? 1 : 0);
  if (cross) {
    // A name the gazetteer lacks written in both scripts (cross-names.ts) is one more anchor: never the only ones.
    const named = anchors + sharedNames(names(a), names(b));
    // The same figures (all of both sides' quantities, ECHO_CROSS_SAME_FIGURES of them) need no other anchor.
    const sameFigures = numbers >= ECHO_CROSS_SAME_FIGURES && numbers === a.quantities.length && numbers === b.quantities.length;
    if (!numbers || (named < ECHO_CROSS_MIN_ANCHORS && !sameFigures)) return { ok: false, reason: 'anchors' };
    return { ok: true, how: 'anchors', score: named };
  }
  if (!keys) return { ok: false, reason: 'anchors' };
  // A statement with one key of its own is anchored by its speaker too: the other must have the same.
  const thin = derived(a).keys < ECHO_MIN_ANCHORS || derived(b).keys < ECHO_MIN_ANCHORS;
  if (thin && !(a.speaker && a.speaker === b.speaker)) return { ok: false, reason: 'anchors' };
  const wa = a.words.length, wb = b.words.length;
  const [short, long] = wa <= wb ? [a, b] : [b, a];
  if (Math.min(wa, wb) >= ECHO_MIN_LENGTH_RATIO * Math.max(wa, wb)) {
    // restatement.ts `coverage`, on the words computed once.
    const c = short.words.filter((w) => w.some((k) => long.wordKeys.has(k))).length / short.words.length;
    if (c >= ECHO_MIN_COVERAGE) return { ok: true, how: 'words', score: c };
  }
  // One linked person restating their own position: the story's whole window (SPEAKER_PARAPHRASE_WINDOW_DAYS).
  const samePerson = Boolean(a.speaker?.startsWith(PERSON_ENTITY_PREFIX)) && a.speaker === b.speaker;
  const p = paraphraseOf(a, b, days, anchors, samePerson);
  return p === undefined ? { ok: false, reason: 'words' } : { ok: true, how: 'paraphrase', score: p };
}

/** A statement already seen, and the claim it is in (undefined: pending, in no claim yet). */
export interface EchoCandidate {
  item: EchoItem;
  claimId?: string;
}

/** What `shortlist` ranks a candidate by: the store reads these from key rows alone (echo-store.ts). */
export interface EchoRef {
  statementId: string;
  date: string;
  /** Its lookup keys (lookupKeys). */
  keys: readonly string[];
}

/**
 * The candidates a statement is compared with, as the store reads them (echo-store.ts): statements sharing a key
 * with it, dated within CLAIM_WINDOW_DAYS, most shared keys first (then by statement id), at most ECHO_MAX_CANDIDATES.
 */
export function shortlist<C extends EchoCandidate>(it: EchoItem, candidates: Iterable<C>): C[] {
  const refs = [...candidates].map((c) => ({ statementId: c.item.member.statementId, date: c.item.member.date, keys: lookupKeys(c.item), c }));
  return shortlistRefs(it, refs).map((r) => r.c);
}

/** `shortlist` on what it reads of each candidate. */
export function shortlistRefs<R extends EchoRef>(it: EchoItem, refs: Iterable<R>): R[] {
  const keys = new Set(lookupKeys(it));
  const { from, to } = windowAround(it.member.date);
  const out: { r: R; n: number }[] = [];
  for (const r of refs) {
    let n = 0;
    for (const k of r.keys) if (keys.has(k)) n++;
    if (n && r.date >= from && r.date <= to) out.push({ r, n });
  }
  return out.sort((a, b) => b.n - a.n || (a.r.statementId < b.r.statementId ? -1 : a.r.statementId > b.r.statementId ? 1 : 0)).slice(0, ECHO_MAX_CANDIDATES).map((x) => x.r);
}

/** How an echo ranks among a statement's candidates: the same words are the surest. */
const HOW_RANK = { copy: 8, piece: 7, words: 6, headline: 5, paraphrase: 4, reference: 3, detail: 2, continuation: 1, anchors: 0 } as const;

/** Does rank `x` come before `y` (lexicographic, higher first)? */
function before(x: number[], y: number[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
}

/**
 * The candidates a statement echoes, best first: copies, a piece of one sentence, same words, its headline,
 * paraphrases, an allegation answered, a casualty detail, cross-language anchors; then score, then latest; ties to the
 * smaller statement id, so that the order candidates come in does not matter.
 */
export function rankEchoes<C extends EchoCandidate>(it: EchoItem, candidates: readonly C[]): C[] {
  const found: { c: C; rank: number[] }[] = [];
  for (const c of candidates) {
    const m = echoOf(it, c.item);
    if (m.ok) found.push({ c, rank: [HOW_RANK[m.how], m.score, derived(c.item).time] });
  }
  const id = (x: { c: C }) => x.c.item.member.statementId;
  return found.sort((x, y) => (before(x.rank, y.rank) ? -1 : before(y.rank, x.rank) ? 1 : id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0)).map((x) => x.c);
}

/** The candidate a statement echoes best (rankEchoes). */
export function chooseEcho<C extends EchoCandidate>(it: EchoItem, candidates: readonly C[]): C | undefined {
  return rankEchoes(it, candidates)[0];
}

/** An echo claim's key entities: the most frequent canonical entities of its members (ties by id), sorted. */
export function echoKeyEntities(members: readonly Member[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const e of new Set(m.entities.filter(isCanonical))) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_KEY_ENTITIES).map(([id]) => id).sort();
}

/** The group a new echo claim is made from (place.ts `newClaimId` reads its concept, key entities and dates). */
export function echoGroup(members: Member[]): ArticleGroup {
  const keyEntities = echoKeyEntities(members);
  return { concept: ECHO_CONCEPT, keyEntities, entities: keyEntities, members };
}
