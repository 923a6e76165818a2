import { clauseEnd, contentRange, quoteTokensAt } from '../clause.js';
import { speechQuoteAt } from '../ar/content.js';
import { cueStartsAt, gapBefore, sentenceEnd, sentenceStart } from '../doc.js';
import type { Doc, Draft, Hit, Rule, SpeakerRef } from '../types.js';
import { clauseSubject } from './clause-subject.js';
import { speakerBefore } from './speaker-before.js';
import { commonNounSubject } from './common-noun-subject.js';
import { englishAfter } from './speaker.js';

// Labels and reasons given for a judgement: "called the stabbing "an act of barbarity"" reports the quotation; "called
// the ruling a disgrace" (no quotation) reports the object with its label; "…, citing the move as a "grave abuse""
// reports the object with its "as" phrase. A bare "called" (called the police, called a meeting, called him an hour
// later) and a cited reason without "as" (citing security concerns) report nothing here.

/** Most tokens of the object between a label verb and its quotation (called the attack on the mosque "…"). */
const MAX_LABEL_OBJECT_TOKENS = 6;
/** Most tokens between "citing" and its "as" (citing the decision of the court as …). */
const MAX_CITED_TOKENS = 8;

/** The cue lemma that reports only a quotation after a short object (data/lexicons/en/cues.tsv: called, calls). */
export const LABEL_LEMMA = 'call';

/** The token of a quotation opening after a short object at `from` (her political party "…"), else -1. */
function labelQuoteAt(doc: Doc, from: number, end: number): number {
  if (from >= end || doc.lex.words.get(doc.keys[from]) === 'preposition') return -1;
  for (let k = from + 1; k < Math.min(end, from + MAX_LABEL_OBJECT_TOKENS + 1); k++) {
    if (/[,.;:!?()]/.test(gapBefore(doc, k)) || cueStartsAt(doc, k) && !nounAfter(doc, k)) return -1;
    if (speechQuoteAt(doc, k) || quotedWordLabel(doc, k, end)) return k;
  }
  return -1;
}

/**
 * 'called the vote "pointless".': a lone lower-case quoted word closing the clause (or before "and"/"but") is the label (too short to be quoted
 * speech elsewhere); a capitalised one names the object ('called the operation "Phoenix"').
 */
function quotedWordLabel(doc: Doc, k: number, end: number): [number, number] | undefined {
  const q = quoteTokensAt(doc, k);
  if (!q || q.to !== k + 1 || !/^\p{Ll}/u.test(doc.tokens[k].text)) return undefined;
  // (called the attack "cowardly" and vowed …: a coordinated verb after it closes the label too.)
  return q.to >= end || /[,.;:!?]/.test(gapBefore(doc, q.to)) || doc.keys[q.to] === 'and' || doc.keys[q.to] === 'but' ? q.chars : undefined;
}

/** Determiners after which a cue form is a noun (called the claims "…", called his remarks "…"). */
const NOUN_LEADS = new Set(['the', 'these', 'those', 'such', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** True when the cue form at token k follows such a determiner, so is the object's noun. */
const nounAfter = (doc: Doc, k: number) => NOUN_LEADS.has(doc.keys[k - 1]);

/** Words that open a short object of "called" before its label (called him a hero, called the ruling a disgrace). */
const OBJECT_OPENERS = new Set(['him', 'her', 'them', 'this', 'that', 'these', 'those', 'the', 'his', 'their', 'its', 'our', 'my', 'your']);
/** Objects that end where they start: a pronoun object takes no noun after it (called him a liar). */
const PRONOUN_OBJECTS = new Set(['him', 'them', 'this', 'that', 'these', 'those']);
/** Words after "a"/"an" that make it a time or a count, no label (called him a day later, called them a few times). */
const NOT_LABEL = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'few', 'number', 'second', 'third', 'couple', 'total', 'lot', 'time', 'bit', 'little', 'short', 'half']);

/**
 * "X called the ruling a disgrace": a short object (a pronoun, or a determiner and at most MAX_LABEL_OBJECT_TOKENS
 * words) then "a"/"an" and its label, or a stance marker as the label ("called the claims baseless"), with no comma
 * or cue between. Returns the object's first token and the label's end (-1: the label runs to labelEnd), else null.
 */
function unquotedLabelAt(doc: Doc, from: number, end: number): [number, number] | null {
  if (from >= end || !(OBJECT_OPENERS.has(doc.keys[from]) || namedOpener(doc, from))) return null;
  const first = PRONOUN_OBJECTS.has(doc.keys[from]) || !OBJECT_OPENERS.has(doc.keys[from]) ? from + 1 : from + 2;
  for (let k = first; k < Math.min(end, from + MAX_BARE_OBJECT_TOKENS + 1); k++) {
    if (/[,.;:!?()"“”]/.test(gapBefore(doc, k)) || cueStartsAt(doc, k) && !nounAfter(doc, k)) return null;
    // (the release of a prisoner: an article right after a link word is inside the object)
    const linked = OBJECT_LINKS.has(doc.keys[k - 1]);
    if ((doc.keys[k] === 'a' || doc.keys[k] === 'an') && !linked) return k + 1 >= end || NOT_LABEL.has(doc.keys[k + 1]) || /[,.;:!?()]/.test(gapBefore(doc, k + 1)) ? null : [from, -1];
    // called the release of the prisoners a step …, the deal between the factions …: a link and its determiner go on.
    if (OBJECT_LINKS.has(doc.keys[k]) || linked && doc.lex.words.get(doc.keys[k]) === 'determiner') continue;
    // called the claims baseless, called the attack cowardly: a stance marker (stance-markers.tsv) as the label.
    const m = doc.lex.markers.first(doc.keys, k, [doc.keys[k]]);
    if (m && m[0].value !== 'assert') return [from, -1];
    // called this dubious to the paper, called her party fascist and …: an adjective closing the clause as the label.
    if (!['a', 'an'].includes(doc.keys[k - 1]) && adjectiveLabel(doc, k, end)) return [from, k + 1];
    // called the police and …: a function word inside the object ends it with no label.
    if (doc.lex.words.get(doc.keys[k])) return null;
  }
  return null;
}

/** Most tokens of the object before an unquoted label (the signing of the accord in the capital …). */
const MAX_BARE_OBJECT_TOKENS = 9;
/** Prepositions that go on inside an object before its label (the release of the prisoners, the deal between …). */
const OBJECT_LINKS = new Set(['of', 'between', 'in', 'with', 'among']);

/** True when a capitalised name or possessive opens the object (called Sunday's agreement …, called Lee a liar). */
function namedOpener(doc: Doc, from: number): boolean {
  return /^\p{Lu}/u.test(doc.tokens[from].text) && !doc.lex.words.get(doc.keys[from]) && !doc.lex.titleWords.has(doc.keys[from].replace(/['’]s$/u, ''));
}

/** Endings of adjectives that serve as a bare label (dubious, illegal, fascist, unacceptable, premature). */
const ADJECTIVE_ENDING = /(ous|ble|ful|ic|al|ive|ent|ant|ist|less|ure|ish)$/;
/** Words after such a label that close it: to whom or why it was said (called this dubious to the paper, … as …). */
const LABEL_CLOSERS = new Set(['to', 'and', 'but', 'as', 'because', 'since', 'given', 'amid', 'in', 'on', 'for']);

/**
 * True when the lower-case word at token k is an adjective label that closes its clause: an adjective ending, no
 * function or title word (called the union official …), then the sentence end, a break, or a word that closes it.
 */
function adjectiveLabel(doc: Doc, k: number, end: number): boolean {
  if (!/^\p{Ll}+$/u.test(doc.tokens[k].text) || !ADJECTIVE_ENDING.test(doc.keys[k]) || doc.lex.words.get(doc.keys[k])
    || doc.lex.titleWords.has(doc.keys[k])) return false;
  return k + 1 >= end || /[,.;:!?()\u2014\u2013]/.test(gapBefore(doc, k + 1)) || LABEL_CLOSERS.has(doc.keys[k + 1]);
}

/** An unquoted label runs to the first comma, semicolon or dash ("called the ruling a disgrace for the courts, and left"). */
function labelEnd(doc: Doc, from: number, end: number): number {
  let k = from + 1;
  while (k < end && !/[,;:\u2014\u2013]/.test(gapBefore(doc, k))) k++;
  return k;
}

/** "X called the stabbing "an act of inexplicable barbarity."": the quotation after a short object. */
export const enLabel: Rule = {
  id: 'en-label',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue' || hit.cue.lemma !== LABEL_LEMMA) return null;
    const floor = sentenceStart(doc, hit.start), end = sentenceEnd(doc, hit.start);
    const k = labelQuoteAt(doc, hit.end, end);
    const bare = k < 0 ? unquotedLabelAt(doc, hit.end, end) : null;
    if (k < 0 && !bare) return null;
    const content = k >= 0 ? speechQuoteAt(doc, k)?.chars ?? quotedWordLabel(doc, k, end)!
      : contentRange(doc, bare![0], bare![1] >= 0 ? bare![1] : labelEnd(doc, bare![0], Math.min(end, clauseEnd(doc, bare![0]))));
    if (!content) return null;
    // (… said the talks failed and called the charges "a witch hunt": the subject of the first verb, as en-coordinated)
    const coordinated = ['and', 'but'].includes(doc.keys[hit.start - 1]) ? clauseSubject(doc, hit, floor, end)?.speaker : undefined;
    const speaker = speakerBefore(doc, hit, floor) ?? coordinated ?? (hit.cue.kind === 'participle' ? { kind: 'inherit', gender: '-', sentence: doc.sentOf[hit.start] } as const : null);
    if (!speaker) return null;
    return {
      rule: k >= 0 ? 'en-label' : 'en-label-bare', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance, speaker,
      content, direct: k >= 0, targets: [], sentence: doc.sentOf[hit.start],
    };
  },
};

/**
 * "A number of Senators condemned the act, citing the move as a "grave abuse of governmental power"": "citing" with
 * an object and "as" is the subject's judgement; the content is the object to the clause end. `hit` is the source
 * phrase "citing" (data/lexicons/en/sources.tsv).
 */
export function citingAs(doc: Doc, hit: Extract<Hit, { type: 'source' }>): Draft | null {
  const floor = sentenceStart(doc, hit.start), end = sentenceEnd(doc, hit.start);
  let as = -1;
  for (let k = hit.end + 1; k < Math.min(end - 1, hit.end + MAX_CITED_TOKENS + 1); k++) {
    if (/[,.;:!?()]/.test(gapBefore(doc, k))) break;
    if (doc.keys[k] === 'as') { as = k; break; }
  }
  if (as < 0 || doc.lex.words.get(doc.keys[hit.end]) === 'preposition') return null;
  const content = contentRange(doc, hit.end, Math.min(end, clauseEnd(doc, hit.end)));
  if (!content) return null;
  return {
    rule: 'en-citing-as', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: 'assert',
    speaker: subjectOf(doc, hit.start, floor), content, direct: false, targets: [], sentence: doc.sentOf[hit.start],
  };
}

/** The subject of an adjunct participle at `at`: the speaker of an earlier cue of the sentence, else its subject phrase. */
function subjectOf(doc: Doc, at: number, floor: number): SpeakerRef {
  const inherit = { kind: 'inherit', gender: '-', sentence: doc.sentOf[at] } as const;
  if (doc.hits.some((h: Hit) => h.type === 'cue' && h.start >= floor && h.start < at)) return inherit;
  const e = Math.max(englishAfter(doc, floor, at), commonNounSubject(doc, floor, at));
  return e > floor ? { kind: 'span', start: doc.tokens[floor].start, end: doc.tokens[e - 1].end, gender: '-' } : inherit;
}
