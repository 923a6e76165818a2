import { cueStartsAt, gapHas, quoteOpeningAt } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { FINITE_AFTER_SUBJECT } from './common-noun-subject.js';
import { BREAK, CAPITAL, cls, inTime } from './phrase-bounds.js';
import { englishAfter } from './speaker.js';

// The names that open English sentences without a cue (Prime Minister Boris Johnson joined …): antecedents that
// findStatements (../index.ts) hands the speaker chain (../coref.ts) for a later he, she or they. Where such a subject
// ends, and what makes a capitalised opening no subject.

/** Is token i a cue's third-person present form (reports, says, claims), listed in cues.tsv whatever its reading here? */
function presentCue(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  const found = key.endsWith('s') ? doc.lex.cues.first([key], 0, [key]) : undefined;
  return !!found && found[1] === 1 && found[0].value.kind === 'verb';
}

/** Sentence-initial names (Prime Minister Boris Johnson joined …): antecedents for he/she even without a cue. */
export function sentenceSubjects(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of doc.sentTokens) {
    if (first >= last || !CAPITAL.test(doc.tokens[first].text)) continue;
    // ("So I hate …," he told …: the first words of a quotation are the quoted speaker's, no antecedent.)
    if (quoteOpeningAt(doc, first)) continue;
    let e = englishAfter(doc, first, last);
    // "Bangladesh reports five new deaths": a present-tense cue word ending the phrase is its verb, not its last noun.
    if (e - first >= 2 && e < last && presentCue(doc, e - 1)) e--;
    // "Emily Stone, 39, who …, met …": an age in commas after the name still leaves it the subject.
    const aged = e > first && e < last && /^,\s*$/.test(doc.text.slice(doc.tokens[e - 1].end, doc.tokens[e].start)) && /^\d{1,3}$/.test(doc.tokens[e].text);
    // "Adamowicz, 53, has supported …": a one-word subject only when it names someone met before, then an age or a verb.
    // ("Vale responded on Twitter, attacking …": a cue that reports nothing leaves the name the participle's antecedent.)
    const lone = e - first === 1 && (aged || FINITE_AFTER_SUBJECT.has(doc.keys[e]) || cueStartsAt(doc, e)) && namedBefore(doc, first);
    if ((e - first < 2 && !lone) || e >= last || gapHas(doc, e, BREAK) && !aged && !asideThenVerb(doc, e, last)) continue;
    // "Qaboos's 1970 overthrow …", "The November border demarcation …": a phrase ending in a number or a date names no one.
    if (/^\d+$/.test(doc.tokens[e - 1].text) || inTime(doc, e - 1)) continue;
    // "The November border demarcation resulted …": the and one capitalised word before a noun (a lower-case word that is
    // no verb form or cue, then another lower-case word: "The Union met in …" keeps its subject) only modify the subject.
    if (e - first === 2 && cls(doc, first) === 'determiner' && modifierOnly(doc, e) && e + 1 < last
      && /^\p{Ll}/u.test(doc.tokens[e + 1].text) && !cls(doc, e + 1) && !gapHas(doc, e + 1, BREAK)) continue;
    out.push([doc.tokens[first].start, doc.tokens[jointEnd(doc, e, last) - 1].end]);
  }
  return out;
}

/** Words that open a second conjunct naming more than one with the subject (… and his counterparts, and other envoys). */
const JOINT_OPENERS = new Set(['his', 'her', 'their', 'other']);
/** Marks that end a conjunct (commas do not: his Greek, Cypriot and French counterparts). */
const HARD_BREAK = gapChars(';:.!?()"“”«»');
/** Most tokens of such a conjunct (his Greek, Cypriot and French counterparts). */
const MAX_JOINT_TOKENS = 8;

/**
 * "Foreign minister Sam Lee and his Greek, Cypriot and French counterparts, …, met …": the subject runs on through
 * "and his …" to its plural head noun, so that a later "they" takes all of them, not one titled person named since.
 * Returns the subject's end: `e` when no such conjunct follows it.
 */
function jointEnd(doc: Doc, e: number, last: number): number {
  if (e + 2 >= last || doc.keys[e] !== 'and' || !JOINT_OPENERS.has(doc.keys[e + 1]) || gapHas(doc, e, BREAK)) return e;
  for (let k = e + 2; k < Math.min(last, e + 2 + MAX_JOINT_TOKENS); k++) {
    if (gapHas(doc, k, HARD_BREAK)) return e;
    if (/^\p{Ll}+s$/u.test(doc.tokens[k].text) && !cls(doc, k) && (k + 1 >= last || gapHas(doc, k + 1, BREAK) || !CAPITAL.test(doc.tokens[k + 1].text) && /^\p{Ll}/u.test(doc.tokens[k + 1].text))) return k + 1;
    if (/^\p{Ll}/u.test(doc.tokens[k].text) && cls(doc, k) && doc.keys[k] !== 'and') return e;
  }
  return e;
}

/** True when token i is a lower-case word of no listed class that is no verb form (-s, -ed), finite verb or cue. */
const modifierOnly = (doc: Doc, i: number) => /^\p{Ll}/u.test(doc.tokens[i].text) && !cls(doc, i) && !/(s|ed)$/.test(doc.keys[i])
  && !FINITE_AFTER_SUBJECT.has(doc.keys[i]) && !cueStartsAt(doc, i) && !gapHas(doc, i, BREAK);

/** True when the capitalised word at token i (no function word) ended a capitalised name earlier (Mayor Adamowicz … Adamowicz). */
function namedBefore(doc: Doc, i: number): boolean {
  if (cls(doc, i) || doc.lex.titleWords.has(doc.keys[i])) return false;
  for (let j = 1; j < i; j++) if (doc.keys[j] === doc.keys[i] && CAPITAL.test(doc.tokens[j].text) && CAPITAL.test(doc.tokens[j - 1].text)) return true;
  return false;
}

/** Most tokens of an aside between a subject and its verb (Mitch McConnell, the Senate Majority Leader, said). */
const MAX_SUBJECT_ASIDE_TOKENS = 8;

/**
 * "Mitch McConnell, the Republican Senate Majority Leader, reportedly committed …": after the name, an aside in
 * commas (no other mark in it) and then a lower-case word that is no determiner, preposition or conjunction — the
 * predicate, so the name is the sentence's subject. A list (Paris, Lyon and Nice) or a fronted phrase is not.
 */
function asideThenVerb(doc: Doc, e: number, last: number): boolean {
  if (!/^,\s*$/.test(doc.text.slice(doc.tokens[e - 1].end, doc.tokens[e].start))) return false;
  for (let k = e + 1; k < Math.min(last, e + MAX_SUBJECT_ASIDE_TOKENS + 1); k++) {
    const gap = doc.text.slice(doc.tokens[k - 1].end, doc.tokens[k].start);
    if (/^,\s*$/.test(gap)) {
      const c = cls(doc, k);
      return /^\p{Ll}/u.test(doc.tokens[k].text) && c !== 'determiner' && c !== 'preposition' && c !== 'complement'
        && !['and', 'or', 'but', 'who', 'which'].includes(doc.keys[k]) && !doc.keys.slice(e, k).includes('and');
    }
    if (gapHas(doc, k, BREAK)) return false;
  }
  return false;
}
