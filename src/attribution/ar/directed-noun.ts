import { CLAUSE_MARKS } from '../clause.js';
import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';

/** An indefinite accusative ending as written (مبطنا، شديدا، شديداً): alef, with or without tanwin fath. */
const ACCUSATIVE = /\u0627\u064B?$|\u064B\u0627$/;
/** Pronoun suffixes ending in alef (ها، هما), as match keys end; نا is left out, as adjectives end so too (مبطنا). */
const PRONOUN_ALEF = /ها$/;
/** Words that open what a threat, a charge or a call is about or aimed at (باغتيال، إلى، لـ، ضد، على), as match keys. */
const AIMED = /^(ب|ل|الي$|علي$|ضد$)/;

/**
 * وجه فلان تهديدا شديدا باغتيال …: the token after an adjective of the required noun (an indefinite accusative word, no
 * function word, before a ب-, ل- or إلى-phrase), or i itself. The adjective describes the threat and is not what it
 * threatens.
 */
export function pastNounAdjective(doc: Doc, i: number, end: number): number {
  if (i < 1 || i + 1 >= end || gapHas(doc, i + 1, CLAUSE_MARKS) || doc.lex.words.has(doc.keys[i])) return i;
  // عبر عن ارتياحها لـ: after a preposition (no noun to describe) an alef is a pronoun's (ها), not an adjective's.
  if (doc.lex.words.has(doc.keys[i - 1]) || PRONOUN_ALEF.test(doc.keys[i])) return i;
  return ACCUSATIVE.test(doc.tokens[i].text) && AIMED.test(doc.keys[i + 1]) ? i + 1 : i;
}
