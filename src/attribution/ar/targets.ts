import { MAX_QUOTED_NAME_TOKENS, MAX_TARGET_TOKENS, STANCE_LEAD_WORDS } from '../constants.js';
import { charRange, colonBefore, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { firstForms } from '../cues.js';
import { hitStartsAt, quoteOpeningAt, titleAt } from '../doc.js';
import { lazyKeySet } from '../lexicon/index.js';
import { firstWordAt } from '../../text/words.js';
import { matchKey } from '../../text/normalize/arabic.js';
import type { Stance } from '../../model/index.js';
import type { ContentTargets, Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { definiteAt, isBiPhrase, isStopWord } from './speaker-words.js';

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
/** Any of them: a word that ends an object phrase. */
const OBJECT_END = new Set([...FRAME_AFTER_OBJECT.demand!, ...FRAME_AFTER_OBJECT.warn!]);
/** A preposition with an attached pronoun (إليها، عليهم، منه) or ل + the article (للجرحى), as a match key: no object. */
const NOT_OBJECT = /^((الي|علي|من|عن|ل|ب)(ه|ها|هم|هما|هن)|لل)/;
/** A word joined by و and written with the accusative's tanwin (وتكراراً، وأيضاً): an adverb. */
const JOINED_ADVERB = /^و\S+(\u0627\u064B|\u064B\u0627)$/u;
/** Demonstratives (هذه، هذا، هؤلاء، تلك، أولئك), as match keys. */
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'هؤلاء', 'تلك', 'أولئك'].map(matchKey));
/** Quantifiers that open an object party (دعا جميع الأطراف، طالب كافة الدول), as match keys. */
const QUANTIFIERS = new Set(['جميع', 'كافه', 'كل', 'الجميع']);
/** Quantifiers that follow the noun they take in (الدول كافة، الأطراف جميعها), as match keys. */
const TRAILING_QUANTIFIERS = new Set(['كافة', 'جميعا', 'جميعها', 'جميعهم', 'كلها', 'كلهم'].map(matchKey));
/** Most words of an adjunct between an object and its frame word (الدول الأعضاء في الأمم المتحدة إلى), in tokens. */
const MAX_FRAME_GAP_TOKENS = 4;
/** Longest subject before a duty (الولايات المتحدة والفلبين يجب أن), in tokens (as STANCE_LEAD_WORDS counts words). */
const MAX_DUTY_SUBJECT_TOKENS = 4;
/** How a listed name was found: the gazetteer's own names and its capitals (بيونغ يانغ for North Korea). */
const LISTED_VIA = new Set(['gazetteer', 'capital']);
/** Frame prepositions before which an object is what is asked, not who (دعا إلى «الاستماع لمطالب»), as match keys. */
const ASKED_AFTER = new Set(['الي', 'علي']);
/** Compass words, as match keys. */
const COMPASS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);
/** Relative pronouns that open a clause on an object party (دول المنطقة التي تحارب), as match keys. */
const RELATIVE_PRONOUNS = new Set(['التي', 'الذي', 'الذين']);
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
  if (own && !f.content.complement && objectAt >= 0 && objectAt === f.content.from) {
    // انتقد خطة تركيا: the accused is the name the object is about. طلب من X، يتمنى من X: after من the object is
    // the one asked.
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
    if (isBiPhrase(doc.keys[k]) || commaBefore(doc, k) || quoteOpeningAt(doc, k) || OBJECT_END.has(doc.keys[k])) break;
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

/** True when token i opens a party: an entity mention, a title or body word (الحكومة، الوزير) or a quantifier (جميع). */
export function partyAt(doc: Doc, i: number): boolean {
  return startsMention(doc, i) || !!titleAt(doc, i) || QUANTIFIERS.has(doc.keys[i]) || forceAt(doc, i);
}

/** data/lexicons/ar/targets-forces.tsv: heads of an armed or organised group, as match keys. */
const forces = lazyKeySet('ar', 'targets-forces.tsv');

/** True when token i heads a group named by what follows it (قوات الحوثي، القوات الهندية): a name or a definite word, no comma between. */
export function forceAt(doc: Doc, i: number): boolean {
  return forces().has(doc.keys[i]) && i + 1 < doc.tokens.length && !commaBefore(doc, i + 1) && (startsMention(doc, i + 1) || definiteAt(doc, i + 1));
}

/** True when an entity mention starts where token i starts (باكستان; not بإيران, whose mention starts after ب). */
function nameAt(doc: Doc, i: number): boolean {
  const at = doc.tokens[i].start;
  return doc.input.entities.some((e) => e.mentions.some((m) => m.start === at));
}

/** Token after the end of an entity mention that starts at token i (a listed one's only, when `listed`), or -1. */
function mentionEnd(doc: Doc, i: number, listed = false): number {
  const at = doc.tokens[i].start;
  let best = -1;
  for (const e of doc.input.entities) for (const m of e.mentions) {
    if (m.start !== at || listed && !LISTED_VIA.has(m.via)) continue;
    let j = i;
    while (j < doc.tokens.length && doc.tokens[j].end <= m.end) j++;
    best = Math.max(best, j);
  }
  return best;
}

/** data/lexicons/ar/targets-owned.tsv: nouns whose owner in construct is the one accused or denied, as match keys. */
export const ownedNouns = lazyKeySet('ar', 'targets-owned.tsv');

/**
 * ندد بإسرائيل، نددت بالحكومة السورية: a condemnation's ب-object that names a party (a name written after the ب, or
 * the article and a title or body word) is the accused.
 */
function condemnedParty(doc: Doc, from: number, end: number): [number, number] | null {
  const key = doc.keys[from];
  if (!key.startsWith('ب') || key.startsWith('بال') && !doc.lex.titleWords.has(key.slice(3)) || commaBefore(doc, from)) return null;
  const at = doc.tokens[from].start + 1;
  if (key.startsWith('بال')) return [at, doc.tokens[titlePhraseEnd(doc, from, end) - 1].end];
  const e = mentionEndAt(doc, at, end);
  // ندد باتحاد الطلاب: a body word in construct after the ب names the party too.
  if (e <= from && doc.lex.titleWords.get(key.slice(1))?.kind === 'body' && from + 1 < end && !commaBefore(doc, from + 1) && definiteAt(doc, from + 1)) {
    return [at, doc.tokens[titlePhraseEnd(doc, from, end) - 1].end];
  }
  return e > from ? [at, doc.tokens[e - 1].end] : null;
}

/** A verb with an attached object pronoun (قدمه، نشرتها، اتخذته), taking up the noun a relative clause is on. */
const RESUMED = /^[\u0621-\u064A]{3,}(ه|ها|هم|هما)$/;

/**
 * The party an accused or denied object belongs to: the owner in construct after a noun of saying or doing
 * (تصريحات نوري المالكي، انتهاكات إسرائيل), or the doer of the relative clause on it (الطرح الذي قدمه الرئيس،
 * القرار الذي اتخذته الحكومة); a party word (a name, a title or body word) either way.
 */
export function objectOwner(doc: Doc, from: number, end: number): [number, number] | null {
  if (from + 1 >= end) return null;
  const head = doc.keys[from].startsWith('ب') ? doc.keys[from].slice(1) : doc.keys[from];
  if (ownedNouns().has(head) && !commaBefore(doc, from + 1) && (partyAt(doc, from + 1) || nisbaName(doc, from + 1, end))) return ownerPhrase(doc, from + 1, end);
  // (One adjective may stand between the noun and its relative pronoun: القرار الأخير الذي.)
  for (let r = from + 1; r < Math.min(end - 2, from + 3); r++) {
    if (commaBefore(doc, r) || !definiteAt(doc, r - 1)) return null;
    if (!RELATIVE_PRONOUNS.has(doc.keys[r])) continue;
    return RESUMED.test(doc.keys[r + 1]) && !doc.lex.words.has(doc.keys[r + 1]) && !commaBefore(doc, r + 2) && partyAt(doc, r + 2) ? ownerPhrase(doc, r + 2, end) : null;
  }
  return null;
}

/** A definite nisba (المالكي، الحوثي) after an owned noun, no adjective after it: a family or group name, the owner. */
const NISBA_NAME = /^ال[\u0621-\u064A]{3,}ي$/;

/** True when token k is a nisba name standing alone (تصريحات المالكي ضد …; not جرائم الحرب الأهلية). */
function nisbaName(doc: Doc, k: number, end: number): boolean {
  return NISBA_NAME.test(doc.keys[k]) && !(k + 1 < end && !commaBefore(doc, k + 1) && definiteAt(doc, k + 1));
}

/** The owner's phrase at token k: its mention, its title or body phrase, or a nisba name alone. */
function ownerPhrase(doc: Doc, k: number, end: number): [number, number] | null {
  const m = startsMention(doc, k) ? mentionEnd(doc, k) : -1;
  if (m > k) return charRange(doc, k, Math.min(m, end));
  if (nisbaName(doc, k, end)) return charRange(doc, k, k + 1);
  const e = arabicSubject(doc, k, end, true);
  return e > k && e - k <= MAX_TARGET_TOKENS ? charRange(doc, k, e) : null;
}

/**
 * A listed name right after the first word (a ب-word or a noun: برحيل الأسد، تحرك بيونغ يانغ، خطة تركيا), in the
 * same phrase: the party the verbal noun is about.
 */
export function genitiveName(doc: Doc, from: number, end: number): [number, number] | null {
  const k = from + 1;
  // (الحكومة السورية: a definite first word takes an adjective, not a name in construct.)
  if (k >= end || startsMention(doc, from) || definiteAt(doc, from) || doc.lex.words.has(doc.keys[from]) || commaBefore(doc, k) || quoteOpeningAt(doc, k)) return null;
  const e = mentionEnd(doc, k, true);
  return e > k ? charRange(doc, k, Math.min(e, end)) : null;
}

/** The title or body phrase in construct after the verbal noun at token `from` (إجراء الرئيس، تدخل الحكومة), or null. */
function doerInConstruct(doc: Doc, from: number, end: number): [number, number] | null {
  const k = from + 1;
  if (k >= end || startsMention(doc, from) || definiteAt(doc, from) || doc.lex.words.has(doc.keys[from]) || commaBefore(doc, k) || !titleAt(doc, k)) return null;
  return clauseSubject(doc, k, end);
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
  // تصريحات المالكي ضد المملكة غير مبررة: a subject that is a party's saying or doing names its owner.
  return withConjoined(doc, clauseSubject(doc, lo, end) ?? objectOwner(doc, lo, end), end);
}

/** A party phrase and the parties conjoined to it by و (المستوطنون والحكومة الإسرائيلية), each apart; none without the first. */
export function withConjoined(doc: Doc, first: [number, number] | null, end: number): [number, number][] {
  if (!first) return [];
  const out = [first];
  for (let k = firstWordAt(doc.tokens, first[1]); k < end && out.length < MAX_CONJOINED_PARTIES; ) {
    if (!doc.keys[k].startsWith('و') || commaBefore(doc, k) || !(mentionAfterWaw(doc, k) || titleAfterWaw(doc, k))) break;
    const at = doc.tokens[k].start + 1;
    // (The subject phrase is read without the و, as a ل-source's is.)
    const e = mentionAfterWaw(doc, k) ? mentionEndAt(doc, at, end) : titlePhraseEnd(doc, k, end);
    if (e <= k || e - k > MAX_TARGET_TOKENS) break;
    out.push([at, doc.tokens[e - 1].end]);
    k = e;
  }
  return out;
}

/** Demonstratives that point at people (هؤلاء، أولئك), as match keys. */
const PEOPLE_DEMONSTRATIVES = new Set(['هؤلاء', 'أولئك'].map(matchKey));
/** Most parties an accused subject and its conjuncts name. */
const MAX_CONJOINED_PARTIES = 4;

/** True when a mention starts right after the و attached to token k (وحزب الله). */
function mentionAfterWaw(doc: Doc, k: number): boolean {
  const at = doc.tokens[k].start + 1;
  return doc.input.entities.some((e) => e.mentions.some((m) => m.start === at));
}

/** True when token k is و + a title or body word, bare or definite (والحكومة، وجماعة). */
function titleAfterWaw(doc: Doc, k: number): boolean {
  const rest = doc.keys[k].slice(1);
  return doc.lex.titleWords.has(rest) || rest.startsWith('ال') && doc.lex.titleWords.has(rest.slice(2));
}

/**
 * Token after a title or body phrase opening at token k (والحكومة السورية، وجماعة الحوثي): its head, then the
 * adjectives or the name in construct after it, up to a و, a comma or a function word.
 */
function titlePhraseEnd(doc: Doc, k: number, end: number): number {
  let e = k + 1;
  while (e < end && e - k < MAX_TARGET_TOKENS && !doc.keys[e].startsWith('و') && !commaBefore(doc, e) && !quoteOpeningAt(doc, e) && !doc.lex.words.has(doc.keys[e])
    && (definiteAt(doc, e) || startsMention(doc, e))) e++;
  return e;
}

/** Token after the longest mention starting at character `at`, within `end`, or -1. */
function mentionEndAt(doc: Doc, at: number, end: number): number {
  let best = -1;
  for (const e of doc.input.entities) for (const m of e.mentions) {
    if (m.start !== at) continue;
    let j = firstWordAt(doc.tokens, at);
    while (j < end && doc.tokens[j].end <= m.end) j++;
    best = Math.max(best, j);
  }
  return best;
}

/** The subject opening a clause at token lo when it names a party: a short quoted name, a mention, a title or body phrase. */
export function clauseSubject(doc: Doc, lo: number, end: number): [number, number] | null {
  // هؤلاء السفهاء: a demonstrative of people before a definite noun names a party.
  if (PEOPLE_DEMONSTRATIVES.has(doc.keys[lo]) && lo + 1 < end && definiteAt(doc, lo + 1)) return charRange(doc, lo, titlePhraseEnd(doc, lo + 1, end));
  const q = quoteTokensAt(doc, lo);
  if (q && q.to - q.from <= MAX_QUOTED_NAME_TOKENS && q.to < end) {
    for (let k = q.from; k < q.to; k++) if (isStopWord(doc, k)) return null;
    return charRange(doc, q.from, q.to);
  }
  const m = startsMention(doc, lo) ? mentionEnd(doc, lo) : -1;
  if (m > lo) return charRange(doc, lo, Math.min(m, end));
  // (قوات الحوثي: a group's head and what names it, titlePhraseEnd.)
  if (!titleAt(doc, lo)) return forceAt(doc, lo) ? charRange(doc, lo, titlePhraseEnd(doc, lo, end)) : null;
  const e = arabicSubject(doc, lo, end, true);
  return e > lo && e - lo <= MAX_TARGET_TOKENS ? charRange(doc, lo, e) : null;
}

/**
 * The noun phrase at token `from` bound by a duty after على (يتعين على اليونان الآن، على النظام السوري أن) or doing
 * the deed after its verb (ارتكب المستوطنون): a subject-like phrase, whatever its head (يتوجب على الدول العظمى).
 */
export function boundPhrase(doc: Doc, from: number, end: number): [number, number] | null {
  if (from >= end || doc.lex.words.has(doc.keys[from]) && !QUANTIFIERS.has(doc.keys[from]) || quoteOpeningAt(doc, from)) return null;
  let e = arabicSubject(doc, from, end, true);
  // يجب على كل مواطن يجب أن: the phrase stops at a lead.
  for (let k = from + 1; k < e; k++) if (doc.lex.leads.first(doc.keys, k, firstForms(doc, doc.keys[k]))) { e = k; break; }
  return e > from && e - from <= MAX_TARGET_TOKENS ? charRange(doc, from, e) : null;
}
