import { MAX_TARGET_TOKENS, STANCE_LEAD_WORDS } from '../constants.js';
import { charRange, colonBefore, commaBefore, isComplement } from '../clause.js';
import { firstForms } from '../cues.js';
import { hitStartsAt, quoteOpeningAt } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import { matchKey } from '../../text/normalize/arabic.js';
import type { Stance } from '../../model/index.js';
import type { ContentTargets, Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { definiteAt, isBiPhrase } from './speaker-words.js';
import { condemnedParty, doerInConstruct, genitiveName, objectOwner, RELATIVE_PRONOUNS } from './target-owners.js';
import { boundPhrase, clauseSubject, conjoinedPartyAt, mentionEnd, nameAt, partyAt, QUANTIFIERS, withConjoined } from './target-parties.js';
import { actAt, actDoer } from './target-acts.js';

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
/** Longest subject before a duty (الولايات المتحدة والفلبين يجب أن), in tokens (as STANCE_LEAD_WORDS counts words). */
const MAX_DUTY_SUBJECT_TOKENS = 4;
/** Frame prepositions before which an object is what is asked, not who (دعا إلى «الاستماع لمطالب»), as match keys. */
const ASKED_AFTER = new Set(['الي', 'علي']);
/** The name علي as written (its match key is the preposition على's). */
const NAME_ALI = 'علي';

/** True when token k is إلى or على (not the name علي, which shares على's match key). */
function askedAfter(doc: Doc, k: number): boolean {
  return ASKED_AFTER.has(doc.keys[k]) && doc.tokens[k].text !== NAME_ALI;
}
/** Compass words, as match keys. */
const COMPASS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);
/** Most words of a relative clause between an object party and its frame word, in tokens. */
const MAX_RELATIVE_CLAUSE_TOKENS = 8;
/** Most words of a definite doer before an accusation's lead (المستوطنون المتطرفون ارتكبوا). */
const DEFINITE_DOER_TOKENS = 2;
/** Words a conjoined party adds to the longest object, in tokens. */
const CONJUNCT_TOKENS = 2;

/** What the rule knows of a statement when its object is asked for a target. */
export interface TargetFrame {
  /** The cue's own stance (before the content shifts it). */
  stance: Stance;
  /** The content as found: its token start, whether it opens with a particle (أن، إن). */
  content: { from: number; complement: boolean };
  /** Token right after the cue, its subject and its adjuncts, where an object would start. */
  object: number;
  /** The frame preposition passed before the content (إلى in دعا إلى), or -1. */
  preposition: number;
  /** Sentence end (exclusive token). */
  end: number;
}

/**
 * The accused, the one asked or the one warned as the cue's object (GUIDELINES `targets`): the object party after the
 * cue (اتهم X بـ، دعا X إلى، طالب X بـ، حذر X من، طلب من X) or a listed name the verbal noun after it governs; else null,
 * and arabicContentTargets reads the content once the stance is shifted.
 */
export function arabicObjectTarget(doc: Doc, f: TargetFrame): [number, number] | null {
  const own = f.stance === 'accuse' || f.stance === 'demand' || f.stance === 'warn';
  // طلب من X أن: the one asked follows من; any other frame preposition (دعا إلى، حذر من، أشار إلى) opens what is
  // asked or warned of, not who.
  const objectAt = f.preposition < 0 ? f.object : f.stance === 'demand' && doc.keys[f.preposition] === 'من' ? f.preposition + 1 : -1;
  // داعين إلى سرعة إيصال المساعدات على …: after the cue's إلى or على comes what is asked, not who.
  const asksThing = f.stance === 'demand' && objectAt > 0 && askedAfter(doc, objectAt - 1) && !nameAt(doc, objectAt);
  if (own && !asksThing && !f.content.complement && objectAt >= 0 && objectAt === f.content.from) {
    // انتقد خطة تركيا: the accused is the name the object is about. طلب من X، يتمنى من X: after من the object is
    // the one asked.
    // (أدان التفجير، قصف المتمردين: an act names its doer in construct, or no one, ar/target-acts.ts.)
    if (f.stance === 'accuse' && actAt(doc, objectAt) && !objectOwner(doc, objectAt, f.end)) return actDoer(doc, objectAt, f.end);
    const t = (f.stance === 'accuse' ? condemnedParty(doc, objectAt, f.end) ?? objectOwner(doc, objectAt, f.end) ?? genitiveName(doc, objectAt, f.end) : null)
      // أدان بشدة الهجمات من قبل X: an act done by an agent is no party; the agent is read from the content.
      ?? (f.stance === 'accuse' && doneBy(doc, objectAt, f.end) ? null : objectParty(doc, f.stance, objectAt, f.end, doc.keys[objectAt - 1] === 'من' && f.stance === 'demand'));
    if (t) return t;
  }
  // حذر من تحرك بيونغ يانغ، طالب برحيل الأسد، انتقد خطة تركيا: a listed name in construct after the verbal noun the
  // cue (or its frame preposition) governs.
  if ((own || f.stance === 'deny' || f.stance === 'doubt') && !f.content.complement && f.content.from === (f.preposition < 0 ? f.object : f.preposition + 1)) {
    const t = (f.stance === 'accuse' ? condemnedParty(doc, f.content.from, f.end) : null)
      ?? (f.stance === 'deny' || f.stance === 'accuse' ? objectOwner(doc, f.content.from, f.end) : null) ?? genitiveName(doc, f.content.from, f.end)
      // استبعد إجراء الرئيس أي تعديل: a doubted act names its doer, a title or body phrase in construct, too.
      ?? (f.stance === 'doubt' ? doerInConstruct(doc, f.content.from, f.end) : null);
    if (t) return t;
  }
  return null;
}

/**
 * The party a content names when the cue's object named none, by the statement's stance (after the content shifted
 * it): the one a duty is laid on (قال إن X يجب أن، يتعين على X), the accused subject of the clause, or the one
 * sanctions would fall on.
 */
export function arabicContentTargets(doc: Doc, f: Extract<ContentTargets, { lang: 'ar' }>, stance: Stance): [number, number][] {
  const at = firstWordAt(doc.tokens, f.range[0]);
  // قال: إن «القوى السوداء» تنشر …، «إن حركة X هي المسؤولة»: a particle the content kept (after a colon, in a
  // quotation) opens the clause as أن would.
  const particle = at + 1 < f.end && isComplement(doc, at);
  const lo = particle ? at + 1 : at;
  // وقال: إيران دولة راعية للإرهاب: a clause after a colon is told as one after أن is; so is one after a particle the
  // rule passed without telling it (يعتبر ان المحكمة تمارس …).
  const complement = f.complement || particle || colonBefore(doc, at) || at > 0 && isComplement(doc, at - 1);
  // قال إن على النظام أن لا يتدخل، وإلا …: a duty laid with على also heads a warning.
  const duty = stance === 'demand' || stance === 'accuse' && f.stance === 'assert' ? dutyBearer(doc, lo, f.end, stance)
    : stance === 'warn' && doc.keys[lo] === 'علي' ? boundPhrase(doc, lo + 1, f.end) : null;
  // قال إن «القوى السوداء» تنشر معلومات خاطئة: an accusation's clause names the accused as its subject.
  const doers = !duty && stance === 'accuse' && (complement || f.direct) ? accusedParties(doc, lo, f.end) : [];
  // لوح بفرض عقوبات على طهران: a warning of sanctions names the one they would fall on.
  const sanctioned = !duty && !doers.length && stance === 'warn' ? sanctionedParty(doc, lo, Math.min(f.end, firstWordAt(doc.tokens, f.range[1] - 1) + 1)) : null;
  return duty ? [duty] : doers.length ? doers : sanctioned ? [sanctioned] : [];
}

/** Sanctions (عقوبات، العقوبات) as match keys, and the prepositions that name whom they fall on (على، ضد). */
const SANCTIONS = new Set(['عقوبات', 'العقوبات']);
const SANCTIONED = new Set(['علي', 'ضد']);

/** The listed name after عقوبات على / ضد in tokens [from, end), or null. */
function sanctionedParty(doc: Doc, from: number, end: number): [number, number] | null {
  for (let k = from; k + 2 < end + 1 && k + 1 < end; k++) {
    if (!SANCTIONS.has(doc.keys[k]) || !SANCTIONED.has(doc.keys[k + 1]) || !startsMention(doc, k + 2)) continue;
    return boundPhrase(doc, k + 2, end);
  }
  return null;
}

/** Most words of an accused act before من قبل and its agent (الهجمات العنيفة وزعزعة الاستقرار من قبل X). */
const MAX_ACT_TOKENS = 8;

/** True when من قبل ("by") follows the object at token `from` within a few words, with no comma: an act and its doer. */
function doneBy(doc: Doc, from: number, end: number): boolean {
  for (let i = from + 1; i + 1 < end && i < from + MAX_ACT_TOKENS; i++) {
    if (commaBefore(doc, i)) return false;
    if (doc.keys[i] === 'من' && doc.keys[i + 1] === 'قبل') return true;
  }
  return false;
}

/**
 * The object phrase after the cue up to a ب-word, a frame word, a particle, a comma or a quotation, when it names a
 * party: a listed name, or a phrase the verb's frame follows (حث الدول على، حذر مواطنيها من). An object that opens with
 * a ب-phrase or a ل-purpose (طالب بتحرير خطاب، دعا لتشكيل حكومة) or with a function word names what is asked.
 */
function objectParty(doc: Doc, stance: Stance, from: number, end: number, asked: boolean): [number, number] | null {
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

/**
 * The one a duty is laid on at the content's start: the subject before the lead (X يجب أن، الحكومة تحتاج إلى) or
 * the noun phrase after على (يتعين على X، على X أن).
 */
function dutyBearer(doc: Doc, lo: number, end: number, want: 'demand' | 'accuse'): [number, number] | null {
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
 * The accused subject of a clause at token lo and the parties conjoined to it (إيران وحزب الله جماعات إرهابية): GUIDELINES
 * lists the accused one by one. A conjoined party is a name or a title or body phrase after و.
 */
export function accusedParties(doc: Doc, lo: number, end: number): [number, number][] {
  // تصريحات المالكي ضد المملكة غير مبررة: a subject that is a party's saying or doing names its owner; «جريمة حرب»،
  // قصف المتمردين …: one that is an act names its doer in construct, or no one (ar/target-acts.ts).
  const subject = clauseSubject(doc, lo, end);
  const at = subject ? firstWordAt(doc.tokens, subject[0]) : -1;
  if (subject && actAt(doc, at)) return withConjoined(doc, actDoer(doc, at, end), end);
  // (القاعدة وجماعة الحوثي كلها جماعات إرهابية: a bare definite word with parties conjoined to it is one of them.)
  const joined = !subject && lo + 1 < end && definiteAt(doc, lo) && !doc.lex.words.has(doc.keys[lo]) && conjoinedPartyAt(doc, lo + 1) ? charRange(doc, lo, lo + 1) : null;
  return withConjoined(doc, subject ?? joined ?? objectOwner(doc, lo, end), end);
}
