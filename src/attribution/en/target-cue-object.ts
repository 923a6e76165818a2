import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange } from '../clause.js';
import { gapHas, titleAt } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import type { Stance } from '../../model/index.js';
import type { Doc, Draft } from '../types.js';
import { noParty } from './targets.js';
import { BREAK, MAX_AGENT_TOKENS, PHRASE_OPENERS, nounWord, partyPhrase } from './target-phrase.js';

// Targets an English cue names as its object: the one right before its frame word (accused the network of), the one
// before the "that" of its content (warned Iran that), and the party an object noun belongs to (condemned the act of
// the NTC, threatened the network's licence).

/** Frame words of a cue (lexicon `frame`) that close its object and show it named a party (accused X of, blamed X for, urged X to). */
const OBJECT_FRAMES = new Set(['of', 'for', 'to']);
/** Finite verbs a "not" follows in a clause (does not, is not, will not), as keys. */
const FINITE_BEFORE_NOT = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had']);
/** Words that close the object of any warning (warned drivers against, warned them not to). */
const WARN_FRAMES = ['against', 'not'];
/** Entity types whose mention in the "of" phrase of an object is a party (the act of the NTC; not a country or a place). */
const PARTY_TYPES = new Set(['person', 'org']);

/** The words that may close the cue's object: its lexicon frame's (accused → of), and against / not for a warning. */
export function objectFrames(doc: Doc, d: Draft, stance: Stance): ReadonlySet<string> {
  const end = firstWordAt(doc.tokens, d.cue[1]);
  const hit = doc.hits.find((h) => h.type === 'cue' && h.end === end);
  const own = hit?.type === 'cue' ? [...hit.cue.frame].filter((f) => OBJECT_FRAMES.has(f)) : [];
  // called for NATO members to increase …: a demand's object before an infinitive is the one asked (framedObject).
  return new Set(stance === 'warn' ? [...own, ...WARN_FRAMES] : stance === 'demand' ? [...own, 'to'] : own);
}

/** accused the network of swindling, warned drivers against: the object right before a frame word of the cue. */
export function framedObject(doc: Doc, frame: ReadonlySet<string>, lo: number, hi: number): [number, number] | null {
  if (!frame.size) return null;
  for (let k = lo + 1; k < Math.min(hi, lo + MAX_TARGET_TOKENS + 1); k++) {
    // (called for the bill to be dropped: the subject of a passive infinitive is acted on, not asked.)
    if (frame.has(doc.keys[k]) && !gapHas(doc, k, BREAK)) return partyPhrase(doc, lo, k) && !(doc.keys[k] === 'to' && (!infinitiveAt(doc, k + 1) || doc.keys[k + 1] === 'be')) ? charRange(doc, lo, k) : null;
    // (cautioned justice does not come swiftly: "not" after a finite verb negates a clause, its subject no one warned.)
    if (doc.keys[k + 1] === 'not' && FINITE_BEFORE_NOT.has(doc.keys[k])) return null;
    if (!nounWord(doc, k, lo) || /ing$/.test(doc.keys[k])) return null;
  }
  return null;
}

/** True when token k may be an infinitive after "to" (urged X to leave; not appealed the decision to the court, to Congress). */
function infinitiveAt(doc: Doc, k: number): boolean {
  return k < doc.tokens.length && !doc.lex.words.has(doc.keys[k]) && !PHRASE_OPENERS.has(doc.keys[k]) && !/^\p{Lu}/u.test(doc.tokens[k].text);
}

/**
 * condemned the act of the NTC, opposed the swearing-in of Pierluisi, threatened the network's licence: the person or
 * body an object noun belongs to (a possessor, or an "of" phrase naming a listed person or body right after the noun).
 */
export function objectOwner(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let k = lo; k < Math.min(hi, lo + MAX_TARGET_TOKENS); k++) {
    // the proclamation of Golan Heights … by the President: with an agent named, the "of" phrase is what was acted on,
    // and the agent is the one the act belongs to.
    if (doc.keys[k] === 'of' && k > lo && k - lo <= 2) {
      const by = doc.keys.indexOf('by', k);
      return by < 0 || by >= hi ? partyOf(doc, k + 1, hi) : by - k <= MAX_ACT_TOKENS && !gapHas(doc, by, BREAK) ? agentOf(doc, by + 1, hi) : null;
    }
    if (!nounWord(doc, k, lo)) return null;
    if (/['’]s$/.test(doc.tokens[k].text)) {
      // the city's mayor Muriel Bowser: a person the possessor has is the party, not the possessor.
      const owned = ownsPerson(doc, k + 1, hi);
      if (owned >= 0) return titledName(doc, k + 1, owned, hi);
      const e = doc.tokens[k].end - 2;
      return partyPhrase(doc, lo, k + 1) && k - lo < MAX_TARGET_TOKENS ? [doc.tokens[lo].start, e] : null;
    }
  }
  return null;
}

/** Most words of adjectives between a possessor's 's and the title it has (the city's Democratic mayor). */
const MAX_TITLE_GAP_TOKENS = 2;

/** Token of a title (mayor, president, spokesman) opening the phrase at token i after at most a couple of words, or -1. */
function ownsPerson(doc: Doc, i: number, hi: number): number {
  for (let j = i; j < Math.min(hi, i + MAX_TITLE_GAP_TOKENS + 1); j++) {
    if (gapHas(doc, j, BREAK)) return -1;
    if (titleAt(doc, j)) return j;
  }
  return -1;
}

/**
 * the city's Democratic mayor Muriel Bowser: the words after the possessor's 's (from token i) through the title at
 * token `title` and the capitalised name right after it, or null when no name follows the title.
 */
function titledName(doc: Doc, i: number, title: number, hi: number): [number, number] | null {
  let k = title + 1;
  while (k < hi && k - title <= MAX_TARGET_TOKENS && /^\p{Lu}/u.test(doc.tokens[k].text) && !gapHas(doc, k, BREAK)) k++;
  return k > title + 1 ? charRange(doc, i, k) : null;
}

/**
 * The person or body named at token i (after an optional "the"): a person's or body's mention, or capitalised words
 * no other mention starts at (the swearing-in of Pierluisi; not the capture of Mosul, a place).
 */
function partyOf(doc: Doc, i: number, hi: number): [number, number] | null {
  const at = doc.keys[i] === 'the' ? i + 1 : i;
  if (at >= hi) return null;
  const start = doc.tokens[at].start;
  for (const e of doc.input.entities) {
    const m = e.mentions.find((x) => x.start === start);
    if (m) return PARTY_TYPES.has(e.type) ? [doc.tokens[i].start, Math.min(m.end, doc.tokens[hi - 1].end)] : null;
  }
  let k = at;
  while (k < hi && k - at < MAX_TARGET_TOKENS && /^\p{Lu}/u.test(doc.tokens[k].text) && !(k > at && gapHas(doc, k, BREAK))) k++;
  return k > at ? charRange(doc, i, k) : null;
}

/** Most words of the act's "of" phrase before its "by" (the proclamation of Golan Heights as official Israeli territory by). */
const MAX_ACT_TOKENS = 10;

/** The agent after an act's "by" (by the President of the United States Donald Trump): a person or body, or capitalised words. */
function agentOf(doc: Doc, i: number, hi: number): [number, number] | null {
  const at = doc.keys[i] === 'the' ? i + 1 : i;
  if (at >= hi || noParty(doc, at)) return null;
  const capital = (k: number) => k < hi && /^\p{Lu}/u.test(doc.tokens[k].text);
  let k = at;
  if (capital(at)) {
    // (of the United States: "of" and "the" inside a title; the phrase ends at a clause mark or a lower-case word.)
    while (k < hi && k - i < MAX_AGENT_TOKENS && !(k > at && gapHas(doc, k, BREAK))
      && (capital(k) || doc.keys[k] === 'of' && (capital(k + 1) || doc.keys[k + 1] === 'the' && capital(k + 2)) || doc.keys[k] === 'the' && capital(k + 1))) k++;
  } else if (at > i) {
    // by the security forces on Monday: a determined noun phrase up to a function word.
    while (k < hi && k - at < MAX_TARGET_TOKENS && nounWord(doc, k, at) && !doc.lex.words.has(doc.keys[k]) && !/ing$/.test(doc.keys[k])) k++;
  }
  return k > at ? charRange(doc, i, k) : null;
}

/**
 * warned Iran that …, urged the allies that …: the object a warning or demand cue has before the "that" its content
 * follows (the cue's own stance; told reporters that … names no one warned).
 */
export function objectBeforeThat(doc: Doc, d: Draft, lo: number): [number, number] | null {
  const from = firstWordAt(doc.tokens, d.cue[1]);
  const that = lo - 1;
  if (that <= from || doc.keys[that] !== 'that' || that - from > MAX_TARGET_TOKENS || d.speaker.kind === 'span' && d.speaker.start >= d.cue[1]) return null;
  return !gapHas(doc, that, BREAK) && partyPhrase(doc, from, that) ? charRange(doc, from, that) : null;
}
