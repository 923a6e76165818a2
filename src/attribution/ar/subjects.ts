import type { Doc } from '../types.js';
import { arabicSubject, isStopWord, isTitle, startsMention } from './speaker.js';

/** Fewest letters of a و/ف-prefixed verb that opens a clause (وعبرت، فاستقبل); shorter words are particles or nouns. */
const MIN_CLAUSE_VERB_LETTERS = 4;

/**
 * Subjects of clauses that report nothing (وعبرت شقيقة الضحية في حديث …، واستقبل الوزير …): a و/ف-prefixed
 * word at a sentence start that is no title, particle or cue, followed by a title-headed or named
 * phrase. They are antecedents for a later bare verb (… وقالت «…» continues that subject, ARABIC.md §3 P6),
 * as character ranges in text order.
 */
export function arSentenceSubjects(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  const cueAt = new Set(doc.hits.map((h) => h.start));
  for (const [first, last] of doc.sentTokens) {
    // Only at the sentence start: after a comma (…، واستدعت السفير) the subject is shared and the noun is the object.
    for (let i = first; i === first && i + 1 < last; i++) {
      const key = doc.keys[i];
      if (!/^[وف]/.test(key) || key.length < MIN_CLAUSE_VERB_LETTERS + 1 || cueAt.has(i)) continue;
      if (isStopWord(doc, i) || isTitle(doc, i) || doc.lex.titleWords.has(key.slice(1)) || key.slice(1).startsWith('ال') || startsMention(doc, i)) continue;
      const j = i + 1;
      if (cueAt.has(j) || !(isTitle(doc, j) || startsMention(doc, j))) continue;
      const e = arabicSubject(doc, j, last);
      if (e > j) out.push([doc.tokens[j].start, doc.tokens[e - 1].end]);
    }
  }
  return out;
}
