import { CLAUSE_MARKS } from '../clause.js';
import { gapHas } from '../doc.js';
import type { Cue } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { isBiPhrase, isStopWord } from './speaker-words.js';

// اتهم/طالب X Y بـ…: a verb that takes an object and a ب-phrase (accuser, accused, charge; the one asked, the act) and
// is followed by two noun phrases before its ب-phrase has its subject first (VSO), even as a و-verb inside a sentence,
// where a single noun phrase is read as the object of the subject before (واستدعت السفير وطالبت موسكو بالاعتذار).

/** Most words of the second noun phrase (the object) before the ب-phrase. */
const MAX_OBJECT_TOKENS = 4;

/**
 * True when the phrase [j, k) read as a subject after the cue is followed, with no punctuation, by another noun phrase
 * and then the verb's ب-phrase (واتهمت السلطات التركية التنظيمين بالوقوف وراءها): the first phrase is the subject.
 */
export function subjectBeforeObjectAndBi(doc: Doc, cue: Cue, k: number, end: number): boolean {
  if (!cue.frame.has('obj') || !cue.frame.has('bi') || k >= end) return false;
  if (doc.keys[k].startsWith('ب') || isStopWord(doc, k) || gapHas(doc, k, CLAUSE_MARKS)) return false;
  for (let m = k + 1; m < Math.min(end, k + 1 + MAX_OBJECT_TOKENS); m++) {
    if (gapHas(doc, m, CLAUSE_MARKS) || isStopWord(doc, m)) return false;
    if (isBiPhrase(doc.keys[m])) return true;
  }
  return false;
}
