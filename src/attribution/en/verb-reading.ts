import { gapBefore, sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { objectWords } from './objects.js';
import { isBe } from './speaker.js';

// Whether an English cue form reads as a reporting verb where it stands, or as something else: part of a name (Tell
// Tamer), an adjective (alleged ties), a second passive (was tested and questioned), a verb whose object is no speech
// (proposed a bill, confirmed him). Read by the said-that rule (01-said-that.ts).

type CueHit = Extract<Hit, { type: 'cue' }>;

/** A capitalised cue inside a body sentence is part of a name (Tell Tamer), not a verb. */
export function isNameWord(doc: Doc, hit: CueHit): boolean {
  const block = doc.input.blocks[doc.input.sentences[doc.sentOf[hit.start]]?.block ?? -1];
  if (!block || block.kind === 'title' || hit.start === sentenceStart(doc, hit.start)) return false;
  return /^\p{Lu}/u.test(doc.tokens[hit.start].text) && !/["“”:]\s*$/.test(gapBefore(doc, hit.start));
}

/**
 * "Prosecutors alleged fraud", "The group alleged abuses": right after its subject's head an attributive form is the
 * verb. The head is a title or body word, a capitalised name, or a lower-case noun right after a determiner; a verb
 * ("police arrested alleged members") or a time word before it leaves the adjective reading.
 */
function followsSubject(doc: Doc, hit: CueHit, floor: number): boolean {
  const i = hit.start - 1;
  if (i < floor || /[,;:"“(’']/.test(gapBefore(doc, hit.start))) return false; // protesters' alleged leader
  const c = doc.lex.words.get(doc.keys[i]);
  // Trump’s alleged ties: a possessive is a determiner.
  if (c === 'time' || c === 'determiner' || c === 'preposition' || /['’]s?$/.test(doc.tokens[i].text) || doc.keys[i] === 's') return false;
  // Some estimated death tolls: a quantifier is no subject head, even capitalised at the sentence start.
  if (QUANTIFIERS.has(doc.keys[i])) return false;
  if (doc.lex.titleWords.has(doc.keys[i]) || /^\p{Lu}/u.test(doc.tokens[i].text)) return true;
  return !c && i - 1 >= floor && doc.lex.words.get(doc.keys[i - 1]) === 'determiner';
}

/** Quantifiers that lead a noun phrase (some alleged victims); as a subject (Some claimed …) a bare noun never follows. */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'most', 'few', 'other', 'all', 'both']);

/** "alleged ties to …", "proposed changes": an attributive cue form right before a bare lower-case noun. */
export function isAttributive(doc: Doc, hit: CueHit, end: number, floor: number): boolean {
  if (hit.end - hit.start !== 1 || hit.end >= end || !objectWords().get('attributive')!.has(doc.keys[hit.start])) return false;
  if (followsSubject(doc, hit, floor)) return false;
  const t = doc.tokens[hit.end];
  return /^\p{Ll}/u.test(t.text) && !doc.lex.words.get(doc.keys[hit.end]) && !/[,;:"“]/.test(gapBefore(doc, hit.end))
    && !['him', 'her', 'them', 'it', 'us', 'me', 'you', 'his', 'their', 'its', 'our', 'my', 'this', 'these', 'those'].includes(doc.keys[hit.end]);
}

/** Words whose "'s" is "is"/"has" (he's said, that's claimed), not a possessive. */
const CONTRACTED = new Set(['that', 'there', 'what', 'who', 'here', 'where', 'let']);

/**
 * "Mayor Reed's proposed budget", "the governor's claims as …", "the ministers' alleged plan": a one-word cue form right
 * after a possessive is a noun or an adjective of what is possessed, not a verb (he's said is a contraction).
 */
export function afterPossessive(doc: Doc, hit: CueHit): boolean {
  const i = hit.start - 1;
  if (i < 0 || hit.end - hit.start !== 1 || doc.sentOf[i] !== doc.sentOf[hit.start]) return false;
  const text = doc.tokens[i].text;
  const owner = /['’]s$/i.test(text) ? text.slice(0, -2).toLowerCase() : null;
  if (owner !== null) return !!owner && doc.lex.words.get(owner) !== 'pronoun' && !CONTRACTED.has(owner);
  // ministers' alleged: an apostrophe after a plural, unless it closes a quotation ('experts' said).
  if (!/s$/i.test(text) || !/^['’]\s/.test(gapBefore(doc, hit.start))) return false;
  for (let j = i; j >= Math.max(0, i - MAX_QUOTED_WORDS) && doc.sentOf[j] === doc.sentOf[i]; j--) if (/(^|\s)['‘]$/.test(gapBefore(doc, j))) return false;
  return true;
}

/** Most words a single-quoted phrase closed by the apostrophe before a cue may hold ('so-called experts' said). */
const MAX_QUOTED_WORDS = 4;

/** Coordinators that join two predicates (claims and would make …), never the first word of what was said. */
export const COORDINATORS = new Set(['and', 'or', 'but', 'nor']);

/** Lemmas never read as a passive after "was … and" (was arrested and said …, was freed and told reporters …). */
export const SPOKEN = new Set(['say', 'tell', 'add']);

/**
 * "She was tested and questioned for hours": a passive participle (be, at most two more words, an -ed form) right
 * before "and" at token `and`; when no object follows the cue (a preposition or the sentence end does), the cue is a
 * second passive participle, not a verb of the subject.
 */
export function passiveBefore(doc: Doc, and: number, floor: number): boolean {
  const p = and - 1;
  if (p <= floor || !/ed$/.test(doc.keys[p])) return false;
  for (let j = p - 1; j >= Math.max(floor, p - 3); j--) if (isBe(doc, j)) return true;
  return false;
}

/** Object pronouns: "confirmed him" reports no proposition. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);

/** True when the object makes the cue no statement (proposed a bill, confirmed him, attacked the village). */
export function notSpeech(doc: Doc, hit: CueHit, from: number, to: number): boolean {
  const words = objectWords();
  if (OBJECT_PRONOUNS.has(doc.keys[from]) && hit.cue.stance === 'assert' && !hit.cue.frame.has('to')) {
    const next = doc.lex.words.get(doc.keys[from + 1]);
    if (to - from === 1 || next === 'preposition' || next === 'time' || next === 'boundary') return true;
  }
  for (let i = from; i < Math.min(to, from + 3); i++) if (words.get('non-speech')!.has(doc.keys[i])) return true;
  // "commented on the matter": a topic, not what was said. (Not after a concern: "expressed concern about the safety of
  // the dam" names what is feared, the warning's content; nor after a doubt: "voiced doubts about the ceasefire".)
  if ((doc.keys[from] === 'on' || doc.keys[from] === 'about') && doc.lex.words.get(doc.keys[from + 1]) === 'determiner' && hit.cue.stance !== 'warn'
    && hit.cue.stance !== 'doubt') return true;
  const det = doc.keys[from] === 'a' || doc.keys[from] === 'an';
  if (det && words.get('action')!.has(doc.keys[from + 1])) return true;
  if (words.get('speech-cue')!.has(hit.cue.lemma)) {
    // the head noun within the first three words must be a said or decided thing
    for (let i = from; i < Math.min(to, from + 4); i++) if (words.get('speech')!.has(doc.keys[i])) return false;
    return true;
  }
  return false;
}
