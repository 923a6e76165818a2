import { lexicon } from '../attribution/lexicon/index.js';
import type { Lang } from '../model/index.js';
import { AR_WORDS_PER_EN_WORD } from '../republish/constants.js';
import { DOUBLE_QUOTES } from '../text/chars.js';
import { boundedMemo } from '../text/memo.js';
import { arabicSkeleton, latinSkeleton } from '../text/skeleton.js';
import { tokenize } from '../text/tokens.js';
import { COUNTRY_ENTITY_PREFIX } from './constants.js';
import { nameSkeletons, sharedNames } from './cross-names.js';
import { evaluativeKind } from './evaluative.js';
import { isCanonical, type Frame } from './frame.js';
import { keysOf } from './lexicon.js';
import { quantitiesConflict, quantitiesOf } from './numbers.js';
import { contentWords } from './restatement.js';
import { namesAgree } from './speaker-names.js';
import type { ClaimSource } from './types.js';

// Statements of a translation: when the republication detector (src/republish) found an article to be a translation of
// another, its statements are that article's statements again, in the same order. They are aligned here — monotone, by
// order, on the evidence that survives translation (the speaker's entity or name, entities, numbers, quotation marks,
// where in the article each stands) — so that each joins the claim its counterpart is in (translated-place.ts,
// translated-store.ts), though it names no event the lexicon knows and shares no word with it. Precision first: a pair
// here needs the same speaker, and no conflicting numbers; between two such pairs, statements whose speakers share no
// name align by paragraph, anchors and length (translated-position.ts). A copy in the same language is the echo copy
// rule's (copy.ts).

/**
 * Share of the article's text (0..1): how far apart the relative positions of two aligned statements may lie. The
 * TICO translations of claims-real and claims-dev3 put their true pairs within 0.03; same-speaker neighbours lie ~0.1 on.
 */
export const REPUBLISHED_MAX_DRIFT = 0.12;
/**
 * Content words (restatement.ts) a statement needs to join a claim by its counterpart: fewer are a fragment (`a similar
 * view`, R4 of the claims gold). Tuned on claims-real and claims-dev3: 2 let one such fragment pair join.
 */
export const REPUBLISHED_MIN_WORDS = 3;
/**
 * Least agreement of the word counts (0..1, as a translation gives them: lengthAgreement) of two aligned contents: one
 * four times the other's length is another extraction (a cue read as content, `CBS News reported`, beside the report).
 */
export const REPUBLISHED_MIN_LENGTH_AGREEMENT = 0.25;
/** Consonant classes (text/skeleton.ts) a speaker word's skeleton needs to agree by itself: shorter ones meet by chance. */
export const SPEAKER_WORD_MIN_SKELETON = 3;
/** Score of an aligned pair: per shared anchor (canonical entity, quantity, name written in both scripts). */
const W_ANCHOR = 0.5;
/** Score: for lying at the same place in both articles (0..1: 1 at the same relative position, 0 at REPUBLISHED_MAX_DRIFT). */
const W_POSITION = 2;
/** Score: for word counts as a translation gives them (0..1 agreement); low, as extracted contents end at different words. */
const W_LENGTH = 0.25;
/** Score: when both or neither are quotations. */
const W_QUOTE = 0.25;

/** A statement as alignment reads it. */
export interface AlignItem {
  statementId: string;
  lang: Lang;
  /** Where its content starts, as a share of its article's text (0..1). */
  at: number;
  speaker: { text: string; entity?: string };
  content: string;
  /** Canonical entities of the content. */
  entities: readonly string[];
  quantities: ReadonlySet<number>;
  /** Content words (restatement.ts). */
  words: number;
  /** Its content is a quotation (a double quotation mark opens it). */
  quoted: boolean;
  /** May it join a claim at all (`mayJoinClaims`)? Ineligible statements still take their place in the alignment. */
  eligible: boolean;
  /** The block (title, dek, paragraph) its content starts in, and how many blocks its article has; absent in hand-made items. */
  block?: { index: number; count: number };
}

/** Why two statements align: the speaker's agreement and what else they share. */
export interface PairEvidence {
  /** `position`: no speaker agreement; the place in the article, anchors and length align them (translated-position.ts). */
  speaker: 'entity' | 'name' | 'position';
  /** Shared canonical entities, quantities and names written in both scripts. */
  anchors: number;
  /** |difference of relative positions| (0..REPUBLISHED_MAX_DRIFT). */
  drift: number;
  score: number;
}

export interface AlignedPair {
  mine: AlignItem;
  theirs: AlignItem;
  evidence: PairEvidence;
}

/**
 * May a statement join a claim by its counterpart: the filters every claim applies (frame.ts: not a carrier of another
 * statement, a piece of one, a bare reference, a fragment or an evaluation; evaluative.ts anywhere in the content) and
 * REPUBLISHED_MIN_WORDS content words.
 */
export function mayJoinClaims(f: Frame, lang: Lang): boolean {
  if (f.carrier || f.inner || f.evaluation || f.reference || f.fragment) return false;
  const text = f.statement.content.text;
  return evaluativeKind(text, lang) === undefined && contentWords(text, lang).length >= REPUBLISHED_MIN_WORDS && !namesOnly(text, lang);
}

/**
 * Is an English content names alone — every content word capitalised (`Tedros Adhanom Ghebreyesus, the Director-General
 * of the WHO`)? A speaker's apposition read as content: it states nothing (R4). Arabic has no capitals to tell.
 */
export function namesOnly(text: string, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const fn = lexicon('en').words;
  const words = tokenize(text).filter((t) => /\p{L}/u.test(t.text) && !fn.has(t.key));
  return words.length > 0 && words.every((t) => CAPITALISED.test(t.text));
}

/** Is the content opened by a double quotation mark (at its start or just before it)? */
function quotedAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start + 1);
  return DOUBLE_QUOTES.some((q) => before.includes(q));
}

/** An article's statements as alignment reads them, in text order; `frames` are framesOf(src). */
export function alignItemsOf(src: ClaimSource, frames: readonly Frame[]): AlignItem[] {
  const length = Math.max(1, src.text.length);
  const breaks = blockStarts(src.text);
  return src.statements.map((s, i): AlignItem => ({
    statementId: s.id,
    lang: src.lang,
    at: s.content.start / length,
    speaker: { text: s.speaker.text, ...(s.speaker.entity ? { entity: s.speaker.entity } : {}) },
    content: s.content.text,
    entities: [...new Set(frames[i].about.filter(isCanonical))],
    quantities: quantitiesOf(s.content.text),
    words: contentWords(s.content.text, src.lang).length,
    quoted: quotedAt(src.text, s.content.start),
    eligible: mayJoinClaims(frames[i], src.lang),
    block: { index: blockIndex(breaks, s.content.start), count: breaks.length },
  })).sort((a, b) => a.at - b.at);
}

/** What the laid-out text joins its blocks with (analyze/index.ts layout). */
const BLOCK_SEPARATOR = '\n\n';

/** Where each block of a laid-out text starts. */
function blockStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf(BLOCK_SEPARATOR); i >= 0; i = text.indexOf(BLOCK_SEPARATOR, i + BLOCK_SEPARATOR.length)) out.push(i + BLOCK_SEPARATOR.length);
  return out;
}

/** The index of the block an offset lies in. */
function blockIndex(starts: readonly number[], offset: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
  return i;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Skeletons of a speaker's words that may be names: Arabic words (no capitals tell names there) with their clitics
 * taken off, capitalised Latin words; function words left out, and skeletons under SPEAKER_WORD_MIN_SKELETON.
 */
export function speakerSkeletons(text: string): Set<string> {
  const fn = [lexicon('ar').words, lexicon('en').words];
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    if (fn.some((w) => w.has(t.key))) continue;
    const sks = ARABIC_LETTER.test(t.text) ? keysOf(t.text).map(arabicSkeleton) : CAPITALISED.test(t.text) ? [latinSkeleton(t.text)] : [];
    for (const sk of sks) if (sk.length >= SPEAKER_WORD_MIN_SKELETON) out.add(sk);
  }
  return out;
}

/** Speakers whose skeletons are remembered (alignment compares every speaker of a translation with every one of its origin's). */
const SPEAKER_SKELETONS_MEMO_LIMIT = 10_000;
const rememberedSkeletons: (text: string) => ReadonlySet<string> = boundedMemo(SPEAKER_SKELETONS_MEMO_LIMIT, speakerSkeletons);

/** A country stands for too many speakers (its ministries, its press, an adjective in a title): no agreement by itself. */
const weakSpeakerEntity = (id: string) => id.startsWith(COUNTRY_ENTITY_PREFIX);

/**
 * Do two statements have the same speaker: the same entity (not a country), else their names agree — every word of
 * the shorter in the longer (speaker-names.ts), or one name word's skeleton in both (`Dr Gary Mortimer` / `الدكتور
 * غاري مورتيمر`). Two speakers linked to different canonical entities never agree.
 */
export function speakerAgreement(a: AlignItem['speaker'], b: AlignItem['speaker']): PairEvidence['speaker'] | undefined {
  if (a.entity && b.entity && isCanonical(a.entity) && isCanonical(b.entity) && a.entity !== b.entity) return undefined;
  if (a.entity && a.entity === b.entity && !weakSpeakerEntity(a.entity)) return 'entity';
  if (!a.text.trim() || !b.text.trim()) return undefined;
  if (namesAgree(a.text, b.text)) return 'name';
  const theirs = rememberedSkeletons(b.text);
  for (const sk of rememberedSkeletons(a.text)) if (theirs.has(sk)) return 'name';
  return undefined;
}

/** How close the word counts are to what a translation between the two languages gives (0..1). */
export function lengthAgreement(a: AlignItem, b: AlignItem): number {
  const expected = a.lang === 'ar' ? AR_WORDS_PER_EN_WORD : 1 / AR_WORDS_PER_EN_WORD;
  const r = b.words ? a.words / (b.words * expected) : 0;
  return r > 0 ? Math.min(r, 1 / r) : 0;
}

const sharedCount = <T>(a: Iterable<T>, b: { has(x: T): boolean }) => [...a].filter((x) => b.has(x)).length;

/** Anchors two contents share: canonical entities, quantities and names written in both scripts. */
export function sharedAnchors(a: AlignItem, b: AlignItem): number {
  const names = sharedNames({ lang: a.lang, names: nameSkeletons(a.content, a.lang) }, { lang: b.lang, names: nameSkeletons(b.content, b.lang) });
  return sharedCount(a.entities, new Set(b.entities)) + sharedCount(a.quantities, b.quantities) + names;
}

/**
 * The evidence that `b` (of the origin) is `a` (of its translation) again, or undefined when they may not align: one
 * language, another speaker, conflicting numbers or numbers on one side only, contents of very different lengths, or
 * too far apart in their articles. A copy in the same language is left to the echo copy rule (copy.ts), which reads the
 * words with its own guards: aligned copies added 4 right pairs and 7 wrong ones on claims-real, -dev2 and -dev3
 * (reprinted evaluations and fragments the filters miss).
 */
export function pairEvidence(a: AlignItem, b: AlignItem): PairEvidence | undefined {
  if (a.lang === b.lang) return undefined;
  const drift = Math.abs(a.at - b.at);
  if (drift > REPUBLISHED_MAX_DRIFT) return undefined;
  if (quantitiesConflict(a.quantities, b.quantities)) return undefined;
  const speaker = speakerAgreement(a.speaker, b.speaker);
  if (!speaker) return undefined;
  const anchors = sharedAnchors(a, b);
  // A translation keeps its numbers: one naming quantities where the other names none, sharing nothing else, is another
  // statement of the same speaker (`over 1,000 deaths` beside `countries announced stricter measures`).
  if (!anchors && (a.quantities.size > 0) !== (b.quantities.size > 0)) return undefined;
  const length = lengthAgreement(a, b);
  if (length < REPUBLISHED_MIN_LENGTH_AGREEMENT) return undefined;
  const score = 1 + W_ANCHOR * anchors + W_POSITION * (1 - drift / REPUBLISHED_MAX_DRIFT) + W_LENGTH * length
    + (a.quoted === b.quoted ? W_QUOTE : 0);
  return { speaker, anchors, drift: Math.round(drift * 1000) / 1000, score };
}

/**
 * The monotone one-to-one alignment of a translation's statements (`mine`) with its counterpart's (`theirs`), both in
 * text order, of greatest total score (pairEvidence): statements either lacks are left out.
 */
export function alignStatements(mine: readonly AlignItem[], theirs: readonly AlignItem[]): AlignedPair[] {
  return monotoneAlignment(mine, theirs, mine.map((a) => theirs.map((b) => pairEvidence(a, b))));
}

/**
 * The monotone one-to-one alignment of greatest total score, given the evidence of every pair (`evidence[i][j]` for
 * `mine[i]`, `theirs[j]`; undefined where they may not align).
 */
export function monotoneAlignment(mine: readonly AlignItem[], theirs: readonly AlignItem[], evidence: readonly (readonly (PairEvidence | undefined)[])[]): AlignedPair[] {
  const n = mine.length, m = theirs.length;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) {
    const e = evidence[i - 1][j - 1];
    best[i][j] = Math.max(best[i - 1][j], best[i][j - 1], e ? best[i - 1][j - 1] + e.score : -Infinity);
  }
  const out: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    const e = evidence[i - 1][j - 1];
    if (e && best[i][j] === best[i - 1][j - 1] + e.score) {
      out.push({ mine: mine[i - 1], theirs: theirs[j - 1], evidence: e });
      i--;
      j--;
    } else if (best[i][j] === best[i - 1][j]) i--;
    else j--;
  }
  return out.reverse();
}

/** What an aligned pair does, given the claims its two statements are in. */
export type RepublishedStep =
  /** The free statement joins the claim its counterpart is in. */
  | { kind: 'join'; claimId: string; statementId: string }
  /** Neither is in a claim: the two start one. */
  | { kind: 'start'; statementIds: [string, string] };

/**
 * The steps of the aligned pairs: a free eligible statement joins its counterpart's claim; two free eligible statements
 * start one; two statements in claims stay where they are (a concept or an echo placed them: the alignment does not
 * overrule it). `blocked` statements (a user's correction took them out) take no step.
 */
export function republishedSteps(pairs: readonly AlignedPair[], claimOf: (statementId: string) => string | undefined, blocked: (statementId: string) => boolean = () => false): RepublishedStep[] {
  const out: RepublishedStep[] = [];
  for (const { mine, theirs } of pairs) {
    if (blocked(mine.statementId) || blocked(theirs.statementId)) continue;
    const cm = claimOf(mine.statementId), ct = claimOf(theirs.statementId);
    if (cm && ct) continue;
    if (ct && mine.eligible) out.push({ kind: 'join', claimId: ct, statementId: mine.statementId });
    else if (cm && theirs.eligible) out.push({ kind: 'join', claimId: cm, statementId: theirs.statementId });
    else if (!cm && !ct && mine.eligible && theirs.eligible) out.push({ kind: 'start', statementIds: [theirs.statementId, mine.statementId] });
  }
  return out;
}
