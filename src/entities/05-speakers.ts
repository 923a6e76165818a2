import type { Entity, Lang, Statement } from '../model/index.js';
import { unlinkedCrowd, unlinkedSourceOf } from './05-speakers-crowds.js';
import { byBodyTail, byHeadNoun, byMedium, byParentBody, bySurname, byTitle } from './05-speakers-elsewhere.js';
import { unlinkedPeople } from './05-speakers-generic.js';
import { governmentOf, homeGovernmentOf } from './05-speakers-government.js';
import { named, runOn } from './05-speakers-named.js';
import { unlinkedOfficeOf } from './05-speakers-office-of.js';
import { ownerOnly } from './05-speakers-owner.js';
import { byDocument, byRecurrence } from './05-speakers-recurrence.js';
import { linkedTo, SpeakerState } from './05-speakers-state.js';
import type { Tok } from './keys.js';

// People and bodies the entity stage could not tell from running text, told by the attribution stage: the subject of
// a reporting verb is a source. In three passes over the statements whose speaker is linked to no one (or only to the
// nationality or body its phrase names):
// 1. the phrase names them: a given name and the words after it (`وقالت حفصة دوابشة`, `رئيس اللجنة محمود الحسن`), the
//    name after the nationality (`الباحث السياسي اليمني مختار اليافعي`), a lone word whose full name the article gives
//    elsewhere (`وقال حرب` after `طارق حرب`), a name in apposition after the phrase, a body named in full (`اللجنة
//    القانونية`); English, the capitalised words it ends with from a given name on (`former … executive Ken Gude`);
// 2. a surname left, alone or after a rank (`العميد الصبيحي`, `آل الشيخ`): the one person of the article named so;
// 3. a title phrase alone (`وزير الخدمة المدنية`, `الخبير الأمني`) that the article writes elsewhere right before one
//    person's name (`وزير الخدمة المدنية خالد العرج`) or right after it: that person, also for an office the entity stage
//    linked to its ministry (`وزير خارجية الولايات المتحدة`); English `the government` or `authorities` alone, the one
//    country whose government the article names (`Samoan government`), Arabic `الحكومة` alone, the country the article
//    is about (05-speakers-government.ts);
// 4. a medium by its noun and nationality (`الصحيفة البريطانية`): the one medium of that noun the article named before
//    (`صحيفة "ديلي ميل"`); a body's part alone (`الأمانة العامة`), the one body the article writes it of
//    (`الأمانة العامة لمنظمة التعاون الإسلامي`); a body named without its head noun (`التعاون الإسلامي`), the one
//    body the article names so with it; a body's head noun alone (`المنسقية`), the one body named with it before;
// 5. a bare name given to speakers twice or more (`يوهانس`, `ريان العنزي`, `بادماناتان`): a person, unless its words are
//    common ones; then pass 3 again, for a title the article writes after such a name (`بادي بادماناتان الرئيس التنفيذي`);
// 6. a statement document (`وأضاف البيان`): whoever the article said issued it, in the sentence that named it (the
//    speaker's or the cue's), or the body after ل beside the statement's word (`في بيان لوزارة الخارجية الباكستانية`).
// Before them, an English phrase linked to a person it names only as whose someone is (`Former Trump adviser`) is
// relinked to the person named right after it, or to none (05-speakers-owner.ts), and one of many people who speak for
// no state linked to their country (`Hong Kong protesters`, `وسائل الإعلام البريطانية`) is unlinked
// (05-speakers-generic.ts, 05-speakers-crowds.ts).
// Pass 1 (05-speakers-named.ts) also reads a person who ends a phrase linked to a nationality (`Turkish president
// Erdoğan`), a name after an honorific (`الدكتور مساعد الأحمد`), a person named beside a title the entity stage made a
// person known by titles only (`كيري وزير خارجية واشنطن`, 05-speakers-titled.ts), a person named before or after the
// description a comma or title sets apart (`فلان الفلاني، مدير مكتب …`, 05-speakers-apposition.ts), and, for a title
// phrase cut short, the name its words run on to (runOn); a body named with its country's nationality (`صحيفة الغارديان البريطانية`) is that
// body, not the country (bodyOfCountry), and a country's government made a body of its own (`الحكومة العراقية`) is the
// country (countryOfGovernment). Passes 2 to 4 are in 05-speakers-elsewhere.ts, 5 and 6 in 05-speakers-recurrence.ts;
// what they share, in 05-speakers-state.ts.

/**
 * Pass 0, English: a phrase linked to a person it names only as whose someone is (`Former Trump adviser`), relinked
 * (05-speakers-owner.ts); one of many people of a place linked to its country (`Hong Kong protesters`), unlinked
 * (05-speakers-generic.ts). Arabic: many people or the media of a country (`الشعب اليمني`), unlinked; an unnamed source
 * linked to the person it is close to (`مصادر مقربة من فلان`), unlinked (05-speakers-crowds.ts); an office of a person
 * (`مساعد الرئيس الروسي`) linked to that person, unlinked, for pass 1 to read a name after it (05-speakers-office-of.ts).
 */
function owned(sp: SpeakerState, s: Statement): Statement {
  const unlinked = unlinkedSourceOf(sp, s);
  if (unlinked) return unlinked;
  if (sp.lang !== 'en') return unlinkedCrowd(sp, s) ?? unlinkedOfficeOf(sp, s) ?? s;
  return ownerOnly({ toks: sp.toks, lex: sp.lex, entities: () => sp.byId.values() }, s) ?? unlinkedPeople(sp.toks, sp.byId.values(), s) ?? s;
}

/** Pass 3: `the government` alone, the one country whose government the article names; `الحكومة` alone, the country the article is about (05-speakers-government.ts). */
function byGovernment(sp: SpeakerState, s: Statement): string | undefined {
  return sp.lang === 'en' ? governmentOf(sp.toks, sp.byId.values(), s) : homeGovernmentOf(sp.toks, sp.byId.values(), s);
}

/**
 * Links the statements whose speaker the entity stage linked to no one (or only to the nationality or body its phrase
 * names) to the person or body the phrase names, adding it (`local:` id of the name, mentioned where the speaker is)
 * when the article has no entity of that name yet. Returns the entities (new ones included, mentions in text order)
 * and the statements, relinked.
 */
export function nameSpeakers(text: string, toks: readonly Tok[], entities: Entity[], statements: Statement[], lang: Lang): { entities: Entity[]; statements: Statement[] } {
  if (!statements.length || (lang !== 'ar' && lang !== 'en')) return { entities, statements };
  const sp = new SpeakerState(text, toks, entities, lang);
  const passOne = statements.map((s) => owned(sp, s)).map((s) => linkedTo(s, named(sp, s))).map((s) => linkedTo(s, runOn(sp, s)));
  const afterSurname = passOne.map((s) => linkedTo(s, bySurname(sp, s)));
  const afterTitle = afterSurname.map((s) => linkedTo(s, byTitle(sp, s) ?? byMedium(sp, s) ?? byParentBody(sp, s) ?? byBodyTail(sp, s) ?? byHeadNoun(sp, s) ?? byGovernment(sp, s)));
  // A title alone again once pass 5 has named people by a bare word: `الرئيس التنفيذي` after `بادي بادماناتان الرئيس
  // التنفيذي …`, a name the entity stage did not know.
  const afterRecurrence = byRecurrence(sp, afterTitle).map((s) => linkedTo(s, byTitle(sp, s)));
  const relinked = byDocument(sp, afterRecurrence);
  // Last, an office of a person (`سفير خادم الحرمين`, `مستشار الرئيس`) linked to that person by any pass, unlinked
  // again (05-speakers-office-of.ts): passes 1 and 3 may read the person's name or title in the phrase as the speaker's.
  return { entities: sp.entities(), statements: relinked.map((s) => sp.relinkAbsorbed(s)).map((s) => unlinkedOfficeOf(sp, s) ?? s) };
}
