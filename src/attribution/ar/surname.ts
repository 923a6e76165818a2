import { colonBefore, isComplement, NP_END, PHRASE_END } from '../clause.js';
import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { cueStartsAt, gapHas, hitStartsAt, quoteOpeningAt } from '../doc.js';
import type { Doc } from '../types.js';
import { opensMediaAddressee } from './addressee.js';
import { looksNisba } from './nisba.js';
import { isStopWord, isTitle } from './speaker-words.js';

/** Most words between a name read before its cue and the cue (الدكتور سامي العلي قد قال). */
const SVO_CUE_REACH = 3;

/**
 * True when token j is a definite word that ended a name earlier in the article, after a given name (قال الدكتور سامي
 * العلي … ويضيف العلي أن …), and a particle, a colon or the cue's preposition and a particle (وأشار العلي إلى أن)
 * follows it, or في + a speech noun (أكد العلي في حديث …), or the verb's preposition (وحذر العلي من): the person named
 * again by surname, not the verb's object; so does a quotation opening right after it (قال العلي «…»). The
 * earlier name ended a speaker phrase near a cue, or had a title in apposition after it (سامي العلي زعيم الكتلة). (The article's own names are only found after the statements; a name is read here from its words.)
 */
export function surnameBeforeParticle(doc: Doc, j: number): boolean {
  const key = doc.keys[j];
  if (!key.startsWith('ال') || !(isComplement(doc, j + 1) || colonBefore(doc, j + 1) || quoteOpeningAt(doc, j + 1) || frameBeforeParticle(doc, j + 1) || speechAdjunct(doc, j + 1)
    || framePreposition(doc, j + 1))) return false;
  return endedNameBefore(doc, j);
}

/**
 * True when token j is a ب-word (read as a preposition phrase by its letters: بادماناتان) with a particle, a colon or a
 * quotation right after it, and it ended a name earlier in the article (بادي بادماناتان وقال …): the person named
 * again by surname (وقال بادماناتان «…»).
 */
export function biSurnameBeforeParticle(doc: Doc, j: number): boolean {
  if (!doc.keys[j].startsWith('ب') || doc.lex.words.has(doc.keys[j])) return false;
  return (isComplement(doc, j + 1) || colonBefore(doc, j + 1) || !!quoteOpeningAt(doc, j + 1)) && endedNameBefore(doc, j);
}

/** True when the word at token j ended a name earlier in the article, after a given name (see surnameBeforeParticle). */
function endedNameBefore(doc: Doc, j: number): boolean {
  const key = doc.keys[j];
  for (let i = 1; i < j; i++) {
    if (doc.keys[i] !== key) continue;
    const given = doc.keys[i - 1];
    if (given.startsWith('ال') || isStopWord(doc, i - 1) || isTitle(doc, i - 1) || gapHas(doc, i, NP_END)) continue;
    // ترددت المتاجر: a verb before it is no given name; سلسلتا المتاجر الأسترالية: the name ended a speaker phrase there.
    if (hitStartsAt(doc, i - 1)) continue;
    if (nearCue(doc, i) && endsPhrase(doc, i)) return true;
    // (سامي الخالدي زعيم كتلة الوفاق …): a name introduced with a title in apposition names a person wherever it stands.
    if (isTitle(doc, i + 1) && !gapHas(doc, i + 1, NP_END)) return true;
    // (المطرب الإماراتي حسين الجسمي، بعنوان …): so does one introduced after a title, wherever it stands.
    if (titledBefore(doc, i - 1)) return true;
  }
  return false;
}

/** True when في + a speech noun opens at token i (أكد المطلك في حديث لـ«الصحيفة» دعمه): the occasion the speaker spoke on. */
function speechAdjunct(doc: Doc, i: number): boolean {
  return doc.keys[i] === 'في' && doc.lex.words.get(doc.keys[i + 1] ?? '') === 'speech' && !gapHas(doc, i, NP_END);
}

/** Prepositions that open a warning's or a demand's object right after its speaker (حذر العلي من، شدد العلي على), as match keys. */
const OBJECT_PREPOSITIONS = new Set(['من', 'علي', 'الي']);

/**
 * True when a title, with its nisba adjectives, stands right before the given name at token g (الوزير سامي), or a
 * definite noun with one (المطرب الإماراتي حسين): the name after the given name is a person's.
 */
function titledBefore(doc: Doc, g: number): boolean {
  let m = g - 1;
  while (m > 0 && looksNisba(doc.keys[m]) && !isTitle(doc, m) && !gapHas(doc, m + 1, NP_END)) m--;
  if (m < 0 || m >= g || gapHas(doc, m + 1, NP_END) || gapHas(doc, g, NP_END)) return false;
  // المطرب الإماراتي حسين: a definite noun with its nisba before a given name is a person's description, listed or not.
  return isTitle(doc, m) || (m < g - 1 && doc.keys[m].startsWith('ال') && !looksNisba(doc.keys[m]));
}

/** True when such a preposition stands at token i, with nothing between it and the name (وحذر العتيبي من الالتفات). */
function framePreposition(doc: Doc, i: number): boolean {
  return OBJECT_PREPOSITIONS.has(doc.keys[i] ?? '') && !gapHas(doc, i, NP_END);
}

/** The prepositions a cue's clause may open with before its particle (أشار إلى أن، شدد على أن), as match keys. */
const FRAME_PREPOSITIONS = new Set(['الي', 'علي']);

/** True when token i is such a preposition and a particle follows it (ويشير العلي إلى أن). */
function frameBeforeParticle(doc: Doc, i: number): boolean {
  return FRAME_PREPOSITIONS.has(doc.keys[i]) && isComplement(doc, i + 1) && !gapHas(doc, i, NP_END);
}

/**
 * True when a speaker phrase can end at token i: a particle, a colon, a comma or a cue follows it, or the media the
 * speaker talks to (قال الدكتور سامي العلي لـ«الصحيفة»: …، لوكالة …).
 */
function endsPhrase(doc: Doc, i: number): boolean {
  return isComplement(doc, i + 1) || gapHas(doc, i + 1, PHRASE_END) || cueStartsAt(doc, i + 1)
    || opensMediaAddressee(doc, i + 1);
}

/** True when a cue of the same sentence starts at most MAX_SPEAKER_TOKENS before token i or a few after it: i is in a speaker phrase. */
function nearCue(doc: Doc, i: number): boolean {
  const s = doc.sentOf[i];
  return doc.hits.some((h) => h.type === 'cue' && doc.sentOf[h.start] === s && h.start - i <= SVO_CUE_REACH && i - h.start <= MAX_SPEAKER_TOKENS);
}
