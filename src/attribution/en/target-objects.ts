import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange, isComplement } from '../clause.js';
import { gapHas } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import type { Stance } from '../../model/index.js';
import type { Doc, Draft } from '../types.js';
import { dutyBearer, dutyExample } from './targets.js';
import { demandedPossessor } from './target-possessor.js';
import { accusedSubject, laterAccusedSubject, passiveAgent } from './target-accused.js';
import { framedObject, objectBeforeThat, objectFrames, objectOwner } from './target-cue-object.js';
import { addresseeInCue, demandedSubject, hopedSubject, innerDemandObject } from './target-demanded.js';
import { BREAK } from './target-phrase.js';
import { unknownRangeInTitleCase } from './target-title-case.js';

// Targets read off a finished English statement (its cue and content spans) when the rule that made it named none:
// the object before the cue's frame word (accused the network of, warned drivers against), the party an object
// belongs to (condemned the act of the NTC, threatened the network's licence), the agent of an accused act (was
// attacked by X) or the subject of an accusing clause (this individual is a terrorist), the addressee before a demand
// cue (wrote to the embassy asking) or the object of an asking verb inside the content (I request all leaders to …),
// the one a warning or demand cue names before "that" (warned Iran that), the subject of a hoped-for or demanded act
// (I hope that X will, demanded that X release), the by-agent of an accused act, and the party a warning's condition
// or duty names (if Turkey does anything …).

// Each reader lives in a module named for what it reads: the cue's object (en/target-cue-object.ts), an accusation's agent or subject
// (en/target-accused.ts), a demand's addressee or subject (en/target-demanded.ts); the noun phrase they share is in
// en/target-phrase.ts.

/** A target phrase of words and spaces only (an edited quotation's "[W]e" is none). */
const PLAIN_WORDS = /^[\p{L}\p{N} .'’-]+$/u;
/** Subjects of a condition that name no party (if it, if we), as keys. */
const NO_CONDITION_PARTY = new Set(['it', 'there', 'this', 'that', 'we', 'i', 'you', 'they', 'he', 'she', 'anyone', 'anything']);

/**
 * Targets of an English statement its rule named none for, under `stance` (after the content shifted it), tried in
 * this order: the object before the frame word, the party the object belongs to, then by stance the agent of a
 * passive accusation or its clause's subject, the addressee of a demand or the one an asking verb in it names, the
 * party a warning's condition or duty names.
 */
export function englishStatementTargets(doc: Doc, d: Draft, stance: Stance): [number, number][] {
  // (Minister Slams Rivals Over Delay: a capitalised run of a title-case line is no name, en/target-title-case.ts.)
  return readTargets(doc, d, stance).filter((t) => !unknownRangeInTitleCase(doc, t));
}

/** The targets englishStatementTargets reads, in its order. */
function readTargets(doc: Doc, d: Draft, stance: Stance): [number, number][] {
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
    const doer = accusedSubject(doc, lo, hi) ?? laterAccusedSubject(doc, lo, hi);
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
