import { colonBefore, isComplement, quoteTokensAt } from '../clause.js';
import { MAX_QUOTED_NAME_TOKENS } from '../constants.js';
import { quoteOpeningAt } from '../doc.js';
import type { Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { isTitle } from './speaker-words.js';
import { opensMediaAddressee } from './addressee.js';

// The one a speaker tells, written between the cue and its subject or content (قال لنا الوزير، قال لـ"الصحيفة" فلان).

/** Addressee pronouns after a cue (قال لي، قال لنا، قال له), as match keys. */
const DATIVES = new Set(['لي', 'لنا', 'له', 'لها', 'لهم', 'لهما', 'لك', 'لكم']);
/** Lemmas of verbs of telling whose plain object is the one told (أبلغ «الصحيفة» أن، أخبر «القناة» أن). */
const TELLING = new Set(['أبلغ', 'أخبر']);

/**
 * Where the subject or the content of a cue starts when token j, right after it, names the one told: a pronoun (قال لنا
 * الوزير) before a particle, a title, a known name, a colon or a quotation — before any other word it may open the
 * content (تقول لك وداعا), and لي may be the Chinese surname Li (قال لي كه تشيانغ) — or any pronoun after a participle,
 * which has no subject after it (مؤكدا لهم الوقوف …); or a quoted outlet after لـ (قال لـ"الصحيفة" فلان إن …). j when
 * there is none.
 */
export function addresseeEnd(doc: Doc, j: number, end: number, participle: boolean, lemma = ''): number {
  if (j + 1 >= end) return j;
  // أبلغ «الشرق الأوسط» أن …: a verb of telling takes the quoted outlet as its plain object, never as its subject.
  if (TELLING.has(lemma) && quoteOpeningAt(doc, j) !== undefined) {
    const told = quoteTokensAt(doc, j);
    if (told && told.to - told.from <= MAX_QUOTED_NAME_TOKENS && told.to < end && !colonBefore(doc, told.to)) return told.to;
  }
  const n = j + 1;
  if (DATIVES.has(doc.keys[j])) {
    const before = isComplement(doc, n) || isTitle(doc, n) || startsMention(doc, n) || colonBefore(doc, n) || quoteOpeningAt(doc, n) !== undefined;
    return before || participle ? n : j;
  }
  // قال لبرنامج "واجه الصحافة"، لصحيفة «الحياة»: ل + a medium's noun before its quoted name is the one told, too.
  if (doc.keys[j] !== 'ل' && !(opensMediaAddressee(doc, j) && quoteOpeningAt(doc, n))) return j;
  const outlet = quoteTokensAt(doc, n);
  return outlet && outlet.to - outlet.from <= MAX_QUOTED_NAME_TOKENS && outlet.to < end && !colonBefore(doc, outlet.to) ? outlet.to : j;
}
