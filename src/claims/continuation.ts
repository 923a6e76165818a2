import { matchKey } from '../text/normalize/arabic.js';
import { tokenize } from '../text/tokens.js';
import {
  CONTINUATION_MIN_PREDICATES, FOLLOW_MAX_GAP_CHARS, HALVES_LONG_MIN_PREDICATES, HALVES_MIN_LONGER_SHARE, NEIGHBOUR_MIN_LONGER_SHARE, NEIGHBOUR_MIN_PREDICATES, NEIGHBOUR_MIN_SHARE,
} from './constants-speaker.js';
import { sameActOf } from './act.js';
import { speakersAgree, type CopyItem } from './copy.js';
import { statementOrdinal } from './source.js';
import { claimWords } from './lexicon.js';
import { predicateStems, sharedPredicates, stemsOf } from './stems.js';
import { eventDetailOf } from './event-details.js';
import { tollOf } from './within-toll.js';
import { eventQuantities, sideOfTexts } from './marks.js';
import { quantitiesConflict } from './numbers.js';
import type { Lang } from '../model/index.js';
import type { ClaimSource } from './types.js';

// Two halves of one proposition: a speaker's sentence the extractor cut in two, or said over two statements that
// follow each other (`هدد التنظيم بإعدام الرهينة المخطوف …` then `سيعدمون الرهينة خلال يومين …`, one threat). Each half
// names too little to echo another outlet's on its own; together they join whichever claim either half joins.

/**
 * The continuation score (predicate words shared) of two statements of one article: details of one event anywhere in
 * the article (event-details.ts `eventDetailOf`, R6; a `coordinated` neighbour excepted), or the toll of the event the
 * same speaker told just before (within-toll.ts `tollOf`), else one proposition's halves.
 * Undefined when they are neither, and for halves: not next to each other in the article's statement order, speakers
 * that disagree (copy.ts `speakersAgree`; unless the later restates the earlier, `restatesNeighbour`, and adds no
 * `coordinated` point), or fewer than CONTINUATION_MIN_PREDICATES predicate words (stems.ts) shared, counted from the side
 * that shares fewer, with a canonical content entity shared — or, with none, not `restatesNeighbour` in two sentences
 * (the later one not `coordinated`: `we have never seen a pandemic sparked by … and we have never seen a pandemic that
 * can be controlled` lists two points in one parallel sentence, whose words repeat by construction). Nor halves of one
 * speaker that make two kinds of act (act.ts `sameActOf`: a call and an account), that each name a canonical entity the
 * other does not (`will meet the Saudi minister` then `will also meet the emir of Qatar`: two meetings, as paraphrase.ts
 * reads two actors), or that restate a point with other figures (`24 were killed in the market bombing` then `seven
 * were killed in another bombing`).
 */
export function continuationOf(a: NeighbourItem, b: NeighbourItem): number | undefined {
  // The toll of the event the same speaker told just before (within-toll.ts, R6), where no other reading joins them.
  return detailOrHalves(a, b) ?? tollOf(a, b);
}

/** continuationOf without the toll: details of one event, else one proposition's halves. */
function detailOrHalves(a: NeighbourItem, b: NeighbourItem): number | undefined {
  if (a.member.articleId !== b.member.articleId) return undefined;
  const [first, second] = statementOrdinal(a.member.statementId) < statementOrdinal(b.member.statementId) ? [a, b] : [b, a];
  const adjacent = statementOrdinal(second.member.statementId) - statementOrdinal(first.member.statementId) === 1;
  // Details of one event from anywhere in the article (event-details.ts, R6), unless the later adds a parallel point to
  // the one right before it (`coordinated`): echo.ts reads them here for now.
  const detail = adjacent && second.coordinated ? undefined : eventDetailOf(a, b);
  if (detail !== undefined) return detail;
  if (!adjacent) return undefined;
  const shared = sharedBoth(a, b);
  // Another speaker right after, restating the point in other words (`the court ruled the suspension unlawful` then
  // `the judges found the suspension broke the law`), not adding one: one proposition, two voices (session 9: dev2
  // 0.899 → 0.903, dev3 0.796 → 0.799, dev5 0.550 → 0.573, no precision lost on dev2–dev7; two statements apart
  // instead cost dev5 P 0.752 → 0.701). Halves (each adding words of its own) stay one speaker's.
  if (!speakersAgree(a.member, b.member)) return !second.coordinated && restatesNeighbour(a, b) ? shared : undefined;
  // One speaker's call and account are two points (act.ts; session 17: dev9 P 0.636 → 0.700 with speaker-detail.ts's).
  if (!sameActOf(a.member, b.member)) return undefined;
  // A caveat and the point it qualifies (`… بحذر، ولكنه أكد أن حصيلة الوفيات …`): one proposition's halves.
  if (second.contrasted) return Math.max(shared, CONTINUATION_MIN_PREDICATES);
  // With no entity in common: one point in other words (`restatesNeighbour`) with the same figures if both name any, or
  // the speaker going on about it in the next breath — only a cue between (`follows`: `… البحث جار». وأضاف أن البحث
  // …`), CONTINUATION_MIN_PREDICATES words shared and entities named on one side at most (each naming its own is two
  // points: markets in two countries), nor quantities on both sides that differ (a share now, a share expected). Other
  // figures in other words are another point (`24 killed` then `seven killed in another bombing`: session 17, dev7 P
  // 0.774 → 0.889 with title-event.ts `anotherIncident`; either alone moved nothing).
  const enough = shared >= CONTINUATION_MIN_PREDICATES && !topicOnly(a, b, shared);
  if (!a.entities.some((e) => b.entities.includes(e))) {
    const figures = quantitiesApart(a.quantities ?? [], b.quantities ?? []);
    const apart = (a.entities.length > 0 && b.entities.length > 0) || figures;
    return !second.coordinated && ((restatesNeighbour(a, b) && !figures) || (second.follows && !apart && enough)) ? shared : undefined;
  }
  // An entity in common, and each naming one of its own: two points about what they share (session 17: dev8 P 0.565 →
  // 0.684, Lavrov's meeting with two ministers and his meetings with the emir and another minister).
  if (ownEntities(a.entities, b.entities)) return undefined;
  // Other figures on both sides, days of a month aside, are another point about what they share (`3.1 million displaced`
  // then `67 % live with host families`, one agency's two findings).
  if (figuresDiffer(a.member, b.member)) return undefined;
  return enough ? shared : undefined;
}

/**
 * Do two long Arabic statements share only a few of their predicate words: under HALVES_MIN_LONGER_SHARE of the longer,
 * each of HALVES_LONG_MIN_PREDICATES or more? Such words are the article's topic, not one point (a minister's sentences
 * on petrochemicals: his ministry's strategy, then the industry's growth; a sermon's). Arabic only: its stems are
 * root skeletons that meet across unrelated words (سلم: Islam, peace, handing over); English ones are whole words, and a
 * long English quotation's two halves share few of them (dev9's fiancée on the world's silence).
 */
function topicOnly(a: NeighbourItem, b: NeighbourItem, shared: number): boolean {
  if (a.member.lang !== 'ar' || Math.min(a.stems.length, b.stems.length) < HALVES_LONG_MIN_PREDICATES) return false;
  return shared < HALVES_MIN_LONGER_SHARE * Math.max(a.stems.length, b.stems.length);
}

/** Do both contents name quantities, days of a month left out (marks.ts `eventQuantities`), and share none? */
const figuresDiffer = (a: { content: string; lang: Lang }, b: { content: string; lang: Lang }) =>
  quantitiesConflict(eventQuantities(sideOfTexts([a])), eventQuantities(sideOfTexts([b])));

/** Does each side name an entity the other does not? */
const ownEntities = (a: readonly string[], b: readonly string[]) => a.some((e) => !b.includes(e)) && b.some((e) => !a.includes(e));

/** What continuation reads of an echo item (echo.ts EchoItem): its words, anchors and roles within its article. */
export type NeighbourItem = CopyItem & { coordinated?: boolean; evaluates?: boolean; follows?: boolean; contrasted?: boolean; quantities?: readonly number[] };

/** Do both name quantities, and share none? */
const quantitiesApart = (a: readonly number[], b: readonly number[]) => a.length > 0 && b.length > 0 && !a.some((q) => b.includes(q));

/** A sentence end between two contents: a full stop, question or exclamation mark, or a paragraph break. */
const SENTENCE_END = /[.!?؟\n]/u;

/** The coordinators (data/lexicons/claims/coordinators.tsv) by `lang:key`. */
const coordinators = claimWords('coordinators.tsv');

/**
 * Does the article's statement `i` add a point to the statement before it rather than restate it: its content goes on
 * the sentence in which that one's ends (no sentence end between them), unless it names that one's topic after a
 * demonstrative (`refersBack`), or opens with a coordinator (data/lexicons/claims/coordinators.tsv: `and we have never …`).
 */
export function coordinated(src: Pick<ClaimSource, 'text' | 'statements' | 'lang' | 'entities'>, i: number): boolean {
  const prev = src.statements[i - 1], s = src.statements[i];
  if (!prev) return false;
  const first = tokenize(s.content.text)[0];
  if (first && coordinators().has(`${src.lang}:${matchKey(first.text)}`)) return true;
  return prev.content.end <= s.content.start && !SENTENCE_END.test(src.text.slice(prev.content.end, s.content.start)) && !refersBack(src, i);
}

/** The demonstratives (data/lexicons/claims/demonstratives.tsv) by `lang:key`. */
const demonstratives = claimWords('demonstratives.tsv');

/** An Arabic one-letter proclitic a demonstrative may carry (`لهذه`, `بهذا`, `وتلك`). */
const PROCLITIC = /^[بلكفو]/u;

/** Is a token a demonstrative (data/lexicons/claims/demonstratives.tsv), bare or after a proclitic in Arabic? */
function isDemonstrative(text: string, lang: string): boolean {
  if (demonstratives().has(`${lang}:${matchKey(text)}`)) return true;
  return lang === 'ar' && PROCLITIC.test(text) && demonstratives().has(`${lang}:${matchKey(text.slice(1))}`);
}

/**
 * Does the article's statement `i` point back at the topic of the one before it: a demonstrative before that
 * statement's first predicate word (`إن التعديلات تنص على …` then `يحق طبقا لهذه التعديلات …`; `المشكلة قديمة …` then
 * `إيجاد حلول لهذه المشكلة`)? It goes on about that point, not beside it. A word from further on in the earlier statement
 * (`… أفلام أو مقاطع …` then `محذرا من … تلك المقاطع`) is often a new point about a detail of it.
 */
export function refersBack(src: Pick<ClaimSource, 'text' | 'statements' | 'lang' | 'entities'>, i: number): boolean {
  const prev = src.statements[i - 1], s = src.statements[i];
  if (!prev) return false;
  const tokens = tokenize(s.content.text);
  const earlier = new Set(predicateStems(src, prev.content.start, prev.content.end)[0] ?? []);
  return tokens.some((t, j) => j + 1 < tokens.length && isDemonstrative(t.text, src.lang) && stemsOf(tokens[j + 1].text).some((x) => earlier.has(x)));
}

/**
 * Does the article's statement `i` follow the one before it with only a cue between: its content starts at most
 * FOLLOW_MAX_GAP_CHARS after that one's ends (`«…». وأضاف أن …`), the speaker going on in the next breath.
 */
export function follows(src: Pick<ClaimSource, 'statements'>, i: number): boolean {
  const prev = src.statements[i - 1], s = src.statements[i];
  return prev !== undefined && s.content.start >= prev.content.end && s.content.start - prev.content.end <= FOLLOW_MAX_GAP_CHARS;
}

/** The contrast words (data/lexicons/claims/contrasts.tsv) by `lang:key`. */
const contrasts = claimWords('contrasts.tsv');

/**
 * Does the article's statement `i` qualify the one before it: a contrast word (data/lexicons/claims/contrasts.tsv) in the
 * at most FOLLOW_MAX_GAP_CHARS between their contents, within one paragraph (`… للمتطوعين، ولكنه أكد أن …`).
 */
export function contrasted(src: Pick<ClaimSource, 'text' | 'statements' | 'lang'>, i: number): boolean {
  const prev = src.statements[i - 1], s = src.statements[i];
  if (!prev || s.content.start < prev.content.end || s.content.start - prev.content.end > FOLLOW_MAX_GAP_CHARS) return false;
  const gap = src.text.slice(prev.content.end, s.content.start);
  return !gap.includes('\n') && tokenize(gap).some((t) => contrasts().has(`${src.lang}:${matchKey(t.text)}`));
}

/** Predicate words as continuation and restatement compare them: stems, and every key of them. */
export interface Predicate {
  stems: readonly (readonly string[])[];
  stemKeys: ReadonlySet<string>;
}

/** Predicate words two statements share, counted from the side that shares fewer. */
const sharedBoth = (a: Predicate, b: Predicate) => Math.min(sharedPredicates(a.stems, b.stemKeys), sharedPredicates(b.stems, a.stemKeys));

/**
 * Do a speaker's two neighbouring statements state one point in other words, whatever entities each names: at least
 * NEIGHBOUR_MIN_PREDICATES predicate words shared, NEIGHBOUR_MIN_SHARE of the shorter predicate and
 * NEIGHBOUR_MIN_LONGER_SHARE of the longer. The caller asks
 * for one speaker, neighbours and no `coordinated` addition (continuationOf; group.ts for a statement beside a group's).
 */
export function restatesNeighbour(a: Predicate, b: Predicate): boolean {
  const shared = sharedBoth(a, b);
  return shared >= NEIGHBOUR_MIN_PREDICATES && shared >= NEIGHBOUR_MIN_SHARE * Math.min(a.stems.length, b.stems.length)
    && shared >= NEIGHBOUR_MIN_LONGER_SHARE * Math.max(a.stems.length, b.stems.length);
}

/**
 * Does the article's statement `i` restate the statement right before or after it of the same speaker
 * (`restatesNeighbour`, the later one not `coordinated`)? `speakerKeys` are the statements' speaker keys, in order.
 */
export function restatesSpeakerNeighbour(src: Pick<ClaimSource, 'text' | 'statements' | 'lang' | 'entities'>, speakerKeys: readonly string[], i: number): boolean {
  const predicate = (k: number): Predicate => {
    const { start, end } = src.statements[k].content;
    const stems = predicateStems(src, start, end);
    return { stems, stemKeys: new Set(stems.flat()) };
  };
  return [i - 1, i + 1].some((k) => {
    if (k < 0 || k >= src.statements.length || speakerKeys[k] !== speakerKeys[i]) return false;
    const [a, b] = k < i ? [k, i] : [i, k];
    return !coordinated(src, b) && restatesNeighbour(predicate(a), predicate(b));
  });
}
