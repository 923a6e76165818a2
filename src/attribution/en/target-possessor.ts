import { MAX_TARGET_TOKENS } from '../constants.js';
import { gapHas } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { noParty } from './targets.js';

// the Prime Minister's advice to Her Majesty was unlawful: an accusation whose clause subject is a party's act or
// saying accuses the party that owns it (GUIDELINES `targets`: the accused), as "condemned the network's licence" names
// the network (en/target-objects.ts objectOwner); and a demand for a party's act (asked for Bolton's resignation) asks
// it of that party.

/** Punctuation that ends a phrase. */
const BREAK = gapChars(',;:.!?()"“”«»');
/** The same but the dot. */
const BREAK_BUT_DOT = gapChars(',;:!?()"“”«»');
/** Finite auxiliaries that end a clause's subject (the advice was, the conduct has), as keys. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);
/** Most words between the possessor and the clause's auxiliary (advice to HM the Queen and the prorogation which followed thereon). */
const MAX_POSSESSED_TOKENS = 14;
/** Words that open a possessor's phrase, as keys. */
const OPENERS = new Set(['the', 'this']);
/** A possessor word (the Prime Minister's, Trump’s). */
const POSSESSIVE = /['’]s$/;

/**
 * The possessor opening the clause at token s (the Prime Minister's …, Trump's conduct …), when an auxiliary follows
 * within the clause (no punctuation before it): its phrase without the 's, or null. The possessor is capitalised
 * (a name or a title), after an optional determiner.
 */
export function subjectPossessor(doc: Doc, s: number, hi: number): [number, number] | null {
  const at = OPENERS.has(doc.keys[s]) ? s + 1 : s;
  if (at >= hi || noParty(doc, at)) return null;
  let k = at;
  for (; k < Math.min(hi, at + MAX_TARGET_TOKENS); k++) {
    if (!/^\p{Lu}/u.test(doc.tokens[k].text) || k > at && gapHas(doc, k, BREAK)) return null;
    if (POSSESSIVE.test(doc.tokens[k].text)) break;
  }
  if (k >= Math.min(hi, at + MAX_TARGET_TOKENS)) return null;
  for (let j = k + 1; j < Math.min(hi, k + 1 + MAX_POSSESSED_TOKENS); j++) {
    if (gapHas(doc, j, BREAK)) return null;
    if (AUXILIARIES.has(doc.keys[j])) return j > k + 1 ? [doc.tokens[s].start, doc.tokens[k].end - 2] : null;
  }
  return null;
}

/** Most words from a demand's object to its possessor's 's (for national security advisor John R. Bolton's). */
const MAX_TO_POSSESSOR_TOKENS = 8;

/**
 * asked for John R. Bolton's resignation, called for Rosselló's resignation: the capitalised name whose 's opens the
 * act a demand asks for (after an optional "for"), when no punctuation or function word comes before it; or null.
 */
export function demandedPossessor(doc: Doc, lo: number, hi: number): [number, number] | null {
  const at = doc.keys[lo] === 'for' ? lo + 1 : lo;
  for (let k = at; k < Math.min(hi - 1, at + MAX_TO_POSSESSOR_TOKENS); k++) {
    if (k > at && breakBefore(doc, k)) return null;
    const c = doc.lex.words.get(doc.keys[k]);
    if (c && c !== 'determiner' || doc.keys[k] === 'of') return null;
    if (!POSSESSIVE.test(doc.tokens[k].text)) continue;
    let s = k;
    while (s > at && /^\p{Lu}/u.test(doc.tokens[s - 1].text) && !breakBefore(doc, s)) s--;
    return /^\p{Lu}/u.test(doc.tokens[k].text) && !noParty(doc, s) ? [doc.tokens[s].start, doc.tokens[k].end - 2] : null;
  }
  return null;
}

/** True when punctuation ends a phrase before token k: not the dot of an initial (John R. Bolton). */
function breakBefore(doc: Doc, k: number): boolean {
  return gapHas(doc, k, BREAK) && !(/^\p{Lu}$/u.test(doc.tokens[k - 1]?.text ?? '') && !gapHas(doc, k, BREAK_BUT_DOT));
}
