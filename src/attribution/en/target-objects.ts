import { join } from 'node:path';
import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange, isComplement } from '../clause.js';
import { gapHas, quoteOpeningAt, sentenceEnd } from '../doc.js';
import { gapChars } from '../gaps.js';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/tsv.js';
import { firstWordAt } from '../../text/words.js';
import type { Stance } from '../../model/index.js';
import type { Doc, Draft } from '../types.js';
import { objectWords } from './objects.js';
import { dutyBearer, noParty } from './targets.js';

// Targets read off a finished English statement (its cue and content spans) when the rule that made it named none:
// the object before the cue's frame word (accused the network of, warned drivers against), the party an object
// belongs to (condemned the act of the NTC, threatened the network's licence), the agent of an accused act (was
// attacked by X) or the subject of an accusing clause (this individual is a terrorist), the addressee before a demand
// cue (wrote to the embassy asking) or the object of an asking verb inside the content (I request all leaders to …),
// and the party a warning's condition or duty names (if Turkey does anything …).

/** A comma in a gap. */
const COMMA_GAP = gapChars(',');
/** Punctuation that ends a phrase. */
const BREAK = gapChars(',;:.!?()"“”«»');
/** The same but the dot (after an initial: U.S.). */
const BREAK_BUT_DOT = gapChars(',;:!?()"“”«»');
/** Frame words of a cue (lexicon `frame`) that close its object and show it named a party (accused X of, blamed X for, urged X to). */
const OBJECT_FRAMES = new Set(['of', 'for', 'to']);
/** Words that close the object of any warning (warned drivers against, warned them not to). */
const WARN_FRAMES = ['against', 'not'];
/** Words that open a noun phrase naming a party (the network, these ministers, all the presidents), as keys. */
const PHRASE_OPENERS = new Set(['the', 'this', 'these', 'those', 'all', 'its', 'their', 'his', 'her', 'our']);
/** Object pronouns: a target phrase of one such word names nobody (ask her to, urged them to), as keys. */
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'you', 'it']);
/** Entity types whose mention in the "of" phrase of an object is a party (the act of the NTC; not a country or a place). */
const PARTY_TYPES = new Set(['person', 'org']);
/** Passive auxiliaries before an agent's "by" (was attacked by X), as keys. */
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
/** Most words between a passive auxiliary and its "by" (she was forced … and raped by). */
const MAX_PASSIVE_GAP_TOKENS = 3;
/** Most words of a passive's agents (by Quirin, Redouane and an unidentified third officer). */
const MAX_AGENT_TOKENS = 10;
/** Punctuation that ends a list of agents (a comma separates them). */
const LIST_BREAK = gapChars(';:.!?()"“”«»');
/** A target phrase of words and spaces only (an edited quotation's "[W]e" is none). */
const PLAIN_WORDS = /^[\p{L}\p{N} .'’-]+$/u;
/** Most words of the one asked before its "to" (all the presidents and prime ministers of the world). */
const MAX_ASKED_TOKENS = 10;
/** Most words before an asking verb in a demand's content (I request, the government would pressure). */
const ASK_WINDOW_TOKENS = 8;
/** Finite auxiliaries that end a clause's subject (this individual is, the court has), as keys. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);
/** Determiners that open an accused subject (this individual, the court), as keys: a pronoun or a bare noun names less surely. */
const SUBJECT_OPENERS = new Set(['the', 'this', 'these', 'those']);
/** Most words of an adjunct before the clause's subject (For Mexico, In so ruling,). */
const MAX_LEAD_ADJUNCT_TOKENS = 4;
/** Most words between "to" and the asking cue after it (wrote to the US Embassy in London asking). */
const MAX_ADDRESSEE_TOKENS = 6;
/** Subjects of a condition that name no party (if it, if we), as keys. */
const NO_CONDITION_PARTY = new Set(['it', 'there', 'this', 'that', 'we', 'i', 'you', 'they', 'he', 'she', 'anyone', 'anything']);

/**
 * Targets of an English statement its rule named none for, under `stance` (after the content shifted it), tried in
 * this order: the object before the frame word, the party the object belongs to, then by stance the agent of a
 * passive accusation or its clause's subject, the addressee of a demand or the one an asking verb in it names, the
 * party a warning's condition or duty names.
 */
export function englishStatementTargets(doc: Doc, d: Draft, stance: Stance): [number, number][] {
  const lo = firstWordAt(doc.tokens, d.content[0]);
  if (lo >= doc.tokens.length) return [];
  const hi = Math.max(lo + 1, firstWordAt(doc.tokens, d.content[1]));
  const objectContent = !d.direct && lo === firstWordAt(doc.tokens, d.cue[1]) && !isComplement(doc, lo);
  if (objectContent) {
    const framed = framedObject(doc, objectFrames(doc, d, stance), lo, hi);
    if (framed) return [framed];
    const owner = stance === 'accuse' || stance === 'deny' || stance === 'warn' ? objectOwner(doc, lo, hi) : null;
    if (owner) return [owner];
  }
  if (stance === 'accuse') {
    const agents = passiveAgent(doc, lo, hi);
    if (agents.length) return agents;
    const doer = accusedSubject(doc, lo, hi);
    return doer ? [doer] : [];
  }
  if (stance === 'demand') {
    const addressee = addresseeInCue(doc, d);
    return addressee ? [addressee] : innerDemandObject(doc, lo, hi);
  }
  if (stance === 'warn') {
    const c = conditionParty(doc, lo, hi);
    // these ministers should seek forgiveness, else …: a warning's duty names the one warned (not "[W]e must").
    return c ? [c] : dutyBearer(doc, 'demand', d.content).filter((t) => PLAIN_WORDS.test(doc.text.slice(t[0], t[1])));
  }
  return [];
}

/** True when token k may stand in a party's noun phrase (no clause mark before it, no function word but a determiner). */
function nounWord(doc: Doc, k: number, from: number): boolean {
  if (k > from && (gapHas(doc, k, BREAK) && !initialDot(doc, k) || quoteOpeningAt(doc, k))) return false;
  const c = doc.lex.words.get(doc.keys[k]);
  return !c || c === 'determiner' && doc.keys[k] !== 'of' || PHRASE_OPENERS.has(doc.keys[k]);
}

/** The words that may close the cue's object: its lexicon frame's (accused → of), and against / not for a warning. */
function objectFrames(doc: Doc, d: Draft, stance: Stance): ReadonlySet<string> {
  const end = firstWordAt(doc.tokens, d.cue[1]);
  const hit = doc.hits.find((h) => h.type === 'cue' && h.end === end);
  const own = hit?.type === 'cue' ? [...hit.cue.frame].filter((f) => OBJECT_FRAMES.has(f)) : [];
  return new Set(stance === 'warn' ? [...own, ...WARN_FRAMES] : own);
}

/** accused the network of swindling, warned drivers against: the object right before a frame word of the cue. */
function framedObject(doc: Doc, frame: ReadonlySet<string>, lo: number, hi: number): [number, number] | null {
  if (!frame.size) return null;
  for (let k = lo + 1; k < Math.min(hi, lo + MAX_TARGET_TOKENS + 1); k++) {
    if (frame.has(doc.keys[k]) && !gapHas(doc, k, BREAK)) return partyPhrase(doc, lo, k) && !(doc.keys[k] === 'to' && !infinitiveAt(doc, k + 1)) ? charRange(doc, lo, k) : null;
    if (!nounWord(doc, k, lo) || /ing$/.test(doc.keys[k])) return null;
  }
  return null;
}

/** True when token k may be an infinitive after "to" (urged X to leave; not appealed the decision to the court, to Congress). */
function infinitiveAt(doc: Doc, k: number): boolean {
  return k < doc.tokens.length && !doc.lex.words.has(doc.keys[k]) && !PHRASE_OPENERS.has(doc.keys[k]) && !/^\p{Lu}/u.test(doc.tokens[k].text);
}

/** True when tokens [from, to) are a noun phrase naming a party: opened by a determiner or a capital, never a number or "a". */
function partyPhrase(doc: Doc, from: number, to: number): boolean {
  // ask her to come back: a pronoun names nobody here (the one asked is named elsewhere).
  if (noParty(doc, from, to) || to === from + 1 && (PHRASE_OPENERS.has(doc.keys[from]) || OBJECT_PRONOUNS.has(doc.keys[from]))) return false;
  for (let k = from; k < to; k++) if (!nounWord(doc, k, from)) return false;
  return PHRASE_OPENERS.has(doc.keys[from]) || /^\p{Lu}/u.test(doc.tokens[from].text) || !doc.lex.words.has(doc.keys[from]);
}

/**
 * condemned the act of the NTC, opposed the swearing-in of Pierluisi, threatened the network's licence: the person or
 * body an object noun belongs to (a possessor, or an "of" phrase naming a listed person or body right after the noun).
 */
function objectOwner(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let k = lo; k < Math.min(hi, lo + MAX_TARGET_TOKENS); k++) {
    // the proclamation of Golan Heights … by the President: with an agent named, the "of" phrase is what was acted on.
    if (doc.keys[k] === 'of' && k > lo && k - lo <= 2) return doc.keys.slice(k, hi).includes('by') ? null : partyOf(doc, k + 1, hi);
    if (!nounWord(doc, k, lo)) return null;
    if (/['’]s$/.test(doc.tokens[k].text)) {
      const e = doc.tokens[k].end - 2;
      return partyPhrase(doc, lo, k + 1) && k - lo < MAX_TARGET_TOKENS ? [doc.tokens[lo].start, e] : null;
    }
  }
  return null;
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

/** she was attacked by Quirin, Redouane and …: the agent of a passive act in an accusation. */
function passiveAgent(doc: Doc, lo: number, hi: number): [number, number][] {
  for (let k = lo; k < hi; k++) {
    if (!PASSIVE.has(doc.keys[k])) continue;
    for (let j = k + 1; j < Math.min(hi - 1, k + MAX_PASSIVE_GAP_TOKENS + 2); j++) {
      if (doc.keys[j] !== 'by' || !/ed$|en$/.test(doc.keys[j - 1])) continue;
      let e = j + 1;
      while (e < hi && e - j <= MAX_AGENT_TOKENS && !gapHas(doc, e, LIST_BREAK) && (nounWord(doc, e, e) || doc.keys[e] === 'and')) e++;
      return e > j + 1 && partyPhrase(doc, j + 1, Math.min(e, j + 2)) ? [charRange(doc, j + 1, e)] : [];
    }
  }
  return [];
}

let askCache: string[][] | undefined;

/** data/lexicons/en/targets-demand.tsv: verbs whose object before "to" is the one asked, as key sequences. */
function askVerbs(): string[][] {
  return askCache ??= readTsv(join(defaultLexiconDir(), 'en', 'targets-demand.tsv'), ['form']).map((r) => r.cells[0].toLowerCase().split(/\s+/));
}

/**
 * For Mexico, this individual is a terrorist; In so ruling, the court demonstrated …: the subject of an accusation's
 * first clause (past an adjunct closed by a comma) when a determiner opens it and an auxiliary or a past verb follows.
 */
function accusedSubject(doc: Doc, lo: number, hi: number): [number, number] | null {
  let s = lo;
  for (let k = lo + 1; k < Math.min(hi, lo + MAX_LEAD_ADJUNCT_TOKENS + 1); k++) {
    if (gapHas(doc, k, COMMA_GAP)) { s = doc.lex.words.get(doc.keys[lo]) === 'preposition' ? k : lo; break; }
  }
  if (!SUBJECT_OPENERS.has(doc.keys[s])) return null;
  for (let k = s + 1; k < Math.min(hi, s + MAX_TARGET_TOKENS + 1); k++) {
    // (The statement was a surprise: a said thing, objects.tsv `speech`, is no party.)
    if (AUXILIARIES.has(doc.keys[k]) || /ed$/.test(doc.keys[k]) && k > s + 1) return k > s + 1 && !objectWords().get('speech')!.has(doc.keys[k - 1]) ? charRange(doc, s, k) : null;
    if (!nounWord(doc, k, s) || PHRASE_OPENERS.has(doc.keys[k])) return null;
  }
  return null;
}

/**
 * wrote to the US Embassy in London asking …: the addressee named by "to" + a determined noun phrase right before a
 * demand's cue (no comma between).
 */
function addresseeInCue(doc: Doc, d: Draft): [number, number] | null {
  const cs = firstWordAt(doc.tokens, d.cue[0]);
  for (let k = cs - 1; k > 0 && cs - k <= MAX_ADDRESSEE_TOKENS + 1; k--) {
    if (gapHas(doc, k + 1, BREAK)) return null;
    if (doc.keys[k] !== 'to') continue;
    // (Ambassador to the United Nations Nikki Haley wrote: a "to" inside the speaker phrase names no addressee.)
    if (d.speaker.kind !== 'inherit' && d.speaker.end > doc.tokens[k].start) return null;
    const from = k + 1;
    return from < cs && PHRASE_OPENERS.has(doc.keys[from]) && !doc.lex.words.has(doc.keys[k - 1]) && partyPhraseWithPlace(doc, from, cs) ? charRange(doc, from, cs) : null;
  }
  return null;
}

/** A party phrase that may end in a place after "in" (the US Embassy in London). */
function partyPhraseWithPlace(doc: Doc, from: number, to: number): boolean {
  const at = doc.keys.slice(from, to).indexOf('in');
  return at > 0 ? partyPhrase(doc, from, from + at) && /^\p{Lu}/u.test(doc.tokens[from + at + 1]?.text ?? '') : partyPhrase(doc, from, to);
}

/** I request all the presidents to take …: the object of an asking verb near the content's start, before its "to". */
function innerDemandObject(doc: Doc, lo: number, hi: number): [number, number][] {
  for (let i = lo; i < Math.min(hi, lo + ASK_WINDOW_TOKENS); i++) {
    if (i > lo && gapHas(doc, i, BREAK)) return [];
    const verb = askVerbs().find((v) => v.every((w, n) => doc.keys[i + n] === w));
    if (!verb) continue;
    const to = objectBeforeTo(doc, i + verb.length, hi);
    return to > 0 && !(to === i + verb.length + 1 && PHRASE_OPENERS.has(doc.keys[to - 1])) ? [charRange(doc, i + verb.length, to)] : [];
  }
  return [];
}

/** A dot that ends an initial, not a phrase (the U.S. government). */
const initialDot = (doc: Doc, k: number) => /^\p{Lu}$/u.test(doc.tokens[k - 1]?.text ?? '') && !gapHas(doc, k, BREAK_BUT_DOT);

/** The "to" ending a party phrase at `from` (all the presidents of the world to), or -1: noun words, "of" and "and" inside. */
function objectBeforeTo(doc: Doc, from: number, hi: number): number {
  if (from >= hi || OBJECT_PRONOUNS.has(doc.keys[from]) || noParty(doc, from) || !(PHRASE_OPENERS.has(doc.keys[from]) || !doc.lex.words.has(doc.keys[from]))) return -1;
  for (let k = from + 1; k < Math.min(hi, from + MAX_ASKED_TOKENS + 1); k++) {
    if (doc.keys[k] === 'to') return doc.lex.words.has(doc.keys[k + 1] ?? '') ? -1 : k;
    if (gapHas(doc, k, BREAK) && !initialDot(doc, k)) return -1;
    if (!(nounWord(doc, k, k) || doc.keys[k] === 'of' || doc.keys[k] === 'and') || /ing$/.test(doc.keys[k])) return -1;
  }
  return -1;
}

/** If Turkey does anything …, and just to reiterate, if Turkey …: the named subject of a condition in a warning. */
function conditionParty(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i + 1 < hi; i++) {
    if (doc.keys[i] !== 'if' || NO_CONDITION_PARTY.has(doc.keys[i + 1])) continue;
    let k = i + 1;
    while (k < hi && k - i <= MAX_TARGET_TOKENS && /^\p{Lu}/u.test(doc.tokens[k].text) && !(k > i + 1 && gapHas(doc, k, BREAK))) k++;
    if (k > i + 1) return charRange(doc, i + 1, k);
  }
  return null;
}
