import { CLAUSE_MARKS, colonBefore, isComplement, PHRASE_END } from '../clause.js';
import { gapHas, quoteOpeningAt } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { startsMention } from './mention-marks.js';
import { isLamObject, isTitle } from './speaker-words.js';

// When a cue word is a noun or a verb joined to the cue (هذا طلب، عبر وصف، رفض الكونجرس للاتفاق، يكشف ويفضح), not a report.

/**
 * Nouns that take a verbal noun in construct (في حال رفض الكونجرس، عدم ذكر، بسبب رفض عدد من الضباط، من مغبة رفض
 * الاتفاق), or a noun (تقديم طلب "filing a request"), and words of "there is" (هناك رفض لـ، ثمة تأكيد على) and the
 * copula (ما يوحدهم هو رفض …، العملية هي رد على) that a noun follows, as match keys. وهو stays out: وهو رفض may be "he
 * refused".
 */
export const NOUN_HEADS = new Set(['حال', 'حاله', 'عدم', 'مجرد', 'تقديم', 'بسبب', 'جراء', 'مغبه', 'هناك', 'هنالك', 'ثمه', 'هو', 'هي']);
/**
 * Verbs and nouns of trying (حاول، يحاولون، محاولة، بمحاولة), as a match-key pattern: the cue word right after one is
 * its verbal-noun object (لم يحاولوا نفي وجود الثغرات), what was attempted rather than said.
 */
export const TRYING = /^[\u0648\u0641]?[\u0628\u0644]?(?:[\u064A\u062A\u0646\u0627]?\u062D\u0627\u0648\u0644|\u0645\u062D\u0627\u0648\u0644)/u;
/** Number words that count a noun (مليون طالب، آلاف المطالبين), as match keys. */
export const NUMBERS = new Set(['الف', 'الاف', 'مليون', 'ملايين', 'مئات', 'عشرات', 'مئه', 'مائه']);
/** Demonstratives that stand before a noun (هذا طلب), unlike ذلك in إلى ذلك نفى (match keys). */
export const NOUN_DEMONSTRATIVES = new Set(['هذا', 'هذه', 'هذان', 'هاتان', 'هؤلاء']);

/**
 * Prepositions that keep a pronoun (فيه، له) or a time (بعد، منذ) before a verb (في كلمة له قال فيها، منذ قال):
 * after any other preposition a cue word is a verbal noun (عبر وصف، من إعلان), as match keys.
 */
const BEFORE_VERB = new Set(['فيه', 'فيها', 'فيهم', 'له', 'لها', 'لهم', 'بعد', 'قبل', 'منذ', 'ل', 'لـ']);
/** True when token i (in the cue's sentence, no punctuation after it) is a preposition that governs the cue word as a noun. */
export function governsNoun(doc: Doc, i: number, key: string): boolean {
  // بل وعن تعهد بتشكيل …: a preposition behind و still governs the noun.
  const bare = key.length > 2 && key.startsWith('و') && doc.lex.words.get(key) === undefined ? key.slice(1) : key;
  return bare !== '' && doc.lex.words.get(bare) === 'preposition' && !BEFORE_VERB.has(bare) && !gapHas(doc, i + 1, CLAUSE_MARKS);
}

/** The person prefixes of an imperfect verb (يكشف، تكشف). */
const IMPERFECT = /^[\u064A\u062A]/;

/**
 * يكشف ويفضح أعمال …: right after an imperfect cue, و + a word with the cue's own person prefix is a second verb
 * joined to it, never a subject (unless a listed name or a title starts there).
 */
export function coordinatedVerb(doc: Doc, cueAt: number, j: number, end: number): boolean {
  if (j >= end) return false;
  const cue = doc.tokens[cueAt].text.replace(/^[\u0648\u0641]?\u0633?/, ''), w = doc.tokens[j].text;
  if (!IMPERFECT.test(cue) || !w.startsWith('\u0648') || w.length < 5 || w[1] !== cue[0] || gapHas(doc, j, CLAUSE_MARKS)) return false;
  return !startsMention(doc, j) && !isTitle(doc, j);
}

/** Tokens after a ل-object searched for a particle, colon or quotation that makes it an addressee (أكد الوزير للصحفيين أن). */
const LAM_ADDRESSEE_WINDOW = 3;

/**
 * رفض الكونجرس للاتفاق، ورفض الزعماء لهذه القرارات: a cue word that takes a direct object, then a noun, then ل + a
 * definite noun or a demonstrative, is a verbal noun in construct (a noun phrase), unless a particle, a colon or a
 * quotation soon follows (the ل-phrase is then the addressee: أكد الوزير للصحفيين أن).
 */
export function verbalNounPhrase(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, subject: [number, number] | null, end: number): boolean {
  if (!subject || hit.cue.kind !== 'verb' || !hit.cue.frame.has('obj') || hit.cue.frame.has('li') || hit.cue.frame.has('ila')) return false;
  // The noun right after the cue word, then the ل-word (inside the chunked subject or right after it); a title
  // takes ل in construct (الأمين العام للأمم المتحدة، رئيس الوزراء للشؤون).
  const l = subject[0] + 1;
  // ورفض البرلمان للميزانية: a definite body takes no ل in construct (its adjective comes first: المركز الوطني للأرصاد).
  const definiteBody = doc.keys[subject[0]].startsWith('ال') && doc.lex.titleWords.get(doc.keys[subject[0]])?.kind === 'body';
  if ((isTitle(doc, subject[0]) && !definiteBody) || startsMention(doc, subject[0]) && !doc.keys[subject[0]].startsWith('ال')) return false;
  if (l >= end || !isLamObject(doc, l) || gapHas(doc, l, PHRASE_END)) return false;
  for (let k = l + 1; k < Math.min(end, l + 1 + LAM_ADDRESSEE_WINDOW); k++) {
    if (isComplement(doc, k) || colonBefore(doc, k) || quoteOpeningAt(doc, k)) return false;
  }
  return true;
}
