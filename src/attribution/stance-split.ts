import type { Stance } from '../model/index.js';
import { ARABIC_COMMA } from '../text/chars.js';
import { warnsOnCondition } from './condition.js';
import { STANCE_SPLIT_LEAD_WORDS } from './constants.js';
import { cueStance, nestedSpans, readingStance, readTurns } from './stance.js';
import { dominantTurn, type Turn } from './stance-turns.js';
import type { Doc, Draft } from './types.js';

/** One statement's share of a draft's content: its character range and its stance. */
export interface StancePart { range: [number, number]; stance: Stance }

/** Consecutive sentences of a content read with one stance: their turns, words and stance (`named` false while no word
 * of theirs named it, so the cue's own stance or a condition's warning gives it). */
interface Run { stance: Stance; named: boolean; turns: Turn[]; words: number }

/** The rule id a part of a split statement carries after its draft's: the split is why its content is what it is. */
export const SPLIT_RULE_SUFFIX = '+stance-turn';

/**
 * A draft's content cut where its stance turns between its own sentences (GUIDELINES: one statement per stance; gold
 * dev-wnen call (4), dev-arnews (6): "a charge, then a duty" gives one statement per stance on the same cue), one part
 * per run of sentences with one stance, in text order. Sentences before the first stance word are the cue's own
 * assertion: they stand as a part only when they hold STANCE_SPLIT_LEAD_WORDS words, and a shorter lead stays with
 * the run after it, the two taking the stance most of their words serve (stance-turns.ts), as a content with no turn
 * takes the one shiftStance gives it. Only an `assert` cue's content is read for turns, as shiftStance reads only those;
 * `drafts`, the article's, give the statements nested in it (nestedSpans).
 */
export function stanceParts(doc: Doc, draft: Draft, drafts: readonly Draft[]): StancePart[] {
  // A cue with a stance of its own keeps it (shiftStance reads only an assertion's content); a negated denial or
  // doubt asserts (cueStance).
  const cue = cueStance(doc, draft);
  if (cue !== 'assert') return [{ range: draft.content, stance: cue }];
  const d = cue === draft.stance ? draft : { ...draft, stance: cue };
  // The contents reported inside this one are their own speakers' (nestedSpans), looked for only here: other cues
  // need not pair every draft with every other.
  const read = readTurns(doc, d.content, nestedSpans(drafts, draft));
  // One sentence is one run (stanceRuns, withShortLeadJoined): the common case is answered without building runs.
  if (read.turns.length < 2) return [{ range: d.content, stance: readingStance(doc, read, d.stance) }];
  const runs = withShortLeadJoined(stanceRuns(read.turns, d.stance), d.stance);
  // A lead joined to the turn after it carries the stance withShortLeadJoined gave the two.
  if (runs.length < 2) return [{ range: d.content, stance: runs[0].named ? runs[0].stance : readingStance(doc, read, d.stance) }];
  return runs.map((r, k) => {
    const start = k === 0 ? d.content[0] : doc.tokens[r.turns[0].first].start;
    const end = k === runs.length - 1 ? d.content[1] : trimEnd(doc.text, start, doc.tokens[runs[k + 1].turns[0].first].start);
    // A lead no word of which names a stance may still warn by a condition with its consequence (condition.ts).
    const stance = r.named ? r.stance : conditionStance(doc, read.conditionAt, r, d.stance);
    return { range: [start, end], stance };
  });
}

/** The turns gathered into runs: a sentence naming no stance continues the run before it; the sentences before the
 * first stance word are the cue's own (`base`), as dominantTurn counts them. */
function stanceRuns(turns: readonly Turn[], base: Stance): Run[] {
  const runs: Run[] = [];
  for (const t of turns) {
    const last = runs[runs.length - 1];
    if (last && (t.stance === undefined || t.stance === last.stance)) { last.turns.push(t); last.words += t.words; }
    else runs.push({ stance: t.stance ?? base, named: t.stance !== undefined, turns: [t], words: t.words });
  }
  return runs;
}

/** A lead naming no stance under STANCE_SPLIT_LEAD_WORDS words joined to the run after it ("People must know …" then a
 * duty stays one statement): the joined run takes the stance most of its words serve, or a closing sentence's
 * (closingTurn). */
function withShortLeadJoined(runs: Run[], base: Stance): Run[] {
  const [lead, next] = runs;
  if (!next || lead.named || lead.words >= STANCE_SPLIT_LEAD_WORDS) return runs;
  const turns = [...lead.turns, ...next.turns];
  const joined: Run = { stance: closingTurn(runs) ? next.stance : dominantTurn(turns, base), named: true, turns, words: lead.words + next.words };
  // The lead may outweigh the turn (dominantTurn): the joined run then continues into a later run of its stance.
  const after = runs[2];
  if (after && after.stance === joined.stance) return [{ ...joined, turns: [...turns, ...after.turns], words: joined.words + after.words }, ...runs.slice(3)];
  return [joined, ...runs.slice(2)];
}

/** Whether the runs are a lead naming no stance and one closing sentence that names one ("We prefer a deal … If it
 * refuses, Iran should know what price it will pay"; "I went to bed and Trump was ahead … it's fake"): the lead builds
 * to that sentence, which gives the whole its stance however few its words (dev-arnews: the threat is the answer's
 * `warn`). Not a closing call ("… What we need is a new bridge"), the conclusion the account draws, which stays its
 * assertion (en/stance-patterns.test.ts); a turn followed by more sentences is weighed by its words (dominantTurn). */
function closingTurn(runs: readonly Run[]): boolean {
  return runs.length === 2 && runs[1].turns.length === 1 && runs[1].stance !== 'demand';
}

/** The stance of a run that names none: a warning when a condition and its consequence fall inside it, else `base`. */
function conditionStance(doc: Doc, conditionAt: readonly number[], r: Run, base: Stance): Stance {
  const lo = r.turns[0].first, last = r.turns[r.turns.length - 1];
  const hi = last.first + last.words;
  return warnsOnCondition(doc, conditionAt.filter((i) => i >= lo && i < hi), hi) ? 'warn' : base;
}

/** `end` moved back over the white space before it and a comma that ended the part (…، وهذا: stance-turns.ts), not
 * past `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e > start && (text[e - 1] === ARABIC_COMMA || text[e - 1] === ',')) e--;
  return e;
}

/** The draft as one part of its split content: its targets read off that part under the part's stance (targets.ts);
 * a part after the first opens with no particle of its own. */
export function partDraft(d: Draft, range: [number, number]): Draft {
  const f = d.contentTargets;
  if (!f) return { ...d, content: range };
  const first = range[0] === d.content[0];
  const contentTargets = f.lang === 'ar' ? { ...f, range, complement: f.complement && first } : { ...f, range };
  return { ...d, content: range, contentTargets };
}
