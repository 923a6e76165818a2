import { commaBefore } from '../clause.js';
import { gapBefore, gapHas } from '../doc.js';
import type { Doc, Hit, SpeakerRef } from '../types.js';
import { listSubjectStart } from './list-subject.js';
import { skipRaising } from './raising.js';
import { relativeClauseSubject } from './relative-subject.js';
import { englishBefore, skipBackAdverbs } from './speaker.js';
import { isClauseStart } from './clause-start.js';
import { documentParticipleStart } from './document-participle.js';
import { BREAK_BEFORE } from './phrase-bounds.js';
import { bodyLinkStart, headBeforeBody, modifiersBefore, SPEAKER_COUNTS } from './speaker-head-body.js';

type CueHit = Extract<Hit, { type: 'cue' }>;
export const span = (doc: Doc, s: number, e: number): SpeakerRef => ({ kind: 'span', start: doc.tokens[s].start, end: doc.tokens[e - 1].end, gender: '-' });

/** True when a "that", a bare clause, a colon or a quotation follows the cue. */
function reportsClause(doc: Doc, hit: CueHit): boolean {
  if (hit.end >= doc.tokens.length) return false;
  return doc.keys[hit.end] === 'that' || /[:"“]/.test(gapBefore(doc, hit.end)) || isClauseStart(doc, hit.end);
}

/** The speaker before the cue: a pronoun, a phrase, or (X, the …, said) the phrase before an apposition. */
export function speakerBefore(doc: Doc, hit: CueHit, floor: number): SpeakerRef | null {
  // "The company, in a statement on Tuesday, said": a time phrase before the comma is the aside's end, not skipped.
  const k0 = skipRaising(doc, skipProgressive(doc, hit, skipBackAdverbs(doc, hit.start, floor), floor), floor);
  // (… have on several occasions called: an auxiliary before the time phrase is skipped as well)
  const k1 = commaBefore(doc, k0) ? k0 : skipBackAdverbs(doc, skipTimeBack(doc, k0, floor), floor);
  // ("Police in Paris, however, said": an adverb alone in commas is no apposition; the phrase before it speaks.)
  const aside = adverbAsideStart(doc, k1, floor);
  const k = aside ?? k1;
  if (k <= floor) return null;
  // "Officials who spoke to Reuters said": the head before a subject relative clause, not the clause's object.
  const head = hit.cue.kind === 'verb' && !commaBefore(doc, k) ? relativeClauseSubject(doc, k, floor) : null;
  if (head) return head;
  const issuer = issuerOf(doc, k, floor);
  if (issuer) return issuer;
  // "Alex Greenwich who said …", "Chris Christie, who denounced …": the phrase before "who".
  // ("backed by Germany, which said it would …": after a comma, "which" before a cue and its clause or quotation stands
  // for the body before it; "the court, which rejected a lawsuit" reports an act.)
  if (k - 1 > floor && (doc.keys[k - 1] === 'who' && doc.tokens[k - 1].text !== 'WHO' || doc.keys[k - 1] === 'which' && commaBefore(doc, k - 1) && reportsClause(doc, hit))) {
    const s = englishBefore(doc, k - 1, floor);
    return s < k - 1 ? span(doc, s, k - 1) : null;
  }
  // "The statement said …": the document stands for its issuer, the nearest earlier source.
  if (k - 2 >= floor && ISSUED.has(doc.keys[k - 1]) && doc.keys[k - 2] === 'the' && (k - 2 === floor || commaBefore(doc, k - 2))) {
    return { kind: 'pronoun', start: doc.tokens[k - 2].start, end: doc.tokens[k - 1].end, gender: '-' };
  }
  if (doc.lex.words.get(doc.keys[k - 1]) === 'pronoun') {
    return { kind: 'pronoun', start: doc.tokens[k - 1].start, end: doc.tokens[k - 1].end, gender: '-' };
  }
  if (commaBefore(doc, k) && aside === undefined) {
    // (a participle after a comma is an adjunct: its subject is the sentence's, found by the caller)
    if (hit.cue.kind === 'participle') return null;
    // X, the mayor of …, said: take X, before the first comma of the apposition.
    let c = k - 1;
    while (c > floor && !commaBefore(doc, c)) c--;
    // the president of the league, Jamel Msallem, said: a bare name in the commas is the source the phrase describes.
    if (c > floor && isBareName(doc, c, k)) return span(doc, c, k);
    if (c > floor) {
      const s = englishBefore(doc, c, floor);
      return s < c ? span(doc, s, c) : null;
    }
    return null;
  }
  let s = englishBefore(doc, k, floor);
  // "…, officials from both sides said": a listed head, its preposition and a lower-case body phrase.
  if (s === k) s = headBeforeBody(doc, k, floor);
  // "wrote to the embassy in London asking …": a participle's subject is no prepositional object.
  // "…, with Zinichev describing …", "despite X claiming …": after these the noun is the participle's own subject.
  if (hit.cue.kind === 'participle' && s > floor && doc.lex.words.get(doc.keys[s - 1]) === 'preposition') return SUBJECT_BEFORE_PARTICIPLE.has(doc.keys[s - 1]) && s < k ? span(doc, s, k) : null;
  // "Greek prime minister X speaking to the Atlantic Council think tank called …": the phrase after a participle's
  // preposition is its object; the speaker is the phrase before the participle.
  if (s < k && s - 2 > floor && doc.lex.words.get(doc.keys[s - 1]) === 'preposition' && /^\p{Ll}+ing$/u.test(doc.tokens[s - 2].text)
    && !gapHas(doc, s - 1, BREAK_BEFORE) && !gapHas(doc, s, BREAK_BEFORE)) {
    const s2 = englishBefore(doc, s - 2, floor);
    if (s2 < s - 2 && /^\p{Lu}/u.test(doc.tokens[s - 3].text)) return span(doc, s2, s - 2);
  }
  // "Richard Ferrand in relaying the news to parliament said": a gerund adjunct between a named subject and its cue.
  if (hit.cue.kind === 'verb') {
    const named = beforeGerundAdjunct(doc, k - 1, floor);
    if (named) return named;
  }
  // "An Al Jazeera reporter in Kenya noted", "Police in Paris said", "criticism within Serbia has said": the head
  // before the place.
  // ("Critics from across the political spectrum said": a two-word link.)
  const link = s - 2 > floor && doc.keys[s - 1] === 'across' && doc.keys[s - 2] === 'from' && !gapHas(doc, s - 1, BREAK_BEFORE) ? s - 2 : s - 1;
  if (s < k && link > floor && (PLACE_LINKS.has(doc.keys[s - 1]) || link < s - 1) && !gapHas(doc, link, BREAK_BEFORE)) {
    const s2 = englishBefore(doc, link, floor);
    if (s2 < link && doc.lex.words.get(doc.keys[s2]) !== 'time') s = s2;
  }
  // "A spokeswoman for the ministry said", "a source close to the talks", "people familiar with the plan": a titled head,
  // its link and the body it speaks for are one phrase.
  if (s < k) s = documentParticipleStart(doc, bodyLinkStart(doc, s, floor), floor);
  // "German firms including Deutsche Bahn, Daimler, and Siemens have announced": the head with its list of examples.
  if (s < k) s = listSubjectStart(doc, s, floor);
  // ("…, health officials said": lower-case modifiers before a listed head belong to the phrase.)
  if (s < k) s = modifiersBefore(doc, s, floor);
  // ("…, two officials told Reuters": a count before the head belongs to the phrase.)
  if (s < k && s - 1 >= floor && SPEAKER_COUNTS.has(doc.keys[s - 1]) && !gapHas(doc, s, BREAK_BEFORE)) s--;
  if (s === k) return asideNoun(doc, k, floor);
  return s < k ? span(doc, s, k) : null;
}

/** Most words of an adverb aside in commas before a cue (however, in turn). */
const MAX_ADVERB_ASIDE = 2;
/** Linking adverbs set in commas after a subject (not all listed as adverbs: "however" opens clauses too). */
const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'though', 'moreover', 'instead', 'nevertheless', 'nonetheless', 'furthermore', 'too', 'also']);
const asideAdverb = (doc: Doc, i: number) => ASIDE_ADVERBS.has(doc.keys[i]) || doc.lex.words.get(doc.keys[i]) === 'adverb';

/** Start of one or two adverbs set in commas right before token `k` (X, however, said), else undefined. */
function adverbAsideStart(doc: Doc, k: number, floor: number): number | undefined {
  if (!commaBefore(doc, k)) return undefined;
  let c = k - 1;
  while (c > floor && k - c <= MAX_ADVERB_ASIDE && !commaBefore(doc, c) && asideAdverb(doc, c)) c--;
  return c > floor && k - c <= MAX_ADVERB_ASIDE && commaBefore(doc, c) && asideAdverb(doc, c) ? c : undefined;
}

/** Words that open an unnamed source in an "as" aside (As one farmer put it, As a local trader said). */
const ASIDE_OPENERS = new Set(['one', 'another', 'a', 'an', 'the']);
/** Most lower-case words of such a source after its opener. */
const MAX_ASIDE_NOUN_WORDS = 3;

/**
 * "As one farmer put it, "…"": an unnamed common-noun source between "as" (opening the sentence or after a comma) and
 * the cue; the caller keeps the aside only when a quotation follows.
 */
function asideNoun(doc: Doc, k: number, floor: number): SpeakerRef | null {
  let j = k - 1;
  while (j > floor && k - j <= MAX_ASIDE_NOUN_WORDS && !ASIDE_OPENERS.has(doc.keys[j]) && /^\p{Ll}+$/u.test(doc.tokens[j].text) && !doc.lex.words.get(doc.keys[j])
    && !/ly$/.test(doc.keys[j]) && !gapHas(doc, j + 1, BREAK_BEFORE)) j--;
  if (j === k - 1 || !ASIDE_OPENERS.has(doc.keys[j]) || j - 1 < floor || doc.keys[j - 1] !== 'as') return null;
  return j - 1 === floor || commaBefore(doc, j - 1) ? span(doc, j, k) : null;
}

/** Forms of "be" before an -ing cue that make it a finite progressive (are demanding, has been warning). */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', "'s", '’s', "'re", '’re']);

/**
 * "Workers are demanding higher pay", "the group has been warning …": a progressive auxiliary before an -ing cue is
 * skipped (with the adverbs and auxiliaries before it), as "has" is before a past form; `k` is where the adverb skip
 * stopped.
 */
function skipProgressive(doc: Doc, hit: CueHit, k: number, floor: number): number {
  if (!/ing$/.test(doc.keys[hit.start]) || k - 1 <= floor || !PROGRESSIVE_BE.has(doc.keys[k - 1]) || gapHas(doc, k, BREAK_BEFORE)) return k;
  return skipBackAdverbs(doc, k - 1, floor);
}

/** Prepositions that open a gerund adjunct after a subject (in relaying the news, while visiting Paris). */
const GERUND_LEADS = new Set(['in', 'while', 'after', 'when', 'upon', 'on']);
/** Most tokens of such an adjunct before the cue. */
const MAX_GERUND_ADJUNCT_TOKENS = 10;

/**
 * The speaker phrase (ending in a name or a title) before a gerund adjunct (in/while/after + an -ing word …) whose last
 * word is token `s`, with no punctuation inside; null when there is none.
 */
function beforeGerundAdjunct(doc: Doc, s: number, floor: number): SpeakerRef | null {
  for (let j = s; j > floor + 1 && s - j < MAX_GERUND_ADJUNCT_TOKENS; j--) {
    if (gapHas(doc, j + 1, BREAK_BEFORE) && j < s) return null;
    if (!/^\p{Ll}+ing$/u.test(doc.tokens[j].text) || !GERUND_LEADS.has(doc.keys[j - 1]) || gapHas(doc, j, BREAK_BEFORE) || gapHas(doc, j - 1, BREAK_BEFORE)) continue;
    const e = j - 1;
    const s2 = englishBefore(doc, e, floor);
    return s2 < e && (/^\p{Lu}/u.test(doc.tokens[e - 1].text) || doc.lex.titleWords.has(doc.keys[e - 1])) ? span(doc, s2, e) : null;
  }
  return null;
}

/** Prepositions that tie a place to the head of a speaker phrase (officials in Paris, critics within the party). */
const PLACE_LINKS = new Set(['in', 'from', 'at', 'within']);

// (the marks that end a phrase, kept with the other phrase bounds; re-exported for the rules that read them here)
export { BREAK_BEFORE } from './phrase-bounds.js';

/** Prepositions whose noun is the subject of a participle right after it (`with officials saying`, `despite X claiming`). */
export const SUBJECT_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['with', 'despite']);

/** Most words of a person's or a body's bare name (Jamel Msallem, Znak.com). */
const MAX_NAME_TOKENS = 4;

/** Tokens [s, e) are a bare name: capitalised words only, no title (Prime Minister), no function word. */
export function isBareName(doc: Doc, s: number, e: number): boolean {
  if (e - s < 1 || e - s > MAX_NAME_TOKENS) return false;
  for (let i = s; i < e; i++) {
    if (!/^\p{Lu}/u.test(doc.tokens[i].text) || doc.lex.words.get(doc.keys[i]) || doc.lex.titleWords.has(doc.keys[i])) return false;
    if (i > s && gapHas(doc, i, BREAK_BEFORE)) return false;
  }
  return true;
}

/** Time words that stand alone as an adverb between a subject and its verb (the minister yesterday announced). */
const BARE_TIME = new Set(['yesterday', 'today', 'tonight']);

/** Counts and ordinals inside a time phrase (on several occasions, on two occasions, on previous occasions). */
const TIME_COUNTS = new Set(['several', 'many', 'numerous', 'multiple', 'two', 'three', 'few', 'recent', 'past', 'previous', 'separate']);

/** "…during the weekend said", "…, on Tuesday told": skips a time phrase (preposition, determiner, time word) before the cue. */
export function skipTimeBack(doc: Doc, k: number, floor: number): number {
  if (k - 1 <= floor || doc.lex.words.get(doc.keys[k - 1]) !== 'time') return k;
  // X both yesterday questioned …: a bare time adverb, then any adverb before it.
  if (BARE_TIME.has(doc.keys[k - 1])) return skipBackAdverbs(doc, k - 1, floor);
  let j = k - 1;
  while (j > floor && j >= k - 3 && (doc.lex.words.get(doc.keys[j - 1]) === 'determiner' || TIME_COUNTS.has(doc.keys[j - 1]))) j--;
  return j > floor && doc.lex.words.get(doc.keys[j - 1]) === 'preposition' ? j - 1 : k;
}

/** Documents that speak for whoever issued them (a statement which said …). */
export const DOCUMENTS = new Set(['statement', 'letter', 'post', 'tweet', 'message', 'release', 'report', 'video']);
/** Documents that stand for their issuer when named again ("The statement said"); a report may be a source of its own. */
const ISSUED = new Set(['statement', 'letter', 'post', 'tweet', 'message', 'release']);

/** "X released a statement which said": X, the subject before the verb that issued the document. */
function issuerOf(doc: Doc, k: number, floor: number): SpeakerRef | null {
  let d = k - 1;
  if (d > floor && (doc.keys[d] === 'which' || doc.keys[d] === 'that')) d--;
  if (d <= floor + 2 || !DOCUMENTS.has(doc.keys[d]) || doc.lex.words.get(doc.keys[d - 1]) !== 'determiner') return null;
  const verb = d - 2;
  if (verb <= floor || doc.lex.words.get(doc.keys[verb])) return null;
  const v = skipBackAdverbs(doc, verb, floor);
  if (v > floor && doc.lex.words.get(doc.keys[v - 1]) === 'pronoun') {
    return { kind: 'pronoun', start: doc.tokens[v - 1].start, end: doc.tokens[v - 1].end, gender: '-' };
  }
  const s = englishBefore(doc, v, floor);
  return s < v ? span(doc, s, v) : null;
}
