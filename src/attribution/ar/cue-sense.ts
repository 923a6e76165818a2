import { CLAUSE_MARKS } from '../clause.js';
import { gapHas } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { adjectiveParticiple } from './adjective-participle.js';
import { governsNoun, NOUN_DEMONSTRATIVES, NOUN_HEADS, NUMBERS, TRYING } from './cue-noun.js';
import { namesSomeone } from './declined.js';
import { startsMention } from './mention-marks.js';
import { addressesReader } from './reader-address.js';
import { repeatsVerb } from './repeated-verb.js';
import { saysAfterVerb } from './saying-participle.js';
import { isTitle } from './speaker-words.js';
import { studentNoun } from './student-noun.js';

// Cue words that report nothing where they stand (01-verb-subject.ts asks first): a noun or an adjective of the same
// spelling, a negated verb, the anonymity formula, a cue inside a source phrase or one another rule reads.

/** Objects of رفض/طلب in the anonymity formula (رفض الكشف عن اسمه، طلب عدم ذكر هويته), as match keys. */
const ANONYMITY = new Set(['الكشف', 'الافصاح', 'ذكر', 'عدم', 'نشر']);
/**
 * Particles that negate the verb right after them (لم يكشف، لن يعلن، لا ينفي), with و/ف, as match keys. A negated cue
 * reports nothing (as "did not say" in English): the source did not say the content. It is no `doubt` either, which
 * GUIDELINES.md keeps for a source that cannot confirm, questions or has no evidence (لم يتمكن من تأكيد، لم يؤكد are
 * hedges, matched before any cue).
 */
const NEGATIONS = new Set(['لم', 'ولم', 'فلم', 'لن', 'ولن', 'فلن', 'لا', 'ولا', 'فلا']);
/**
 * Prepositions with a pronoun that refers back (وهو ما أشار إليه X، ما أكد عليه، ما حذر منه), as match keys: after the
 * relative ما the cue's content is the clause before, not what follows, so the verb–subject reading would take the
 * wrong words (05-resumptive.ts reads it).
 */
export const RESUMPTIVES = new Set(['اليه', 'اليها', 'عليه', 'عليها', 'به', 'بها', 'له', 'لها', 'منه', 'منها', 'عنه', 'عنها']);

/** True when the cue at token `at` follows a source word and its ما (بحسب ما، وفق ما، حسبما، وفقا لما). */
function insideSourcePhrase(doc: Doc, at: number): boolean {
  return doc.hits.some((h) => h.type === 'source' && h.end <= at && at - h.start <= 2
    && (h.end === at || (h.end === at - 1 && (doc.keys[h.end] === 'ما' || doc.keys[h.end] === 'لما'))));
}

/**
 * True when the cue word at `hit` reports nothing by the verb–subject reading, decided from the words around it
 * (`prevKey`: the word before it in its sentence, or '' at the sentence start; `end`: the sentence end for the cue).
 */
export function reportsNothing(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, end: number, prevKey: string): boolean {
  const { cue } = hit;
  // إجراءات أمنية مشددة، حالات مؤكدة: a participle that qualifies the noun before it is an adjective (ar/adjective-participle.ts).
  if (adjectiveParticiple(doc, hit)) return true;
  // هذا طلب، طالب أو طالبة: a cue word after a demonstrative or before أو is a noun.
  // (…انخفاض الكلفة هناك، مشيرا إلى: after a comma the word before is an adverb, and the cue a verb.)
  if (NOUN_DEMONSTRATIVES.has(prevKey) || (NOUN_HEADS.has(prevKey) && !gapHas(doc, hit.start, CLAUSE_MARKS)) || doc.keys[hit.end] === 'او') return true;
  // ولم يحاولوا نفي وجود الثغرات، في محاولة لتأكيد …: after a word of trying the cue word is what was attempted.
  if (TRYING.test(prevKey) && !gapHas(doc, hit.start, CLAUSE_MARKS)) return true;
  // تأكيد أو نفي الوفيات: after أو, a cue word joined to a word that is no cue is a verbal noun too.
  if (prevKey === 'او' && !doc.hits.some((h) => h.type === 'cue' && h.end === hit.start - 1)) return true;
  // نصف مليون طالب، 500 طالب: a cue word counted by a number is a noun; so is طالب سعودي، طالب في جامعة (ar/student-noun.ts).
  if (NUMBERS.has(prevKey) || /^[0-9\u0660-\u0669]+$/.test(prevKey) || studentNoun(doc, hit)) return true;
  // عبر وصف أدوية: a cue word right after a preposition is a verbal noun; it reports only with its speaker in
  // construct after it (حول وصف رئيس الحكومة …).
  if (cue.kind === 'verb' && governsNoun(doc, hit.start - 1, prevKey) && !(hit.end < end && (isTitle(doc, hit.end) || startsMention(doc, hit.end)))) return true;
  // رفض الكشف عن هويته، طلب عدم ذكر اسمه: the formula of an anonymous source, not a refusal or a request; دون أن تذكر اسمه names one.
  if ((ANONYMITY.has(doc.keys[hit.end]) && (cue.stance === 'deny' || cue.stance === 'demand')) || namesSomeone(doc, hit.end)) return true;
  // …أم لا، قال إردمان: only a particle right before the cue (no punctuation between) negates it. A negated denial
  // or doubt (لا ينفي، لم يستبعد أن …) admits something rather than saying nothing, so it is left to those rules.
  if (NEGATIONS.has(prevKey) && !gapHas(doc, hit.start, CLAUSE_MARKS) && cue.stance !== 'deny' && cue.stance !== 'doubt') return true;
  // وهو ما ألمح إليه رئيس الوزراء: what X said is the clause before ما, which this rule cannot take; no statement
  // rather than one whose content is the speaker's own name.
  if (prevKey === 'ما' && RESUMPTIVES.has(doc.keys[hit.end] ?? '')) return true;
  // بحسب ما أكدت تلك المصادر، حسبما ذكر: a cue inside a source phrase is that phrase's (02-according-to.ts), never its own.
  if (insideSourcePhrase(doc, hit.start)) return true;
  // …، أحد التجمعات المصرفية، دعت جميع العملاء: the verb said again reports through the first (ar/repeated-verb.ts);
  // تذكر أن … opening a sentence tells the reader (ar/reader-address.ts).
  if (repeatsVerb(doc, hit) || addressesReader(doc, hit)) return true;
  // وأضاف قائلا «…»: the verb before قائلا reports what follows it (ar/saying-participle.ts).
  if (saysAfterVerb(doc, hit)) return true;
  return false;
}
