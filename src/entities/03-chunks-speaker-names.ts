/**
 * The person's name inside a speaker phrase the entity stage linked to no one (05-speakers*.ts): read more boldly than
 * in running text, as the subject of a reporting verb is a name more often than a noun and its complement.
 */
import { lazyKeySet, lexicon } from '../attribution/lexicon/index.js';
import type { Gazetteer } from './01-gazetteer.js';
import { type Ctx, givenIn, HONORIFIC, wordTables } from './03-chunks-words.js';
import { isNameWord, nameRunEnd, nasabEnd } from './03-chunks-names.js';
import { MAX_NAME_TOKENS_AR } from './constants.js';
import { codePoints, type Tok } from './keys.js';
import { namesAPlaceAfterTitle } from './named-after.js';

/** The second word of compound given names in الدين (صدر الدين, نور الدين), as a match key. */
const AR_DIN = 'الدين';
/** Keys of their first words (data/lexicons/ar/din-names.tsv): neither word alone is a given name (صدر, نور are nouns). */
const dinFirsts = lazyKeySet('ar', 'din-names.tsv');
/** ف (then, so), the conjunction a word may carry glued, and which starts surnames too (فورد, فابيوس). */
const AR_FA = 'ف';
/** The article as a match key's start. */
const AR_ARTICLE = 'ال';
/** Letters from which a word in ف may be a surname: ف and a word of three letters at least (فورد: ف + ورد). */
const MIN_F_NAME_CHARS = 4;

/**
 * The person's name in an Arabic speaker phrase the entity stage linked to no one (05-speakers.ts): the first known
 * given name and the name words after it (رئيس اللجنة محمود الحسن, حفصة دوابشة), its lineage if it has one. A given
 * name and the word after it are a name only as often as not in running text (استقبل محمد الوفد); as the subject of a
 * reporting verb they are one.
 */
export function speakerNameIn(toks: readonly Tok[], g: Gazetteer, whole = false): { from: number; to: number } | undefined {
  const c: Ctx = { toks, g, tables: wordTables(g), lang: 'ar', at: [], cover: [] };
  for (let j = 0; j < toks.length; j++) {
    // After a hard break only when it is an abbreviation's point (د. ناصر العريفي).
    if (!toks[j].arabic || !givenIn(c, toks[j]) || (j > 0 && toks[j].gap === 'hard' && codePoints(toks[j - 1].key) > 1)) continue;
    // جامعة الملك سعود: the name after the title names the place (named-after.ts).
    if (namesAPlaceAfterTitle(toks, j, (t) => g.titles.getOne(t.key).length > 0)) continue;
    const to = nasabEnd(c, j) ?? nameRunEnd(c, j);
    if (to > j) return { from: j, to: whole && fNameEnding(c, j, to) ? to + 1 : to };
  }
  return undefined;
}

/**
 * Is word `to` the last word of a whole speaker phrase and a surname that starts with ف (`روبيرت فورد`, `لوران فابيوس`),
 * after the name words [j, to)? In running text ف there is as often the conjunction (then, so); a word that ends the
 * subject of a reporting verb, right after a given name, is the name's.
 */
function fNameEnding(c: Ctx, j: number, to: number): boolean {
  const t = c.toks[to];
  return to === c.toks.length - 1 && to - j < MAX_NAME_TOKENS_AR && t.arabic && t.gap === 'tight' && t.key.startsWith(AR_FA)
    && codePoints(t.key) >= MIN_F_NAME_CHARS && !c.g.stop.has(t.key) && !/\d/u.test(t.key)
    // Its form without ف may be a common verb (ورد of فورد), which the phrase's end rules out; never a function word
    // (فيما, فإنه), the article or a title.
    && !t.forms.some((f) => f.startsWith(AR_ARTICLE) || lexicon('ar').words.has(f) || c.g.titles.getOne(f).length > 0);
}

/** د (with its point or without) as a match key: الدكتور written short, before a name. */
const AR_DOCTOR_SHORT = 'د';

/** Is the word before j the short form of الدكتور (`د. هيا العواد`, `د محمد العلي`), with its point or without? */
function doctorBefore(toks: readonly Tok[], j: number): boolean {
  const prev = toks[j - 1];
  return Boolean(prev) && prev.arabic && prev.key === AR_DOCTOR_SHORT;
}

/**
 * The name after an honorific in a speaker phrase (`الدكتور مساعد الأحمد`, `المهندس رأفت الصباغ`): a first name, known or
 * not, and a family name at least; the honorific says a name follows. A first name alone after it may be a common noun.
 */
export function honouredNameIn(toks: readonly Tok[], g: Gazetteer): { from: number; to: number } | undefined {
  for (let j = 1; j < toks.length; j++) {
    const short = doctorBefore(toks, j);
    if (!toks[j].arabic || (toks[j].gap !== 'tight' && !short)) continue;
    if (!short && !g.titles.getOne(toks[j - 1].key).some((t) => t.family === HONORIFIC)) continue;
    // د. هيا العواد: the point of the short title is no break in the name read after it.
    const words = short && toks[j].gap !== 'tight' ? toks.map((t, n) => (n === j ? { ...t, gap: 'tight' as const } : t)) : toks;
    const c: Ctx = { toks: words, g, tables: wordTables(g), lang: 'ar', at: [], cover: [] };
    // د. علي بن دبكل العنزي: a lineage after the honorific is the name in full.
    const to = nasabEnd(c, j) ?? nameRunEnd(c, j, true);
    return to - j >= 2 ? { from: j, to } : undefined;
  }
  return undefined;
}

/**
 * A compound given name in الدين and the family name after it (`خطيب الجمعة صدر الدين القبانجي`), in a speaker phrase
 * only: without the family name, `صلاح الدين` is as often the province.
 */
export function dinNameIn(toks: readonly Tok[], g: Gazetteer): { from: number; to: number } | undefined {
  for (let j = 0; j + 2 < toks.length; j++) {
    const [first, din, family] = [toks[j], toks[j + 1], toks[j + 2]];
    if (!first.arabic || din.gap !== 'tight' || din.key !== AR_DIN || !first.forms.some((f) => dinFirsts().has(f))) continue;
    // The family name: any word but a function word or title (a nisba there is the family's: القبانجي).
    const named = family.arabic && family.gap === 'tight' && !g.stop.has(family.key) && !g.titles.getOne(family.key).length && !/\d/u.test(family.key);
    return named ? { from: j, to: j + 3 } : undefined;
  }
  return undefined;
}

/**
 * Are these words, all of them, a name: the words a speaker phrase ends with after the nationality or body it names
 * (`الباحث السياسي اليمني` + `مختار اليافعي`)? A known given name and the name words after it, or a first name with no
 * preposition glued to it and a family name with the article (a nisba there is the family's: the nationality came before, and
 * no entity covers these words). Two unknown words are as often a noun and its complement (`زيارة ساركوزي`).
 */
export function isTrailingName(toks: readonly Tok[], g: Gazetteer): boolean {
  if (!toks.length || !toks.every((t) => t.arabic)) return false;
  const c: Ctx = { toks, g, tables: wordTables(g), lang: 'ar', at: [], cover: [] };
  const [first, last] = toks;
  if (first.forms.some((f) => f.startsWith('ال')) || !isNameWord(c, 0, 0)) return false;
  if (givenIn(c, first)) {
    const run = nasabEnd(c, 0) ?? nameRunEnd(c, 0);
    return run === toks.length || (fNameEnding(c, 0, run) && run + 1 === toks.length);
  }
  // `لحقوق الإنسان` is a preposition and a noun, not a name (فضل, a name, also reads as ف + ضل).
  const preposition = first.forms.length > 1 && /^[لبك]/u.test(first.key);
  return toks.length === 2 && !preposition && last.gap === 'tight' && last.forms.some((f) => f.startsWith('ال'))
    && !g.stop.has(last.key) && !g.titles.getOne(last.key).length && !/\d/.test(last.key);
}
