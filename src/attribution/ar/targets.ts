import { charRange, colonBefore, isComplement } from '../clause.js';
import { firstWordAt } from '../../text/words.js';
import type { Stance } from '../../model/index.js';
import type { ContentTargets, Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { definiteAt } from './speaker-words.js';
import { objectOwner } from './target-owners.js';
import { boundPhrase, clauseSubject, conjoinedPartyAt, withConjoined } from './target-parties.js';
import { actAt, actDoer } from './target-acts.js';
import { dutyBearer } from './target-duty.js';

// Targets an Arabic content names when the cue's object named none (the object is read in object-target.ts): the one
// a duty is laid on (target-duty.ts), the accused subject of a told clause and the parties conjoined to it, or the one
// sanctions would fall on.

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
