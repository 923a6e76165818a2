import { CLAUSE_MARKS, colonBefore, isComplement } from '../clause.js';
import { gapHas, hitStartsAt, quoteOpeningAt } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { objectlessSubject } from './objectless-subject.js';
import { opensMediaAddressee } from './addressee.js';
import { startsMention } from './mention-marks.js';
import { definiteAt } from './speaker-words.js';
import { surnameBeforeParticle } from './surname.js';
import { isPluralNoun } from './number.js';
import { TELLING } from './told.js';
import { isSayingNoun } from './saying-noun.js';

// Whether the word right after a cue is its subject rather than its object, where the phrase alone cannot tell
// (subjectAfter in cue-subject.ts asks these last): a known entity, a name in ه, a lone noun before the verb's particle,
// a nominative plural of people.

/**
 * حذرت اليابان من …: a known entity (a country, a body) after the cue is a subject, unless قد puts the subject before the
 * verb (وكانت الوزارة قد اتهمت الصين). وذكر الشهود بأن: a plural noun of people right before the particle is the subject
 * too (ar/number.ts), unless its ين marks an object (وصف السياسيين بأنهم).
 */
export function knownSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  if (doc.keys[hit.start - 1] === 'قد') return false;
  // وقال الساهر لوكالة الأنباء، وأكد المصدر لـ«الصحيفة»: the one who talks to the media is the subject.
  return startsMention(doc, j) || surnameBeforeParticle(doc, j) || (opensMediaAddressee(doc, j + 1) && !gapHas(doc, j + 1, CLAUSE_MARKS))
    || loneBodyBeforeParticle(doc, hit, j, end) || saidBeforeParticle(doc, hit, j, end) || saidBeforeColon(doc, hit, j, end) || objectlessSubject(doc, hit.cue, j, end)
    || (isPluralNoun(doc, j) && !doc.keys[j].endsWith('ين') && j + 1 < end && (isComplement(doc, j + 1) || definitePluralSubject(doc, hit, j)));
}

/** Lemmas whose object stands before their particle: the one told, warned or described (أبلغ الوفد أن، وصف المشروع بأنه). */
const OBJECT_BEFORE_PARTICLE = new Set([...TELLING, 'أنذر', 'وصف']);

/**
 * وأكدت الجوازات أن، وأوضح المرور أن: a lone definite noun between the verb and its particle is no object but the
 * subject (a body the lexicon does not list), unless the verb's object stands there (OBJECT_BEFORE_PARTICLE).
 */
function loneBodyBeforeParticle(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  return !OBJECT_BEFORE_PARTICLE.has(hit.cue.lemma) && j + 1 < end && isComplement(doc, j + 1) && !gapHas(doc, j + 1, CLAUSE_MARKS);
}

/**
 * وبهذه المناسبة، صرح الرشيد: «…»: a verb of saying that takes no object has none in a lone definite word right before
 * the colon that opens what was said; that word is the subject (a surname, a body), but a noun of saying (القول).
 */
function saidBeforeColon(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  // وأضاف القول: "added, saying": a noun of saying there is what was said, not who.
  return hit.cue.frame.has('colon') && !hit.cue.frame.has('obj') && j + 1 < end && colonBefore(doc, j + 1) && !isSayingNoun(doc.keys[j]);
}

/** Most words from a word in ه to the particle after it when that word is the subject (وقال وجيه السيد إن). */
const MAX_HA_SUBJECT_WORDS = 2;

/**
 * وقال وجيه السيد إن، قالت جاله إريكان: إن: a word ending in ه, with the bare particle of a verb of
 * saying at most MAX_HA_SUBJECT_WORDS words after it, is that verb's subject, a name (وجيه، فاطمه، جاله), not an
 * attached-pronoun object, which takes no bare particle after it (أكد التزامه بأن، أعلنت انسحابها من). Not for a verb whose object stands before its particle (أبلغ نظيره أن), nor for ها/هم, which also end
 * time adverbs (قال وقتها إن), nor for a listed function word or a ب/ل-word (عنه، بدوره).
 */
export function haSubjectBeforeParticle(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  const key = doc.keys[j];
  if (!doc.tokens[j].text.endsWith('\u0647') || OBJECT_BEFORE_PARTICLE.has(hit.cue.lemma) || hit.cue.frame.has('obj')) return false;
  if (key.startsWith('ب') || key.startsWith('ل') || doc.lex.words.has(key)) return false;
  for (let k = j + 1; k < end && k <= j + MAX_HA_SUBJECT_WORDS; k++) {
    const particle = isComplement(doc, k) && !doc.keys[k].startsWith('ب');
    if (gapHas(doc, k, CLAUSE_MARKS) && !(particle && colonBefore(doc, k))) return false;
    if (particle) return true;
    if (doc.lex.words.has(doc.keys[k]) || hitStartsAt(doc, k) || quoteOpeningAt(doc, k) !== undefined) return false;
  }
  return false;
}

/** Most words between a lone definite subject of a verb of saying and its particle (المطرب الشهير في دبي اليوم إن). */
const MAX_WORDS_TO_SAID_PARTICLE = 6;

/**
 * وقال المطرب في دبي اليوم إن، قالت الممثلة الشابة إن: a verb that takes no object has no object to read in a lone
 * definite noun after it; with its particle a few words on (an adjective, a place, a time between; no comma, cue or
 * quotation), the noun is the subject.
 */
function saidBeforeParticle(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): boolean {
  if (hit.cue.frame.has('obj')) return false;
  for (let k = j + 1; k < Math.min(end, j + 1 + MAX_WORDS_TO_SAID_PARTICLE); k++) {
    if (gapHas(doc, k, CLAUSE_MARKS) || hitStartsAt(doc, k) || quoteOpeningAt(doc, k)) return false;
    if (isComplement(doc, k)) return true;
  }
  return false;
}

/**
 * وأدان الوزراء الهجمات، ويتهم المحتجون الحكومة: a definite plural of people right after the verb is its subject when
 * it is nominative (-ون) or a broken plural after a masculine verb; ودعت الأهالي إلى الخروج (a feminine verb after a
 * subject already named) calls on them.
 */
function definitePluralSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number): boolean {
  return definiteAt(doc, j) && (doc.keys[j].endsWith('ون') || hit.cue.gender === 'm');
}
