import { commaBefore } from '../clause.js';
import { cueStartsAt } from '../doc.js';
import type { Doc } from '../types.js';
import { objectWords } from './objects.js';
import { cls } from './phrase-bounds.js';

// Whether a bare reported clause, with no "that", opens at a token (said the law has …, announced he would …): read
// after a cue by content.ts and the rules that must tell a clause from an object (01-said-that.ts, addressee.ts …).

/** Subject pronouns that open a bare reported clause (announced he would resign). */
export const SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
/** Finite words after "it" or "there" that make it a clause's subject (announced it would …, said there was …). */
export const AUX: ReadonlySet<string> = new Set(['would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'could', 'can', 'might', 'may', 'should', 'must', 'did', 'does']);

/** A bare reported clause opens at token i: a subject pronoun, or a finite auxiliary within its first words. */
export function isClauseStart(doc: Doc, i: number): boolean {
  if (SUBJECTS.has(doc.keys[i]) || ((doc.keys[i] === 'it' || doc.keys[i] === 'there') && AUX.has(doc.keys[i + 1]))) return true;
  // alleged Mahan had …, denied the claims were true: a finite auxiliary within the first words.
  for (let k = i + 1; k < Math.min(doc.keys.length, i + 4); k++) {
    if (commaBefore(doc, k) || cls(doc, k) === 'preposition' || cls(doc, k) === 'complement') return false;
    if (AUX.has(doc.keys[k])) return true;
    // concluded evidence supported his murder: a past form right after a short subject, with an object after it.
    // (a clause-cue before an object reports nothing, so it is a plain verb here: "claimed X first complained of theft")
    if (k <= i + 2 && PAST_FORM.test(doc.tokens[k].text) && (!cueStartsAt(doc, k) || clauseCueAt(doc, k)) && k + 1 < doc.keys.length && !commaBefore(doc, k + 1)
      && (cls(doc, k + 1) === 'determiner' || OBJECT_POSSESSIVES.has(doc.keys[k + 1]))) return true;
  }
  return false;
}

/** True when a one-word cue whose lemma reports only a clause (objects.tsv: clause-cue) starts at token k. */
function clauseCueAt(doc: Doc, k: number): boolean {
  const clauseCues = objectWords().get('clause-cue')!;
  return doc.hits.some((h) => h.type === 'cue' && h.start === k && h.end === k + 1 && clauseCues.has(h.cue.lemma));
}

/** A lower-case past form (supported, killed). */
const PAST_FORM = /^\p{Ll}+ed$/u;
/** Possessive pronouns that open an object (supported his murder). */
const OBJECT_POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
