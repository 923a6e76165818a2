import { colonBefore, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { hitStartsAt } from '../doc.js';
import type { Doc } from '../types.js';

// أعلن السناتور فلان وهو من كبار الديمقراطيين في المجلس معارضته للاتفاق: a وهو/وهي clause on the subject that no
// comma closes (afterCircumstantial reads the closed one) runs up to the verb's object. Where a particle follows, the
// clause after it is what was said (laterParticle); with none, the object is the first noun carrying the subject's own
// pronoun (معارضته، رفضها) or a noun of need (ضرورة، أهمية) that the clause cannot end on.

/** The pronoun opening the clause (a match key) and the possessive pronoun agreeing with it, as written. */
const AGREEING: Record<string, RegExp> = { 'وهو': /[^ه]ه$/, 'وهي': /ها$/ };
/** Longest unclosed clause passed, in tokens. */
const MAX_CLAUSE_TOKENS = 12;
/** Fewest letters of a noun with its pronoun (رفضه), with the text's ه counted. */
const MIN_POSSESSED_LETTERS = 4;
/** Prepositions and particles that carry a pronoun (لديه، أمامها، حوله، نفسه، كونه), as match keys: never the object. */
const CARRIERS = /^(لدي|امام|حول|بين|عند|خلال|ضد|نحو|تجاه|نفس|كون|وحد|بعد|قبل|منذ|لكن|ان|بان|لان|كان|عن|من|علي|الي|في|مع|ل|ب)(ه|ها)$/;

/**
 * The token where the verb's object starts after an unclosed وهو/وهي clause at `from` (the token after the subject),
 * or -1 when `from` opens no such clause, a comma, a colon, a particle, a quotation or a cue comes first, or no
 * object is told within MAX_CLAUSE_TOKENS.
 */
export function objectAfterAside(doc: Doc, from: number, end: number): number {
  const agreeing = AGREEING[doc.keys[from] ?? ''];
  if (!agreeing) return -1;
  for (let k = from + 2; k < Math.min(end, from + MAX_CLAUSE_TOKENS); k++) {
    if (hitStartsAt(doc, k) || colonBefore(doc, k) || commaBefore(doc, k) || isComplement(doc, k) || quoteTokensAt(doc, k)) return -1;
    const key = doc.keys[k];
    if (doc.lex.words.get(key) === 'object') return noParticleAfter(doc, k, end) ? k : -1;
    // (The written ه, not the match key's, which ة folds into too: القادة.)
    if (key.length >= MIN_POSSESSED_LETTERS && agreeing.test(doc.tokens[k].text) && !CARRIERS.test(key) && doc.lex.words.get(key) === undefined) return noParticleAfter(doc, k, end) ? k : -1;
  }
  return -1;
}

/** True when no complement particle stands between k and the sentence end (else the clause after it was said). */
function noParticleAfter(doc: Doc, k: number, end: number): boolean {
  for (let m = k + 1; m < end; m++) if (isComplement(doc, m)) return false;
  return true;
}
