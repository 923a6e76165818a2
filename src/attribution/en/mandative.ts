import type { Doc } from '../types.js';

/** Cues (lemmas) that report a demand when their clause is in the subjunctive (insists that the budget include …). */
const MANDATIVE_LEMMAS = new Set(['insist', 'demand', 'ask', 'recommend', 'suggest', 'propose', 'stress']);
/** Subject pronouns: singular ones show a bare verb (he resign), all take "be" (they be released). */
const SINGULAR = new Set(['he', 'she', 'it']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Finite forms that never read as a bare subjunctive verb. */
const FINITE = new Set([
  'was', 'were', 'is', 'are', 'has', 'had', 'have', 'did', 'does', 'do', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'won', 'lost', 'made', 'took', 'gave', 'went', 'came', 'said', 'told', 'knew', 'saw', 'thought', 'found', 'left', 'kept', 'held', 'met', 'paid',
  'sent', 'spent', 'stood', 'wrote', 'broke', 'chose', 'fell', 'felt', 'fought', 'got', 'grew', 'heard', 'led', 'meant', 'ran', 'rose', 'sold',
  'spoke', 'struck', 'taught', 'threw', 'built', 'bought', 'brought', 'caught', 'sought', 'began', 'became', 'not',
]);

/** Adverbs between a subject and its verb (he never lied), looked past before the verb. */
const MID_ADVERBS = new Set(['never', 'always', 'also', 'still', 'only', 'just', 'already', 'even', 'really', 'ever', 'again']);

/** A lower-case word that can be a bare verb: no function word, no -s/-ed/-ing/-ly ending, no finite form. */
function bareVerb(doc: Doc, i: number): boolean {
  if (MID_ADVERBS.has(doc.keys[i])) i++;
  const key = doc.keys[i], text = doc.tokens[i]?.text ?? '';
  if (!key || key.length < 3 || !/^\p{Ll}/u.test(text) || doc.lex.words.has(key) || FINITE.has(key)) return false;
  return !/(s|ed|ing|ly)$/.test(key);
}

/**
 * True when an `insist`-type cue's clause from token `from` is in the subjunctive (the President insists the
 * budget include …, insisted that he be released): a demand, not an assertion (GUIDELINES.md stance table).
 */
export function mandative(doc: Doc, lemma: string, from: number, end: number): boolean {
  if (!MANDATIVE_LEMMAS.has(lemma) || from + 1 >= end) return false;
  const k0 = doc.keys[from];
  if (PRONOUNS.has(k0)) return doc.keys[from + 1] === 'be' || (SINGULAR.has(k0) && bareVerb(doc, from + 1));
  // the budget include, the prisoners be freed: "the" and a singular noun, then a bare verb (or "be" after any noun)
  // that no finite or past form follows (the federal plan worked: "plan" is no verb).
  if (k0 !== 'the' || from + 2 >= end) return false;
  const noun = doc.keys[from + 1];
  if (doc.keys[from + 2] === 'be') return true;
  const after = doc.keys[from + 3] ?? '';
  return !noun.endsWith('s') && !doc.lex.words.has(noun) && bareVerb(doc, from + 2) && !FINITE.has(after) && !after.endsWith('ed');
}
