import { isComplement } from '../clause.js';
import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { afterQuotedOutlet } from './addressee.js';
import { arabicSubject } from './speaker.js';
import { BREAK_GAP } from './speaker-words.js';

// A speaker named right after the outlet spoken to (قال لـ«الصحيفة» فلان), whose name the chunker would read as a ب-phrase.

/** True when token i is a title or role word (الرئيس، المتحدثة), with or without the article. */
function titleWordAt(doc: Doc, i: number): boolean {
  const kind = doc.lex.titleWords.get(doc.keys[i])?.kind;
  return kind === 'title' || kind === 'role';
}

/** Most name words before the title in apposition after a quoted outlet (بادي بادماناتان الرئيس …). */
const MAX_NAME_BEFORE_TITLE = 3;

/**
 * وقال لـ"الصحيفة" بادي بادماناتان الرئيس التنفيذي …: after the quoted outlet spoken to, a name whose letters read as a
 * ب-phrase (بادي) is the speaker when a title in apposition follows it within MAX_NAME_BEFORE_TITLE words; the end of
 * the phrase (through the title's), or j when it is none. A ب-phrase (بمناسبة، بالتزامن، بأن) is a listed word or
 * definite, and no title follows.
 */
export function nameAfterOutlet(doc: Doc, j: number, limit: number, objectless: boolean): number {
  const key = doc.keys[j];
  if (!key.startsWith('ب') || key.startsWith('بال') || doc.lex.words.has(key) || isComplement(doc, j) || !afterQuotedOutlet(doc, j)) return j;
  for (let k = j + 1; k < Math.min(limit, j + 1 + MAX_NAME_BEFORE_TITLE); k++) {
    if (gapHas(doc, k, BREAK_GAP) || doc.lex.words.has(doc.keys[k]) || (doc.keys[k].startsWith('ال') && !titleWordAt(doc, k))) return j;
    if (titleWordAt(doc, k)) {
      const e = arabicSubject(doc, k, limit, objectless);
      return e > k ? e : j;
    }
  }
  return j;
}
