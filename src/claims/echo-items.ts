import { TITLE_ITEM_MIN_WORDS } from './constants-title.js';
import { ECHO_MIN_WORDS } from './constants-echo.js';
import { accusedIn, alleges, countryOfSpeaker } from './allegation.js';
import { evaluativeKind } from './evaluative.js';
import { casualtiesIn } from './casualties.js';
import { coordinated, contrasted, follows, restatesSpeakerNeighbour } from './continuation.js';
import { mayCopy } from './copy.js';
import { framesOf, memberOf } from './group.js';
import type { Frame } from './frame.js';
import { leadOf } from './lead.js';
import { predicateStems } from './stems.js';
import { echoItemOf, type EchoItem } from './echo-item.js';
import type { ArticleGroup, ClaimSource } from './types.js';

// Which statements of an article are echo items: those no concept group took that may echo another outlet's, and the
// ones groups took, pooled so that another outlet's concept-less restatement joins their claim.

/**
 * The statements of an article that no group took and that may echo another outlet's: not evaluations leading the
 * content (frame.ts), bare references or fragments (fragment.ts; R3, R4 of the
 * gold) — one with evaluative words anywhere (evaluative.ts) is an item flagged `evaluates`, that echoes only a statement
 * a concept group took; with enough words (ECHO_MIN_WORDS) or a verbatim copy's (copy.ts `mayCopy`), or else counting
 * the dead or naming them definitely (casualties.ts: an event and its details), or reported as an allegation
 * (allegation.ts), or restating its speaker's statement right beside it (continuation.ts `restatesSpeakerNeighbour`).
 * Those without anchors (not `echoable`) echo only copies and statements of their own article (copy.ts, casualties.ts,
 * allegation.ts, continuation.ts). In article order.
 * Carriers of another statement and pieces nested in one (frame.ts) are items flagged `nested` when long enough to be
 * copied (copy.ts `mayCopy`): they only join the claim of another outlet's copy of them (echo-match.ts `nestedCopyOf`).
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
    if (f.evaluation || f.reference || f.fragment) return;
    const nested = f.carrier || f.inner;
    const { start, end } = s.content;
    const accused = f.answers ? accusedIn(src, s) : undefined;
    const speaksFor = countryOfSpeaker(src, s);
    const roles = { ...(nested ? { nested: true } : {}), alleges: alleges(src, s), refers: f.answers, ...(accused ? { accused } : {}), ...(speaksFor ? { speaksFor } : {}), evaluates: evaluativeKind(s.content.text, src.lang) !== undefined, coordinated: coordinated(src, i), lead: i === lead, follows: follows(src, i), contrasted: contrasted(src, i) };
    const it = echoItemOf(memberOf(src, f, 'echo', fallbackDate), undefined, () => predicateStems(src, start, end), start < src.titleEnd, roles);
    // A short statement counting the dead, or naming them definitely (`two of the victims were from Dhaka`), is still
    // the event or a detail of it (casualties.ts), and a short allegation (`ادعى أن السعودية راعية للإرهاب`) what a
    // later answer refers to (allegation.ts); they echo nothing else (echoable and mayCopy ask for more words).
    // A title's statement is a few words (`حريق في مصنع الورق`): it may restate the lead (lead.ts `titleLeadOf`).
    const title = it.headline && it.words.length >= TITLE_ITEM_MIN_WORDS;
    // A statement too short to echo alone that restates its speaker's statement right before or after it
    // (continuation.ts `restatesSpeakerNeighbour`: `to waive her diplomatic immunity`, then `the immunity be waived`)
    // is one point said twice: an item, which that neighbour's continuation (continuationOf) may pair with it.
    if (nested ? mayCopy(it) : echoesAlone(it) || title || restatesSpeakerNeighbour(src, speakerKeys, i)) out.push(it);
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
export const shortTitle = (it: EchoItem): boolean => it.headline && !echoesAlone(it);

/**
 * Does the item wait in the pool for later articles' statements? Not a short title's (`shortTitle`): it echoes
 * nothing of another article, and would only fill their shortlists (ECHO_MAX_CANDIDATES); nor a nested one, that
 * makes no claim with a later statement (echo-item.ts `nested`).
 */
export const waitsInPool = (it: EchoItem): boolean => !shortTitle(it) && !it.nested;
