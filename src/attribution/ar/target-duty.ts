import { STANCE_LEAD_WORDS } from '../constants.js';
import { charRange, commaBefore, isComplement } from '../clause.js';
import { firstForms } from '../cues.js';
import { quoteOpeningAt } from '../doc.js';
import type { Doc } from '../types.js';
import { definiteAt } from './speaker-words.js';
import { boundPhrase, partyAt, QUANTIFIERS } from './target-parties.js';

// The party a duty is laid on (GUIDELINES `targets`): at a content's start, before the duty's lead or after it (X يجب
// أن، يتعين على X، يجب أن تتحمل الحكومة), or further into a demand's content (يتوجب على X); an accusation's lead
// names the doer the same way (الحوثيون ارتكبوا).

/** Longest subject before a duty (الولايات المتحدة والفلبين يجب أن), in tokens (as STANCE_LEAD_WORDS counts words). */
const MAX_DUTY_SUBJECT_TOKENS = 4;
/** Most words of a definite doer before an accusation's lead (المستوطنون المتطرفون ارتكبوا). */
const DEFINITE_DOER_TOKENS = 2;

/**
 * The one a duty is laid on at the content's start: the subject before the lead (X يجب أن، الحكومة تحتاج إلى) or
 * the noun phrase after على (يتعين على X، على X أن).
 */
export function dutyBearer(doc: Doc, lo: number, end: number, want: 'demand' | 'accuse'): [number, number] | null {
  if (want === 'demand' && doc.keys[lo] === 'علي') return boundPhrase(doc, lo + 1, end);
  for (let i = lo; i < Math.min(end, lo + STANCE_LEAD_WORDS); i++) {
    if (commaBefore(doc, i) && i > lo) return null;
    const lead = doc.lex.leads.first(doc.keys, i, firstForms(doc, doc.keys[i]));
    if (!lead || lead[0].value !== want) continue;
    const next = i + lead[1];
    if (want === 'demand' && next < end && doc.keys[next] === 'علي') return boundPhrase(doc, next + 1, end);
    const before = subjectBefore(doc, lo, i);
    // يجب أن تكون بريطانيا أمة واحدة: the subject after the duty's verb (VSO) is the one bound.
    if (want === 'demand') return before ?? subjectAfterDuty(doc, next, end);
    // الإرهابيين ارتكبوا فظائع: a definite noun doing the wrong is its doer, as after the verb.
    if (before || i > lo && i - lo <= DEFINITE_DOER_TOKENS && definiteAt(doc, lo) && !doc.lex.words.has(doc.keys[lo])) return before ?? boundPhrase(doc, lo, i);
    // منذ عام 2004 ارتكب المستوطنون …: the doer after the verb.
    return next < end && (definiteAt(doc, next) || partyAt(doc, next)) ? boundPhrase(doc, next, end) : null;
  }
  return null;
}

/** An imperfect verb's prefix (تكون، يتحمل، ستسعى), as match-key letters: a clause after أن opening VSO. */
export const IMPERFECT = /^س?[يتن][\u0621-\u064A]{2}/;

/** The party after أن and the imperfect verb that follow a duty lead at token `next` (يجب أن تتحمل الحكومة), or null. */
export function subjectAfterDuty(doc: Doc, next: number, end: number): [number, number] | null {
  if (next + 2 >= end || !isComplement(doc, next)) return null;
  const v = next + 1;
  if (!IMPERFECT.test(doc.keys[v]) || doc.lex.words.has(doc.keys[v]) || commaBefore(doc, v + 1) || !partyAt(doc, v + 1)) return null;
  return boundPhrase(doc, v + 1, end);
}

/**
 * The subject before a lead at token i (X يجب أن، الحوثيون ارتكبوا): a party word, or one indefinite word (اسيان يجب
 * أن: a name, as a common noun subject is definite); no function word or quotation inside.
 */
function subjectBefore(doc: Doc, lo: number, i: number): [number, number] | null {
  if (i === lo || i - lo > MAX_DUTY_SUBJECT_TOKENS || !partyAt(doc, lo) && !(i - lo === 1 && !definiteAt(doc, lo))) return null;
  for (let k = lo; k < i; k++) if (doc.lex.words.has(doc.keys[k]) && !QUANTIFIERS.has(doc.keys[k]) || k > lo && quoteOpeningAt(doc, k)) return null;
  return charRange(doc, lo, i);
}
/**
 * "… اتفاق رهيب يجب رفضه. يتوجب على الكونغرس أن …": a duty laid with على on a party further into a demand's content
 * (the lead at its start, dutyBearer, laid none).
 */
export function laterDuty(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < hi; i++) {
    const lead = doc.lex.leads.first(doc.keys, i, firstForms(doc, doc.keys[i]));
    if (!lead || lead[0].value !== 'demand' || doc.keys[i + lead[1]] !== 'علي') continue;
    const at = i + lead[1] + 1;
    if (at < hi && partyAt(doc, at)) return boundPhrase(doc, at, hi);
  }
  return null;
}
