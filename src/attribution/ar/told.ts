import { colonBefore, isComplement, quoteTokensAt, SENTENCE_END_MARKS } from '../clause.js';
import { MAX_QUOTED_NAME_TOKENS, MIN_QUOTE_TOKENS } from '../constants.js';
import { gapHas, hitStartsAt, quoteOpeningAt, titleAt } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { startsMention } from './mention-marks.js';
import { definiteAt, isTitle } from './speaker-words.js';
import { opensMediaAddressee } from './addressee.js';
import { isPluralNoun } from './number.js';

// The one a speaker tells, written between the cue and its subject or content (قال لنا الوزير، قال لـ"الصحيفة" فلان).

/** Addressee pronouns after a cue (قال لي، قال لنا، قال له), as match keys. */
const DATIVES = new Set(['لي', 'لنا', 'له', 'لها', 'لهم', 'لهما', 'لك', 'لكم']);
/** Lemmas of verbs of telling whose plain object is the one told (أبلغ «الصحيفة» أن، أخبر «القناة» أن). */
export const TELLING = new Set(['أبلغ', 'أخبر']);

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

/**
 * The subject of a verb of telling without the one told after it: أبلغ فلان الصحفيين أن (a definite plural noun of
 * people after the head), أبلغت دول الخليج وزير الخارجية أن (a person's title after a body or a plural head, where it
 * is no apposition as after a name).
 */
export function subjectWithoutTold(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, subject: [number, number] | null): [number, number] | null {
  if (!subject || !TELLING.has(hit.cue.lemma)) return subject;
  const [s, e] = subject;
  const head = titleAt(doc, s)?.[0].value ?? doc.lex.titleWords.get(doc.keys[s]);
  // A body, a plural or another definite noun that is no person's title heads the subject: a title after it starts the object.
  const collective = head?.kind === 'body' || isPluralNoun(doc, s) || (definiteAt(doc, s) && head?.kind !== 'title');
  for (let m = s + 1; m < e; m++) {
    if (definiteAt(doc, m) && isPluralNoun(doc, m) && !doc.lex.titleWords.has(doc.keys[m])) return [s, m];
    // أبلغ الرئيس نظيره: "his counterpart" is always someone else.
    if (COUNTERPART.test(doc.keys[m])) return [s, m];
    if (collective && doc.lex.titleWords.get(doc.keys[m])?.kind === 'title' && !definiteAt(doc, m)) return [s, m];
  }
  return subject;
}

/** "His/her counterpart(s)" (نظيره، نظيرته، نظراءه), as match keys. */
const COUNTERPART = /^(نظير|نظرا)/;

/** Longest object of a verb of telling before its particle (أبلغ الوزير رئيس الوزراء أمس خلال محادثات … أن), in tokens. */
const MAX_TOLD_TOKENS = 24;

/**
 * Where what a verb of telling reports starts after the one told, at token `from`: the first particle, or a long
 * quotation, before a colon, a full stop or another cue; -1 when none comes within MAX_TOLD_TOKENS.
 */
export function toldParticle(doc: Doc, from: number, end: number): number {
  for (let k = from + 1; k < Math.min(end, from + MAX_TOLD_TOKENS); k++) {
    if (hitStartsAt(doc, k) || gapHas(doc, k, SENTENCE_END_MARKS) || colonBefore(doc, k)) return -1;
    if (isComplement(doc, k)) return k;
    const q = quoteOpeningAt(doc, k) ? quoteTokensAt(doc, k) : undefined;
    if (q && q.to - q.from >= MIN_QUOTE_TOKENS) return k;
  }
  return -1;
}
