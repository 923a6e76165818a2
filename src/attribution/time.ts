/**
 * When a statement was made (gold/GUIDELINES.md): the time of the saying, read from the cue's clause
 * ("said on Tuesday", "قال اليوم الأحد"), never from what was said. A date inside the content is when the
 * reported event happened (a law "issued on 18 January 2014", a vote "this week"), and dated one outlet's copy
 * of a sentence apart from another's that had none, splitting their claim.
 */
import type { TimeRef } from '../model/index.js';
import type { Doc, Draft } from './types.js';

/** Do [start, end) and [from, to) share a character? */
const overlaps = (start: number, end: number, from: number, to: number): boolean => start < to && end > from;

/** Is [start, end) within [from, to)? */
const within = (start: number, end: number, from: number, to: number): boolean => start >= from && end <= to;

/**
 * Is the time part of what someone said, for draft `d`: inside its content, inside a quotation, or inside another
 * statement's content — unless d's own cue stands inside that quotation or content too (a source cited in a
 * quotation, the Pentagon in "Peskov noted that the Pentagon said on Monday …", is dated by its own clause).
 */
function isReported(doc: Doc, t: TimeRef, d: Draft, drafts: readonly Draft[]): boolean {
  const [cueStart, cueEnd] = d.cue;
  if (overlaps(t.start, t.end, d.content[0], d.content[1])) return true;
  for (const q of doc.quotes) {
    if (overlaps(t.start, t.end, q.start, q.end) && !within(cueStart, cueEnd, q.start, q.end)) return true;
  }
  for (const o of drafts) {
    if (o === d || !overlaps(t.start, t.end, o.content[0], o.content[1])) continue;
    if (!within(cueStart, cueEnd, o.content[0], o.content[1])) return true;
  }
  return false;
}

/** Characters between the time and the cue (0 when they touch or overlap). */
function gapToCue(t: TimeRef, d: Draft): number {
  if (t.end <= d.cue[0]) return d.cue[0] - t.end;
  if (t.start >= d.cue[1]) return t.start - d.cue[1];
  return 0;
}

/**
 * The time of draft `d`: of the time expressions of its sentence that are not part of what was said (isReported),
 * the one nearest its cue (the first on a tie); none when every one is reported — the statement then takes its
 * article's date downstream.
 */
export function statementTime(doc: Doc, d: Draft, drafts: readonly Draft[]): TimeRef | undefined {
  const sent = doc.input.sentences[d.sentence];
  if (!sent) return undefined;
  let best: TimeRef | undefined;
  for (const t of doc.input.times) {
    if (!within(t.start, t.end, sent.start, sent.end) || isReported(doc, t, d, drafts)) continue;
    if (!best || gapToCue(t, d) < gapToCue(best, d)) best = t;
  }
  return best;
}
