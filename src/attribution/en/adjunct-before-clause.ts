import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { SUBJECTS as CLAUSE_SUBJECTS } from './clause-start.js';
import { BREAK_BEFORE } from './speaker-before.js';
import { POSSESSIVES } from './speaker.js';

// "said in a statement it was ready", "said on Twitter the vote was rigged", "told CNN in an interview he would not
// run": a place, medium or occasion phrase between the cue (or its addressee) and a bare clause is no part of what was
// said.

/** Prepositions that open such an adjunct; "of", "about", "against", "for" open what was said (warned of the risk …). */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'after', 'before', 'from']);
/** Most tokens of the adjunct phrase (at a news conference in Geneva). */
const MAX_ADJUNCT_TOKENS = 7;
/** Subject pronouns that open the clause after the adjunct: a clause's, and `it`, `there`. */
const SUBJECTS = new Set([...CLAUSE_SUBJECTS, 'it', 'there']);

/**
 * The token that opens the clause after an adjunct phrase at `from` (in a statement | it was ready), or `from` when
 * none: the clause opens with a subject pronoun, a determiner or a capitalised word (not right after a preposition,
 * an article, a possessive or another capitalised word), and
 * `isClause` (clause-start.ts: isClauseStart) holds there; no comma, cue, "that" or verb lies in the adjunct.
 */
export function afterAdjunct(doc: Doc, from: number, limit: number, isClause: (doc: Doc, i: number) => boolean): number {
  if (!ADJUNCT_PREPOSITIONS.has(doc.keys[from])) return from;
  for (let k = from + 2; k < Math.min(limit - 1, from + MAX_ADJUNCT_TOKENS + 1); k++) {
    if (gapHas(doc, k, BREAK_BEFORE) || doc.hitStarts[k] || doc.keys[k] === 'that') return from;
    const prev = doc.lex.words.get(doc.keys[k - 1]);
    if (prev === 'preposition' || prev === 'determiner' || POSSESSIVES.has(doc.keys[k - 1])) continue;
    // (at the White House he …: a capitalised word after another goes on with the same name)
    const opens = SUBJECTS.has(doc.keys[k]) || doc.lex.words.get(doc.keys[k]) === 'determiner'
      || /^\p{Lu}/u.test(doc.tokens[k].text) && !/^\p{Lu}/u.test(doc.tokens[k - 1].text);
    if (opens && isClause(doc, k)) return k;
  }
  return from;
}
