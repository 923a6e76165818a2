import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange, commaBefore } from '../clause.js';
import { hitStartsAt, quoteOpeningAt } from '../doc.js';
import { matchKey } from '../../text/normalize/arabic.js';
import type { Stance } from '../../model/index.js';
import type { Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { definiteAt, isBiPhrase } from './speaker-words.js';
import { RELATIVE_PRONOUNS } from './target-owners.js';
import { mentionEnd, nameAt, partyAt, QUANTIFIERS } from './target-parties.js';

// How far the object phrase after a cue runs and whether it names a party (object-target.ts asks): it ends at a
// ب-word, a frame word, a particle, a comma or a quotation, and the verb's frame word (إلى، على، من، أن) after it, or
// a ل-purpose, shows the one asked or warned.

/** ل + a verbal noun or a definite noun (لتشكيل، للمطالبة), as the match key's letters after ل: a purpose, no party. */
const LAM_PURPOSE = /^ل(ال|ا|ت|م)[\u0621-\u064A]{3}/;
/**
 * Words that end an object and show it named a party, by the cue's stance (دعا X إلى، حث X على، طالب X بأن; حذر X من),
 * as match keys. After a demand, من names the one asked of (طلب العون من X): the object before it is the thing asked.
 */
const FRAME_AFTER_OBJECT: Partial<Record<Stance, ReadonlySet<string>>> = {
  demand: new Set(['الي', 'علي', 'ان', 'بان', 'لكي', 'كي']),
  warn: new Set(['من', 'ان', 'بان']),
};
/** The responsibility an accuser lays on its object (حمل X المسؤولية), as match keys: the second object, not the party's. */
const RESPONSIBILITY = new Set(['المسؤولية', 'مسؤولية'].map(matchKey));
/** Any of them: a word that ends an object phrase. */
const OBJECT_END = new Set([...FRAME_AFTER_OBJECT.demand!, ...FRAME_AFTER_OBJECT.warn!]);
/** A preposition with an attached pronoun (إليها، عليهم، منه) or ل + the article (للجرحى), as a match key: no object. */
const NOT_OBJECT = /^((الي|علي|من|عن|ل|ب)(ه|ها|هم|هما|هن)|لل)/;
/** A word joined by و and written with the accusative's tanwin (وتكراراً، وأيضاً): an adverb. */
const JOINED_ADVERB = /^و\S+(\u0627\u064B|\u064B\u0627)$/u;
/** Demonstratives (هذه، هذا، هؤلاء، تلك، أولئك), as match keys. */
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'هؤلاء', 'تلك', 'أولئك'].map(matchKey));
/** Quantifiers that follow the noun they take in (الدول كافة، الأطراف جميعها), as match keys. */
const TRAILING_QUANTIFIERS = new Set(['كافة', 'جميعا', 'جميعها', 'جميعهم', 'كلها', 'كلهم'].map(matchKey));
/** Most words of an adjunct between an object and its frame word (الدول الأعضاء في الأمم المتحدة إلى), in tokens. */
const MAX_FRAME_GAP_TOKENS = 4;
/** Frame prepositions before which an object is what is asked, not who (دعا إلى «الاستماع لمطالب»), as match keys. */
export const ASKED_AFTER = new Set(['الي', 'علي']);
/** Compass words, as match keys. */
const COMPASS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);
/** Most words of a relative clause between an object party and its frame word, in tokens. */
const MAX_RELATIVE_CLAUSE_TOKENS = 8;
/** Words a conjoined party adds to the longest object, in tokens. */
const CONJUNCT_TOKENS = 2;

/**
 * The object phrase after the cue up to a ب-word, a frame word, a particle, a comma or a quotation, when it names a
 * party: a listed name, or a phrase the verb's frame follows (حث الدول على، حذر مواطنيها من). An object that opens with
 * a ب-phrase or a ل-purpose (طالب بتحرير خطاب، دعا لتشكيل حكومة) or with a function word names what is asked.
 */
export function objectParty(doc: Doc, stance: Stance, from: number, end: number, asked: boolean): [number, number] | null {
  const key = doc.keys[from];
  // (باكستان، بريطانيا: a name that begins with ب or ل is no ب-phrase.)
  if (from >= end || !nameAt(doc, from) && (isBiPhrase(key) || LAM_PURPOSE.test(key) || NOT_OBJECT.test(key))) return null;
  // حذر مراراً وتكراراً من: an adverb joined by و, in the accusative, is no object.
  if (JOINED_ADVERB.test(doc.tokens[from].text)) return null;
  // دعا هذه الدول للعمل: a demonstrative before a definite noun opens the one asked or warned (an accused object
  // must name a party by itself: انتقد هذه الخطوة names none).
  if (DEMONSTRATIVES.has(key) && stance !== 'accuse' && from + 1 < end && definiteAt(doc, from + 1) && !commaBefore(doc, from + 1)) {
    const t = objectParty(doc, stance, from + 1, end, asked);
    return t ? [doc.tokens[from].start, t[1]] : null;
  }
  // اتهمت باكستان الهند بـ: two names side by side are the verb's subject, unread by the rule, and its object.
  const second = nameAt(doc, from) ? mentionEnd(doc, from) : -1;
  if (second > from && second < end && nameAt(doc, second) && !commaBefore(doc, second)) return objectParty(doc, stance, second, end, asked);
  if (doc.lex.words.has(key) && !QUANTIFIERS.has(key)) return null;
  let k = from + 1;
  // نطالب المجتمع الدولي والأمم المتحدة وأميركا بأن: each conjoined party may take its own words.
  let limit = MAX_TARGET_TOKENS;
  while (k < end && k - from < limit) {
    if (isBiPhrase(doc.keys[k]) || commaBefore(doc, k) || quoteOpeningAt(doc, k) || OBJECT_END.has(doc.keys[k]) || RESPONSIBILITY.has(doc.keys[k])) break;
    // (طالب المجتمع الدولي بوقفة: a demand's ب-frame that isBiPhrase cannot tell, biAfterDefinite.)
    if (stance === 'demand' && biAfterDefinite(doc, k)) break;
    // دول شرق أفريقيا: a compass word inside a party names a region (elsewhere it is a boundary: شرق البلاد).
    // (الدول كافة: a quantifier after the noun belongs to it.)
    if (doc.lex.words.has(doc.keys[k]) && !(COMPASS.has(doc.keys[k]) && k + 1 < end && !doc.lex.words.has(doc.keys[k + 1])) && !TRAILING_QUANTIFIERS.has(doc.keys[k])) break;
    // دعا الرئيس لتشكيل حكومة، للالتحاق بالاتفاق: a ل-purpose ends the party (not a listed name after ل).
    if ((LAM_PURPOSE.test(doc.keys[k]) || doc.keys[k].startsWith('لل')) && mentionEnd(doc, k, true) < 0) break;
    if (conjoinedParty(doc, k)) limit += CONJUNCT_TOKENS;
    k++;
  }
  // دعت باكستان التعاون: a definite word right after a name is the next object (a name takes no adjective after it).
  if (second > from && second < k && definiteAt(doc, second)) k = second;
  // دعا دول المنطقة التي تحارب الحركة إلى …: a relative clause on the party stands between it and the frame word.
  // (بحرمان الحجاج الذين …: not after a ب-word, which names the act.)
  const frameAt = RELATIVE_PRONOUNS.has(doc.keys[k] ?? '') && !key.startsWith('ب') ? frameAfterRelative(doc, stance, k + 1, end) : k;
  const framed = asked || frameAt > k || frameFollows(doc, stance, k, Math.min(end, k + MAX_FRAME_GAP_TOKENS + 1)) || purposeFollows(doc, stance, from, k)
    // (طالب السماح بوصول: a ب right after a one-word object is the object's own, a verbal noun's.)
    || stance === 'demand' && k < end && k - from > 1 && biAfterDefinite(doc, k);
  // اتهم X، انتقد X: the accused is any object; the one asked or warned is a party word or a phrase the frame follows.
  if (stance !== 'accuse' && !framed && !partyAt(doc, from)) return null;
  // حذر X من: a warning names its party only before من or بأن (نبه إلى الدور السلبي names none).
  if (stance === 'warn' && !framed) return null;
  return charRange(doc, from, k);
}

/**
 * المجتمع الدولي بوقفة حازمة: a ب-word right after a definite word, with no name starting at it, is a ب-phrase even
 * when isBiPhrase cannot tell it from a name (بوقفة، بوضع): a name after a definite noun would start a mention.
 */
function biAfterDefinite(doc: Doc, k: number): boolean {
  return doc.keys[k].startsWith('ب') && k > 0 && definiteAt(doc, k - 1) && !commaBefore(doc, k) && !nameAt(doc, k) && !startsMention(doc, k);
}

/**
 * دعا المؤتمر الوطني للالتحاق بالاتفاق: a ل-purpose verbal noun right after the object (token k) frames a demand as إلى
 * does; not a listed name after ل, a plural (المرشحة لانتخابات الحزب), nor an object that is itself after إلى or no noun.
 */
function purposeFollows(doc: Doc, stance: Stance, from: number, k: number): boolean {
  const key = doc.keys[k] ?? '';
  if (stance !== 'demand' || !(LAM_PURPOSE.test(key) || key.startsWith('لل')) || key.endsWith('ات')) return false;
  // (دعا جماعة تزعم ولاءها لتنظيم: the object is a party word or a definite noun, not a verb.)
  return mentionEnd(doc, k, true) < 0 && !ASKED_AFTER.has(doc.keys[from - 1] ?? '') && (partyAt(doc, from) || definiteAt(doc, from));
}

/** True when token k is a conjoined party: و + a definite noun or a name (والأمم، وأميركا), not a function word (والذي) or a word of root و (وحدة). */
function conjoinedParty(doc: Doc, k: number): boolean {
  const key = doc.keys[k], rest = key.slice(1);
  if (!key.startsWith('و') || rest.length < 3 || doc.lex.words.has(rest) || doc.lex.words.has(key)) return false;
  return rest.startsWith('ال') || doc.input.entities.some((e) => e.mentions.some((m) => m.start === doc.tokens[k].start + 1));
}

/** Token of the stance's frame word ending a relative clause that opens at `from` (no comma, quotation or cue before it), or -1. */
function frameAfterRelative(doc: Doc, stance: Stance, from: number, end: number): number {
  const frame = FRAME_AFTER_OBJECT[stance];
  for (let i = from; i < Math.min(end, from + MAX_RELATIVE_CLAUSE_TOKENS); i++) {
    if (commaBefore(doc, i) || quoteOpeningAt(doc, i) || hitStartsAt(doc, i)) return -1;
    if (frame?.has(doc.keys[i])) return i;
  }
  return -1;
}

/** True when a frame word of the stance (إلى، على، من، أن, a ب-word) comes at token k or after a short adjunct, before `limit`. */
function frameFollows(doc: Doc, stance: Stance, k: number, limit: number): boolean {
  const frame = FRAME_AFTER_OBJECT[stance];
  for (let i = k; i < limit; i++) {
    // نطالب الدول المنحازة دائما، بأن: a comma may stand right before the frame word.
    if (commaBefore(doc, i) && (frame?.has(doc.keys[i]) || isBiPhrase(doc.keys[i]))) return true;
    if (commaBefore(doc, i) || quoteOpeningAt(doc, i) || hitStartsAt(doc, i)) return false;
    if (isBiPhrase(doc.keys[i]) || frame?.has(doc.keys[i])) return true;
    // The adjunct in between opens with a preposition or an adverb (في ليبيا، أيضا).
    if (i === k && !(doc.lex.words.get(doc.keys[i]) === 'preposition' || doc.lex.words.get(doc.keys[i]) === 'adverb')) return false;
  }
  return false;
}
