import { opensNestedClause } from '../nested.js';
import { sentenceStart } from '../doc.js';
import type { Doc, Hit, SpeakerRef } from '../types.js';
import { mentionSex, pronounSex } from './gender.js';
import { speakerBefore } from './speaker-before.js';

type CueHit = Extract<Hit, { type: 'cue' }>;

/** Subject pronouns that may stand for the speaker of the cue whose clause they open (said he rejected …, said it could
 * not confirm …). */
export const SELF_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
/** Auxiliaries (function-words.tsv lists them as adverbs) that make the inner cue an act apart or no act yet. */
const AUXILIARIES = new Set(['had', 'has', 'have', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'must']);

/**
 * "The senator told Reuters that she opposed the plan": a pronoun opening an assert cue's clause, then a cue of
 * another stance with an object, is the same source taking that stance; one statement, the outer one, with the
 * inner cue's stance (as "said it could not confirm" is one doubt, 01-said-that.ts). Returns that inner cue.
 */
export function ownStanceCue(doc: Doc, from: number): CueHit | undefined {
  if (!SELF_PRONOUNS.has(doc.keys[from])) return undefined;
  // (said he had asked for …: a perfect reports an earlier act of its own, a statement apart; a modal none yet)
  let k = from + 1;
  while (doc.lex.words.get(doc.keys[k]) === 'adverb' && !AUXILIARIES.has(doc.keys[k])) k++;
  const hit = doc.hits.find((h) => h.type === 'cue' && h.start === k);
  return hit?.type === 'cue' && hit.cue.stance !== 'assert' && hit.cue.frame.has('obj') ? hit : undefined;
}

/**
 * True when the pronoun at token `p` can stand for `speaker`: the same pronoun, or a phrase of the pronoun's sex or of
 * none known (a known woman is never "he"; a person of known sex is never "it" or "they").
 */
export function sameSource(doc: Doc, p: number, speaker: SpeakerRef): boolean {
  if (speaker.kind === 'inherit') return false;
  const toks = doc.tokens.filter((t) => t.start >= speaker.start && t.end <= speaker.end);
  if (speaker.kind === 'pronoun') return toks.length === 1 && toks[0].key === doc.keys[p];
  const sex = mentionSex(doc, toks);
  const want = pronounSex(doc.keys[p]);
  return want === '-' ? sex === '-' : sex === '-' || sex === want;
}

/**
 * True for the inner cue of "X told Y that she opposed Z" (ownStanceCue): the pronoun subject at `p` opens the clause
 * of the nearest earlier assert cue in the sentence and stands for that cue's speaker, so no second statement is made.
 */
export function isOwnStance(doc: Doc, hit: CueHit, p: number): boolean {
  return ownStanceCue(doc, p) === hit && outerSpeaker(doc, p);
}

/** Lemmas of a belief or a hope (cues.tsv): held by the one who tells it, they add no source of their own. */
const BELIEFS = new Set(['believe', 'think', 'hope', 'suspect', 'fear']);

/**
 * True for the belief cue of "The minister said he hoped the talks would resume": a pronoun subject right before it
 * (adverbs between) opens the clause of the nearest earlier assert cue and stands for its speaker, so the belief is the
 * outer statement's content, no second statement.
 */
export function isOwnBelief(doc: Doc, hit: CueHit, p: number): boolean {
  if (!BELIEFS.has(hit.cue.lemma) || !SELF_PRONOUNS.has(doc.keys[p])) return false;
  let k = p + 1;
  while (k < hit.start && doc.lex.words.get(doc.keys[k]) === 'adverb' && !AUXILIARIES.has(doc.keys[k])) k++;
  return k === hit.start && outerSpeaker(doc, p);
}

/** True when the pronoun at `p` opens the clause of the nearest earlier assert cue of its sentence and can stand for its speaker. */
function outerSpeaker(doc: Doc, p: number): boolean {
  const floor = sentenceStart(doc, p);
  const outer = doc.hits.filter((h): h is CueHit => h.type === 'cue' && h.end <= p && h.start >= floor).at(-1);
  if (!outer || outer.cue.stance !== 'assert' || !outer.cue.frame.has('that')) return false;
  if (outer.end !== p && !(doc.keys[p - 1] === 'that' && opensNestedClause(doc, p))) return false;
  const speaker = speakerBefore(doc, outer, floor);
  return !!speaker && sameSource(doc, p, speaker);
}
