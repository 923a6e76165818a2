import { gapHas, quoteOpeningAt } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { noParty } from './targets.js';

// What may stand in the noun phrase of an English target (the network, the U.S. government, all the presidents), shared
// by the readers of a statement's targets (en/target-objects.ts and the modules it calls).

/** A comma in a gap. */
export const COMMA_GAP = gapChars(',');
/** Punctuation that ends a phrase. */
export const BREAK = gapChars(',;:.!?()"“”«»');
/** The same but the dot (after an initial: U.S.). */
const BREAK_BUT_DOT = gapChars(',;:!?()"“”«»');
/** Punctuation that ends a list of agents (a comma separates them). */
export const LIST_BREAK = gapChars(';:.!?()"“”«»');
/** Words that open a noun phrase naming a party (the network, these ministers, all the presidents), as keys. */
export const PHRASE_OPENERS = new Set(['the', 'this', 'these', 'those', 'all', 'its', 'their', 'his', 'her', 'our']);
/** Most words of a passive's or an act's agents (by Quirin, Redouane and an unidentified third officer). */
export const MAX_AGENT_TOKENS = 10;
/** Object pronouns: a target phrase of one such word names nobody (ask her to, urged them to), as keys. */
export const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'you', 'it']);

/** True when token k may stand in a party's noun phrase (no clause mark before it, no function word but a determiner). */
export function nounWord(doc: Doc, k: number, from: number): boolean {
  if (k > from && (gapHas(doc, k, BREAK) && !initialDot(doc, k) || quoteOpeningAt(doc, k))) return false;
  const c = doc.lex.words.get(doc.keys[k]);
  return !c || c === 'determiner' && doc.keys[k] !== 'of' || PHRASE_OPENERS.has(doc.keys[k]);
}

/** True when tokens [from, to) are a noun phrase naming a party: opened by a determiner or a capital, never a number or "a". */
export function partyPhrase(doc: Doc, from: number, to: number): boolean {
  // ask her to come back: a pronoun names nobody here (the one asked is named elsewhere).
  if (noParty(doc, from, to) || to === from + 1 && (PHRASE_OPENERS.has(doc.keys[from]) || OBJECT_PRONOUNS.has(doc.keys[from]))) return false;
  for (let k = from; k < to; k++) if (!nounWord(doc, k, from)) return false;
  return PHRASE_OPENERS.has(doc.keys[from]) || /^\p{Lu}/u.test(doc.tokens[from].text) || !doc.lex.words.has(doc.keys[from]);
}

/** A dot that ends an initial, not a phrase (the U.S. government). */
export const initialDot = (doc: Doc, k: number) => /^\p{Lu}$/u.test(doc.tokens[k - 1]?.text ?? '') && !gapHas(doc, k, BREAK_BUT_DOT);
