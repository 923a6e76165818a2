import type { Doc } from './types.js';

/**
 * Nested attribution (GUIDELINES.md: "Peskov noted that the Pentagon could not confirm …" gives two
 * statements): true when the speaker phrase starting at token `s` opens the complement clause of an
 * earlier cue in the same sentence (…إن البنتاغون لم يتمكن، قال إن الرئيس أكد، said that the Pentagon …).
 * Such an inner speaker is reported by the outer one; it is never the antecedent of a later bare verb
 * or pronoun (وأضاف، he added), which continues the outer speaker.
 */
export function opensNestedClause(doc: Doc, s: number): boolean {
  if (s <= 0 || doc.lex.words.get(doc.keys[s - 1]) !== 'complement') return false;
  const sentence = doc.sentOf[s];
  return doc.hits.some((h) => h.type === 'cue' && h.end <= s - 1 && doc.sentOf[h.start] === sentence);
}
