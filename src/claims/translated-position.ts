import { isCanonical } from './frame.js';
import { quantitiesConflict } from './numbers.js';
import {
  alignStatements, lengthAgreement, monotoneAlignment, REPUBLISHED_MAX_DRIFT, REPUBLISHED_MIN_LENGTH_AGREEMENT, sharedAnchors, speakerAgreement,
  type AlignedPair, type AlignItem, type PairEvidence,
} from './translated.js';

// Statements of a translation whose speakers share no name: an outlet and its rendering (`ABC Australia`, `هيئة
// الإذاعة`), a named speaker and a title (`Dr Tom Frieden`, `the director`), a company and its name. Once the speakers
// have aligned what they can (translated.ts alignStatements), the statements between two aligned pairs are aligned
// here by what else survives translation: the paragraph (a translation keeping the layout keeps each sentence in its
// paragraph), the place in the article, shared anchors, numbers and length. Still monotone and one-to-one, and
// inside the gaps the speakers left: a speaker's pair is never undone.

/**
 * Share of the article's text (0..1): how far apart two statements aligned without their speakers may lie when the
 * two articles do not keep one layout (then they need a shared anchor). The anchored pairs of claims-real, -dev2 and
 * -dev3 lie within 0.045 (those translations keep their layout: the bound is read off them, not tuned).
 */
export const POSITION_MAX_DRIFT = 0.05;
/**
 * Least agreement of word counts (0..1, translated.ts lengthAgreement) of two statements aligned without their
 * speakers and without a shared anchor. The true such pairs of claims-real, -dev2 and -dev3 agree 0.40 or more (the
 * least: a title apposition read as content, `… Anthony Fauci: "bottom line…"`); with an anchor the speakers' 0.25.
 */
export const POSITION_MIN_LENGTH_AGREEMENT = 0.35;
/** Score per shared anchor (canonical entity, quantity, name written in both scripts). */
const W_ANCHOR = 0.5;
/** Score for lying at the same place in both articles (0..1: 1 at the same relative position). */
const W_POSITION = 1;
/** Score for lying in the same paragraph of two articles of one layout. */
const W_BLOCK = 1;
/** Score for word counts as a translation gives them (0..1 agreement). */
const W_LENGTH = 0.25;
/** Score when both or neither are quotations. */
const W_QUOTE = 0.25;

/** Do the two statements' articles keep one layout (as many blocks each)? */
const sameLayout = (a: AlignItem, b: AlignItem) => !!a.block && !!b.block && a.block.count === b.block.count;

/**
 * The evidence that `b` is `a` translated, their speakers aside, or undefined: one language, speakers that differ
 * (`differ`), conflicting numbers or numbers on one side only, another paragraph of one layout, too far apart, or
 * contents of very different lengths. Without a shared anchor they need the same paragraph of one layout.
 */
export function positionEvidence(a: AlignItem, b: AlignItem, differ = false): PairEvidence | undefined {
  if (a.lang === b.lang || differ) return undefined;
  const drift = Math.abs(a.at - b.at);
  if (drift > REPUBLISHED_MAX_DRIFT) return undefined;
  if (quantitiesConflict(a.quantities, b.quantities)) return undefined;
  const layout = sameLayout(a, b);
  if (layout && a.block!.index !== b.block!.index) return undefined;
  const anchors = sharedAnchors(a, b);
  if (!anchors && (a.quantities.size > 0 || b.quantities.size > 0)) return undefined;
  if (!anchors && !layout) return undefined;
  if (!layout && drift > POSITION_MAX_DRIFT) return undefined;
  const length = lengthAgreement(a, b);
  if (length < (anchors ? REPUBLISHED_MIN_LENGTH_AGREEMENT : POSITION_MIN_LENGTH_AGREEMENT)) return undefined;
  const score = W_ANCHOR * anchors + W_POSITION * (1 - drift / REPUBLISHED_MAX_DRIFT) + (layout ? W_BLOCK : 0) + W_LENGTH * length
    + (a.quoted === b.quoted ? W_QUOTE : 0);
  return { speaker: 'position', anchors, drift: Math.round(drift * 1000) / 1000, score };
}

/**
 * The alignment of a translation's statements (`mine`) with its counterpart's (`theirs`), both in text order: the
 * speakers' alignment (translated.ts alignStatements), and in each gap between two of its pairs the alignment by
 * position (positionEvidence). Two speakers differ when they are linked to two canonical entities, or when each is
 * the speaker of a statement in the other article and they do not agree.
 */
export function alignTranslation(mine: readonly AlignItem[], theirs: readonly AlignItem[]): AlignedPair[] {
  const spoken = alignStatements(mine, theirs);
  const agree = mine.map((a) => theirs.map((b) => speakerAgreement(a.speaker, b.speaker) !== undefined));
  const knownMine = agree.map((row) => row.some(Boolean));
  const knownTheirs = theirs.map((_, j) => agree.some((row) => row[j]));
  const differ = (i: number, j: number) => {
    const x = mine[i].speaker.entity, y = theirs[j].speaker.entity;
    if (x && y && isCanonical(x) && isCanonical(y) && x !== y) return true;
    return knownMine[i] && knownTheirs[j] && !agree[i][j];
  };
  const index = (items: readonly AlignItem[]) => new Map(items.map((x, i) => [x, i]));
  const im = index(mine), it = index(theirs);
  const bounds = [[-1, -1], ...spoken.map((p) => [im.get(p.mine)!, it.get(p.theirs)!]), [mine.length, theirs.length]];
  const out: AlignedPair[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k], [i1, j1] = bounds[k + 1];
    if (i1 - i0 > 1 && j1 - j0 > 1) {
      const a = mine.slice(i0 + 1, i1), b = theirs.slice(j0 + 1, j1);
      out.push(...monotoneAlignment(a, b, a.map((x, i) => b.map((y, j) => positionEvidence(x, y, differ(i0 + 1 + i, j0 + 1 + j))))));
    }
    if (k < spoken.length) out.push(spoken[k]);
  }
  return out;
}
