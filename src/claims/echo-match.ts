import { CLAIM_WINDOW_DAYS, DAY_MS, PERSON_ENTITY_PREFIX } from './constants.js';
import { ECHO_CROSS_MIN_ANCHORS, ECHO_CROSS_SAME_FIGURES, ECHO_CROSS_WINDOW_DAYS, ECHO_MIN_ANCHORS, ECHO_MIN_COVERAGE, ECHO_MIN_LENGTH_RATIO } from './constants-echo.js';
import { referenceOf } from './allegation.js';
import { casualtyDetailOf } from './casualties.js';
import { continuationOf } from './continuation.js';
import { copyOf, grouped, headlineOf, partOf, pieceOf } from './copy.js';
import { paraphraseOf } from './paraphrase.js';
import { rareWordsOf } from './rare-words.js';
import { sharedNames } from './cross-names.js';
import { speakerRestatementOf } from './speaker-restatement.js';
import { titleLeadOf } from './lead.js';
import { derived, echoable, names, shareAnchorKey, type EchoItem } from './echo-item.js';
import { shortTitle } from './echo-items.js';

// Whether two echo items carry one proposition, and how (echoOf): the rules of one article, then across articles.

/** Why two statements are not echoes of each other; or how they are. */
export type EchoMatch =
  | { ok: true; how: 'copy' | 'piece' | 'words' | 'headline' | 'paraphrase' | 'reference' | 'detail' | 'continuation' | 'anchors' | 'rare-words'; score: number }
  | { ok: false; reason: 'same-article' | 'window' | 'numbers' | 'anchors' | 'words' | 'evaluation' };

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
  if (a.nested || b.nested) return agree ? nestedCopyOf(a, b) : { ok: false, reason: 'numbers' };
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
  const days = Math.abs(derived(a).time - derived(b).time) / DAY_MS;
  // A pair sharing only rare-stem keys (echo-item.ts `shareAnchorKey`) is one no other rule was shown: rare words decide.
  if (!shareAnchorKey(a, b)) {
    const rare = agree && a.member.lang === b.member.lang ? rareWordsOf(a, b, days) : undefined;
    return rare === undefined ? { ok: false, reason: 'anchors' } : { ok: true, how: 'rare-words', score: rare };
  }
  const m = otherArticle(a, b, numbers, agree);
  // One linked speaker's point told the same day in other words, anchors or none (speaker-restatement.ts): where the
  // other outlet's rules found no echo.
  if (m.ok || (m.reason !== 'anchors' && m.reason !== 'words')) return m;
  const restated = speakerRestatementOf(a, b);
  if (restated !== undefined) return { ok: true, how: 'paraphrase', score: restated };
  // One proposition told within a day in other words, sharing uncommon words and a phrase (rare-words.ts).
  const rare = rareWordsOf(a, b, days);
  return rare === undefined ? m : { ok: true, how: 'rare-words', score: rare };
}

/**
 * echoOf when either is a carrier of another statement or nested in one (EchoItem `nested`): only another outlet's
 * reprint of it (copy.ts `copyOf`) or of part of it (`partOf`), in one language. Such a sentence states a proposition
 * (R5: judged on the content) that another outlet may report unnested (`officials confirmed that the deal was reached`
 * beside `the deal was reached`), but its words are shared with the statement it carries or is part of: nothing else.
 */
function nestedCopyOf(a: EchoItem, b: EchoItem): EchoMatch {
  if (a.member.articleId === b.member.articleId || a.member.lang !== b.member.lang) return { ok: false, reason: 'same-article' };
  const days = Math.abs(derived(a).time - derived(b).time) / DAY_MS;
  const copy = copyOf(a, b, days);
  if (copy !== undefined) return { ok: true, how: 'copy', score: copy };
  const part = partOf(a, b, days);
  return part === undefined ? { ok: false, reason: 'words' } : { ok: true, how: 'piece', score: part };
}

/** echoOf for two statements of different articles, whose figures agree or not (`agree`), sharing `numbers` quantities. */
function otherArticle(a: EchoItem, b: EchoItem, numbers: number, agree: boolean): EchoMatch {
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
