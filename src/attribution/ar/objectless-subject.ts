import { CLAUSE_MARKS } from '../clause.js';
import { gapHas } from '../doc.js';
import type { Cue } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { RELATIVES } from './relative.js';

/**
 * After a verb that takes no object (قال), a lone definite noun at j is its subject, not the object of a pro-drop verb,
 * when what follows it can only describe it or the saying: a relative clause (قال التحالف الذي يقود العملية … إن) or an
 * adverb (وقال الخيالي هاتفيا من المدينة إن).
 */
export function objectlessSubject(doc: Doc, cue: Cue, j: number, end: number): boolean {
  if (cue.frame.has('obj') || j + 1 >= end || gapHas(doc, j + 1, CLAUSE_MARKS)) return false;
  const next = doc.keys[j + 1];
  return RELATIVES.has(next) || doc.lex.words.get(next) === 'adverb';
}
