import { commaBefore } from '../clause.js';
import { insideQuote } from '../doc.js';
import type { Doc } from '../types.js';
import { isAdjunctTail, isTimeTail } from './said-object.js';

// "Flood defences failed on Thursday, the minister said, after the river rose.": a cue set after its clause, then a
// comma and a subordinate clause or adjunct (after, as, because, including, with …, or a participle: ending …). That tail says when, why or what
// else; the clause before the cue is what was said.

/** Words that open a subordinate clause or an adjunct after "…, X said," (never what was said). */
const SUBORDINATE_OPENERS = new Set(['after', 'as', 'because', 'while', 'when', 'although', 'though', 'since', 'before', 'until',
  'amid', 'despite', 'following', 'with', 'including', 'whereas', 'once', 'if', 'unless']);
/** Most tokens of a time or place adjunct between the cue and that comma (said on Friday, after …). */
const MAX_LEAD_TOKENS = 6;

/** True when, from token `from` after a cue, a comma (after a short adjunct at most) opens a subordinate tail. */
export function isSubordinateTail(doc: Doc, from: number, end: number): boolean {
  let k = from;
  while (k < end && k - from <= MAX_LEAD_TOKENS && !commaBefore(doc, k)) k++;
  // (said, "After the vote, we …": a quotation's first words are what was said)
  // (…, officials said, ending three weeks of fighting: a participle that is no cue opens an adjunct as well)
  if (k >= end || !commaBefore(doc, k) || insideQuote(doc, doc.tokens[k].start)) return false;
  if (!SUBORDINATE_OPENERS.has(doc.keys[k]) && !(/^\p{Ll}+ing$/u.test(doc.tokens[k].text) && !doc.hitStarts[k])) return false;
  return k === from || isTimeTail(doc, from, k) || isAdjunctTail(doc, from, k) || k - from <= 2 && doc.lex.words.get(doc.keys[from]) === 'time';
}
