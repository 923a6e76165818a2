import { join } from 'node:path';
import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange, isComplement } from '../clause.js';
import { cueStartsAt, gapHas, quoteOpeningAt, sentenceEnd, titleAt } from '../doc.js';
import { gapChars } from '../gaps.js';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/tsv.js';
import { firstWordAt } from '../../text/words.js';
import type { Stance } from '../../model/index.js';
import type { Doc, Draft } from '../types.js';
import { objectWords } from './objects.js';
import { dutyBearer, dutyExample, noParty } from './targets.js';
import { demandedPossessor, subjectPossessor } from './target-possessor.js';

// Targets read off a finished English statement (its cue and content spans) when the rule that made it named none:
// the object before the cue's frame word (accused the network of, warned drivers against), the party an object
// belongs to (condemned the act of the NTC, threatened the network's licence), the agent of an accused act (was
// attacked by X) or the subject of an accusing clause (this individual is a terrorist), the addressee before a demand
// cue (wrote to the embassy asking) or the object of an asking verb inside the content (I request all leaders to …),
// the one a warning or demand cue names before "that" (warned Iran that), the subject of a hoped-for or demanded act
// (I hope that X will, demanded that X release), the by-agent of an accused act, and the party a warning's condition
// or duty names (if Turkey does anything …).

/** A comma in a gap. */
const COMMA_GAP = gapChars(',');
/** Punctuation that ends a phrase. */
const BREAK = gapChars(',;:.!?()"“”«»');
/** The same but the dot (after an initial: U.S.). */
const BREAK_BUT_DOT = gapChars(',;:!?()"“”«»');
/** Frame words of a cue (lexicon `frame`) that close its object and show it named a party (accused X of, blamed X for, urged X to). */
const OBJECT_FRAMES = new Set(['of', 'for', 'to']);
/** Finite verbs a "not" follows in a clause (does not, is not, will not), as keys. */
const FINITE_BEFORE_NOT = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had']);
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
  if ((stance === 'warn' || stance === 'demand') && d.stance === stance) {
    const warned = objectBeforeThat(doc, d, lo);
    if (warned) return [warned];
  }
  if (stance === 'demand') {
    const addressee = addresseeInCue(doc, d);
    if (addressee) return [addressee];
    const asked = innerDemandObject(doc, lo, hi);
    if (asked.length) return asked;
    // (asked for Bolton's resignation: the possessor of the act asked for, en/target-possessor.ts.)
    const hoped = hopedSubject(doc, lo, hi) ?? demandedSubject(doc, lo, hi) ?? (objectContent ? demandedPossessor(doc, lo, hi) : null);
    // (According to the ruling, a host, such as Facebook, must …: for a rule that reads no content targets, a duty's
    // named example; its other subjects are left unread, as a conditional "should" is no duty.)
    return hoped ? [hoped] : d.contentTargets ? [] : dutyExample(doc, d.content);
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
  // called for NATO members to increase …: a demand's object before an infinitive is the one asked (framedObject).
  return new Set(stance === 'warn' ? [...own, ...WARN_FRAMES] : stance === 'demand' ? [...own, 'to'] : own);
}

/** accused the network of swindling, warned drivers against: the object right before a frame word of the cue. */
function framedObject(doc: Doc, frame: ReadonlySet<string>, lo: number, hi: number): [number, number] | null {
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
    // the proclamation of Golan Heights … by the President: with an agent named, the "of" phrase is what was acted on,
    // and the agent is the one the act belongs to.
    if (doc.keys[k] === 'of' && k > lo && k - lo <= 2) {
      const by = doc.keys.indexOf('by', k);
      return by < 0 || by >= hi ? partyOf(doc, k + 1, hi) : by - k <= MAX_ACT_TOKENS && !gapHas(doc, by, BREAK) ? agentOf(doc, by + 1, hi) : null;
    }
    if (!nounWord(doc, k, lo)) return null;
    if (/['’]s$/.test(doc.tokens[k].text)) {
      // the city's mayor Muriel Bowser: a person the possessor has is the party, not the possessor.
      if (ownsPerson(doc, k + 1, hi)) return null;
      const e = doc.tokens[k].end - 2;
      return partyPhrase(doc, lo, k + 1) && k - lo < MAX_TARGET_TOKENS ? [doc.tokens[lo].start, e] : null;
    }
  }
  return null;
}

/** Most words of adjectives between a possessor's 's and the title it has (the city's Democratic mayor). */
const MAX_TITLE_GAP_TOKENS = 2;

/** True when a title (mayor, president, spokesman) opens the phrase at token i, after at most a couple of words. */
function ownsPerson(doc: Doc, i: number, hi: number): boolean {
  for (let j = i; j < Math.min(hi, i + MAX_TITLE_GAP_TOKENS + 1); j++) {
    if (gapHas(doc, j, BREAK)) return false;
    if (titleAt(doc, j)) return true;
  }
  return false;
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
  // (the Prime Minister's advice … was unlawful: the subject's owner, en/target-possessor.ts.)
  const owner = subjectPossessor(doc, s, hi);
  if (owner) return owner;
  if (!SUBJECT_OPENERS.has(doc.keys[s])) return namedSubject(doc, s, hi);
  for (let k = s + 1; k < Math.min(hi, s + MAX_TARGET_TOKENS + 1); k++) {
    // (The statement was a surprise, the advice was unlawful: the head names a party only as a title or body word
    // (the government, the court), a person noun (this individual) or a capitalised name; objects.tsv `speech` and
    // act nouns name none.)
    if (AUXILIARIES.has(doc.keys[k]) || /ed$/.test(doc.keys[k]) && k > s + 1) {
      const head = doc.keys[k - 1];
      // (This Court has already concluded that …: a subject that reports is a source, not the accused.)
      if (cueStartsAt(doc, k + 1) || cueStartsAt(doc, k + 2)) return null;
      const party = doc.lex.titleWords.has(head) || PERSON_NOUNS.has(head) || /^\p{Lu}/u.test(doc.tokens[k - 1].text);
      return k > s + 1 && party && !(objectWords().get('speech')!.has(head) && !doc.lex.titleWords.has(head)) ? charRange(doc, s, k) : null;
    }
    if (!nounWord(doc, k, s) || PHRASE_OPENERS.has(doc.keys[k])) return null;
  }
  return null;
}

/** Nouns of a person or people that head an accused subject though no title (this individual), as keys. */
const PERSON_NOUNS = new Set(['individual', 'individuals', 'man', 'men', 'woman', 'women', 'person', 'persons', 'people', 'group', 'groups']);

/** Entity types that name a party acting as a clause's subject (Boris Johnson is trying …, Iran has …). */
const SUBJECT_TYPES = new Set(['person', 'org', 'country']);

/** Boris Johnson is trying to …: a person's, body's or country's mention opening the clause, right before an auxiliary. */
function namedSubject(doc: Doc, s: number, hi: number): [number, number] | null {
  const start = doc.tokens[s].start;
  for (const e of doc.input.entities) {
    if (!SUBJECT_TYPES.has(e.type)) continue;
    const m = e.mentions.find((x) => x.start === start);
    if (!m) continue;
    const k = firstWordAt(doc.tokens, m.end);
    return k < hi && k - s <= MAX_TARGET_TOKENS && AUXILIARIES.has(doc.keys[k]) && !gapHas(doc, k, BREAK) ? [start, m.end] : null;
  }
  return null;
}

/**
 * wrote to the US Embassy in London asking …: the addressee named by "to" + a determined noun phrase right before a
 * demand's cue (no comma between).
 */
function addresseeInCue(doc: Doc, d: Draft): [number, number] | null {
  const cs = firstWordAt(doc.tokens, d.cue[0]);
  // (brought the case before the ECJ, asking …: a participle's addressee may stand before its comma, after "before",
  // when a capital names it.)
  const participle = /ing$/.test(doc.keys[cs]) && gapHas(doc, cs, COMMA_GAP) && !gapHas(doc, cs, LIST_BREAK);
  for (let k = cs - 1; k > 0 && cs - k <= MAX_ADDRESSEE_TOKENS + 1; k--) {
    if (gapHas(doc, k + 1, BREAK) && !(participle && k + 1 === cs)) return null;
    if (doc.keys[k] !== 'to' && !(participle && doc.keys[k] === 'before')) continue;
    if (participle && !doc.tokens.slice(k + 1, cs).some((t) => /^\p{Lu}/u.test(t.text))) return null;
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

/**
 * warned Iran that …, urged the allies that …: the object a warning or demand cue has before the "that" its content
 * follows (the cue's own stance; told reporters that … names no one warned).
 */
function objectBeforeThat(doc: Doc, d: Draft, lo: number): [number, number] | null {
  const from = firstWordAt(doc.tokens, d.cue[1]);
  const that = lo - 1;
  if (that <= from || doc.keys[that] !== 'that' || that - from > MAX_TARGET_TOKENS || d.speaker.kind === 'span' && d.speaker.start >= d.cue[1]) return null;
  return !gapHas(doc, that, BREAK) && partyPhrase(doc, from, that) ? charRange(doc, from, that) : null;
}

/**
 * demanded that the White House release …: the named subject of a demand's "that" clause before its bare verb (a
 * capitalised name, after "the" or not; a lower-case word after it that is no function word nor -s, -ed, -ing form).
 */
function demandedSubject(doc: Doc, lo: number, hi: number): [number, number] | null {
  if (lo === 0 || doc.keys[lo - 1] !== 'that') return null;
  const at = doc.keys[lo] === 'the' ? lo + 1 : lo;
  let k = at;
  while (k < hi && k - lo < MAX_TARGET_TOKENS && /^\p{Lu}/u.test(doc.tokens[k].text) && !(k > at && gapHas(doc, k, BREAK))) k++;
  if (k === at || k >= hi || gapHas(doc, k, BREAK) || doc.lex.words.has(doc.keys[k]) || !/^\p{Ll}/u.test(doc.tokens[k].text) || /(s|ed|ing)$/.test(doc.keys[k])) return null;
  return noParty(doc, at) ? null : charRange(doc, lo, k);
}

/** Verbs of hoping that lay a wish on the subject of their clause (I hope that X will …), as keys. */
const HOPE = new Set(['hope', 'hopes', 'hoped', 'trust']);
/** Modals of the hoped-for act, as keys. */
const HOPED_MODALS = new Set(['will', 'would', 'can', 'could']);

/** And I hope that Anne Sacoolas will come back: in a demand, the named subject of the clause a hope opens. */
function hopedSubject(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < Math.min(hi, lo + ASK_WINDOW_TOKENS); i++) {
    if (i > lo && gapHas(doc, i, BREAK)) return null;
    if (!HOPE.has(doc.keys[i])) continue;
    const s = doc.keys[i + 1] === 'that' ? i + 2 : i + 1;
    for (let k = s + 1; k < Math.min(hi, s + MAX_TARGET_TOKENS + 1); k++) {
      if (HOPED_MODALS.has(doc.keys[k])) return partyPhrase(doc, s, k) ? charRange(doc, s, k) : null;
      if (!nounWord(doc, k, s)) return null;
    }
    return null;
  }
  return null;
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
