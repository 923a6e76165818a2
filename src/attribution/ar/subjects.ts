import type { Doc } from '../types.js';
import { CLAUSE_MARKS } from '../clause.js';
import { gapHas, hitStartsAt } from '../doc.js';
import { startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { isStopWord, isTitle } from './speaker-words.js';

/** كان and كانت, bare or with و/ف, as match keys: وكان الوزير استقبل …، مؤكدا: the noun after them is the subject of the verb that follows. */
export const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);
/** فيما and بينما ("while") and كما ("also") opening a sentence, as match keys: a bare verb after them opens the clause. */
const WHILE = new Set(['فيما', 'بينما', 'وفيما', 'وبينما', 'كما']);
/** Most words of an unlisted name before the title that follows it (إيرينا بوكوفا المديرة العامة …). */
const MAX_NAME_BEFORE_TITLE = 3;
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
      // ألقت، ألمح: a verb whose hamza the match key folds (القت) is told from the article by its written form.
      const bare = i > first && key.length >= MIN_CLAUSE_VERB_LETTERS && !hasArticle(doc.tokens[i].text);
      if (!KANA.has(key) && !bare && (!/^[وف]/.test(key) || key.length < MIN_CLAUSE_VERB_LETTERS + 1) || cueAt.has(i)) continue;
      if ((isStopWord(doc, i) && !KANA.has(key)) || isTitle(doc, i) || doc.lex.titleWords.has(key.slice(1)) || key.slice(1).startsWith('ال') || startsMention(doc, i)) continue;
      const j = i + 1;
      if (cueAt.has(j) || !(isTitle(doc, j) || startsMention(doc, j) || nameBeforeTitle(doc, j, last))) continue;
      const e = arabicSubject(doc, j, last);
      // كانت سوريا حتى بعد …: after كان the phrase must be the subject of a verb (قد or a word that is no particle).
      if (KANA.has(key) && (!isTitle(doc, j) || !kanaSubject(doc, j, e, last))) continue;
      if (e > j) out.push([doc.tokens[j].start, doc.tokens[e - 1].end]);
    }
  }
  return out;
}

/**
 * كما ألقت إيرينا بوكوفا المديرة العامة للمنظمة كلمة: words of no class, without the article, right before a title
 * (no punctuation between) are an unlisted person's name, the head of the subject.
 */
function nameBeforeTitle(doc: Doc, j: number, last: number): boolean {
  for (let k = j; k < Math.min(last, j + MAX_NAME_BEFORE_TITLE + 1); k++) {
    if (k > j && gapHas(doc, k, CLAUSE_MARKS)) return false;
    if (k > j && isTitle(doc, k)) return true;
    if (hasArticle(doc.keys[k]) || isStopWord(doc, k) || doc.lex.words.has(doc.keys[k]) || hitStartsAt(doc, k)) return false;
  }
  return false;
}

/** True when tokens [j, e) after كان hold no particle and are followed by قد or a word that is no particle. */
function kanaSubject(doc: Doc, j: number, e: number, last: number): boolean {
  for (let k = j; k < e; k++) if (isStopWord(doc, k)) return false;
  return e < last && (doc.keys[e] === 'قد' || !isStopWord(doc, e));
}
