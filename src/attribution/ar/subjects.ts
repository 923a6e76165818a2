import type { Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { isStopWord, isTitle } from './speaker-words.js';

/** كان and كانت, bare or with و/ف, as match keys: وكان الوزير استقبل …، مؤكدا: the noun after them is the subject of the verb that follows. */
export const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
/** فيما and بينما ("while") opening a sentence, as match keys. */
const WHILE = new Set(['فيما', 'بينما', 'وفيما', 'وبينما']);
/** True when a match key starts with the article (ال، وال، فال). */
const hasArticle = (key: string) => /^[وف]?ال/.test(key);

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
    // فيما واصل الرئيس …، بينما استقبل الوزير …: a bare verb after a sentence-opening فيما/بينما opens the clause too.
    const opener = WHILE.has(doc.keys[first]) && first + 2 < last ? first + 1 : first;
    for (let i = opener; i === opener && i + 1 < last; i++) {
      const key = doc.keys[i];
      const bare = i > first && key.length >= MIN_CLAUSE_VERB_LETTERS && !hasArticle(key);
      if (!KANA.has(key) && !bare && (!/^[وف]/.test(key) || key.length < MIN_CLAUSE_VERB_LETTERS + 1) || cueAt.has(i)) continue;
      if ((isStopWord(doc, i) && !KANA.has(key)) || isTitle(doc, i) || doc.lex.titleWords.has(key.slice(1)) || key.slice(1).startsWith('ال') || startsMention(doc, i)) continue;
      const j = i + 1;
      if (cueAt.has(j) || !(isTitle(doc, j) || startsMention(doc, j))) continue;
      const e = arabicSubject(doc, j, last);
      // كانت سوريا حتى بعد …: after كان the phrase must be the subject of a verb (قد or a word that is no particle).
      if (KANA.has(key) && (!isTitle(doc, j) || !kanaSubject(doc, j, e, last))) continue;
      if (e > j) out.push([doc.tokens[j].start, doc.tokens[e - 1].end]);
    }
  }
  return out;
}

/** True when tokens [j, e) after كان hold no particle and are followed by قد or a word that is no particle. */
function kanaSubject(doc: Doc, j: number, e: number, last: number): boolean {
  for (let k = j; k < e; k++) if (isStopWord(doc, k)) return false;
  return e < last && (doc.keys[e] === 'قد' || !isStopWord(doc, e));
}
