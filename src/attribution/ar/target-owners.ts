// The party an object belongs to (GUIDELINES `targets`): the owner of a noun of saying or doing, the doer of a relative
// clause on it, the name a verbal noun governs, the party a condemnation names.
import { charRange, commaBefore } from '../clause.js';
import { quoteOpeningAt, titleAt } from '../doc.js';
import { lazyKeySet } from '../lexicon/index.js';
import { MAX_TARGET_TOKENS } from '../constants.js';
import type { Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { definiteAt } from './speaker-words.js';
import { clauseSubject, mentionEnd, mentionEndAt, partyAt, titlePhraseEnd } from './target-parties.js';

/** Relative pronouns that open a clause on an object party (دول المنطقة التي تحارب), as match keys. */
export const RELATIVE_PRONOUNS = new Set(['التي', 'الذي', 'الذين']);
/** data/lexicons/ar/targets-owned.tsv: nouns whose owner in construct is the one accused or denied, as match keys. */
export const ownedNouns = lazyKeySet('ar', 'targets-owned.tsv');

/**
 * ندد بإسرائيل، نددت بالحكومة السورية: a condemnation's ب-object that names a party (a name written after the ب, or
 * the article and a title or body word) is the accused.
 */
export function condemnedParty(doc: Doc, from: number, end: number): [number, number] | null {
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

/** Pronouns written on a verb that take up its object (يرتكبها، فعله), as match-key letters. */
const OBJECT_PRONOUNS = ['ها', 'هم', 'هن', 'ه'];
/** Conjunctions written on a verb (وارتكبها، ففعله), as match-key letters. */
const ATTACHED = /^[وف]/;
/** data/lexicons/ar/targets-done.tsv: stems of verbs of doing a wrong (ارتكب، فعل، شن), as match keys. */
const doneVerbs = lazyKeySet('ar', 'targets-done.tsv');

/** True when token i is a wrong done with its object taken up by a pronoun (الجرائم التي يرتكبها X، ما فعله X): the doer is accused. */
export function committedAt(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  if (doc.lex.words.has(key)) return false;
  // (فعله: its ف is the verb's own; وارتكبها: its و is a conjunction.)
  return [key, ...(ATTACHED.test(key) ? [key.slice(1)] : [])].some((w) =>
    OBJECT_PRONOUNS.some((p) => w.endsWith(p) && doneVerbs().has(w.slice(0, -p.length))));
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
    // (العنف الذي يمارسه النظام: after a verb of doing a wrong, a definite doer is a party too.)
    const doer = partyAt(doc, r + 2) || committedAt(doc, r + 1) && definiteAt(doc, r + 2);
    return RESUMED.test(doc.keys[r + 1]) && !doc.lex.words.has(doc.keys[r + 1]) && !commaBefore(doc, r + 2) && doer ? ownerPhrase(doc, r + 2, end) : null;
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
export function doerInConstruct(doc: Doc, from: number, end: number): [number, number] | null {
  const k = from + 1;
  if (k >= end || startsMention(doc, from) || definiteAt(doc, from) || doc.lex.words.has(doc.keys[from]) || commaBefore(doc, k) || !titleAt(doc, k)) return null;
  return clauseSubject(doc, k, end);
}
