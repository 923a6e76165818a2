/**
 * Names: the name after a title (readName), the run of name words and the Arabic lineage it may be
 * (nameRunEnd, nasabEnd), and a person named without a title (givenNameChunk).
 */
import { nameSkeleton } from './01-gazetteer.js';
import { lexicon } from '../attribution/lexicon/index.js';
import { MAX_NAME_TOKENS_AR, MAX_NAME_TOKENS_EN, MAX_NASAB_LINKS_AR, MIN_CLITIC_SURNAME_CHARS, MIN_SKELETON_LETTERS } from './constants.js';
import { AR_NISBA_END, type Ctx, givenIn, isHeadTitle, textOf } from './03-chunks-words.js';
import { codePoints, skeletonLetters, type Tok } from './keys.js';
import type { PersonChunk } from './types.js';

/** A preposition glued to a word that starts with a hamza alef (لإذاعة, بأن): not the start of a name. */
const AR_PREPOSITION_PREFIX = /^[وف]?(?:ل|ب|لل)[\u0622\u0623\u0625]|^[وف]?لل/;
/** Arabic words after which a name word may carry the article (عبد الفتاح, أبو الغيط, بن سلمان). */
const AR_NAME_LINKS = new Set(['عبد', 'ابو', 'بن', 'ال', 'ابن']);
/** Words of lineage in an Arabic name (son or daughter of): each links the first name to the father's (عادل بن أحمد). */
const AR_NASAB = new Set(['بن', 'ابن', 'بنت']);
/** First words of compound given names, whose second word carries the article (عبد العزيز, ابو الغيط). */
const AR_COMPOUND_FIRST = new Set(['عبد', 'ابو']);
/** The word before a family's name (آل سعود, آل ثاني). */
const AR_FAMILY = 'ال';
/** أبو (father of) as a match key: it opens family names (أبو الغيط, أبو خضير) as well as kunyas. */
const AR_KUNYA = 'ابو';
/** The ending of a feminine nisba adjective as a match key (ـية). */
const AR_FEMININE_NISBA_END = 'يه';
/** The article as a match key's start. */
const AR_ARTICLE = 'ال';
/** Letters from which a definite word in ـية is an adjective, not a family name (العطية has six). */
const MIN_FEMININE_NISBA_CHARS = 7;
/** Lower-case particles inside English names (Ursula von der Leyen, Bashar al-Assad). */
const EN_NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'du', 'dos']);
/** An English name word with an Arabic article glued on (al-Assad, ad-Din). */
const EN_PREFIXED_NAME = /^(al|el|ad|as|an|ar|at)-\p{Lu}/u;
/** A possessive ending, not part of the name (Putin's). */
const POSSESSIVE = /['’]s$/;

/** The name after a title at word j: a gazetteer person, or 1–3 (ar) / 1–4 (en) name words. */
export function readName(c: Ctx, j: number, described: boolean, honoured = false): { name: NonNullable<PersonChunk['name']>; next: number } | undefined {
  const { toks } = c;
  const first = toks[j];
  if (!first) return undefined;
  const english = !first.arabic;
  // A name in apposition after a comma (Spokesman, John Kirby; وزير الخارجية الأميركي، جون كيري): in Arabic only a given
  // name or a listed person, as a comma there more often ends the subject (وزير الخارجية المصري، اجتمع أمس …).
  const commaOk = english || givenIn(c, first) || c.at[j]?.type === 'person';
  const gapOk = (k: number) => toks[k].gap === 'tight' || (commaOk && k === j && toks[k].gap === 'comma');
  if (!gapOk(j)) return undefined;
  const m = c.at[j];
  if (m?.type === 'person') return { name: { start: m.start, end: m.end, text: textOf(toks, m.from, m.to), entity: m.entity, via: 'gazetteer' }, next: m.to };
  const lineage = english ? undefined : nasabEnd(c, j);
  if (lineage !== undefined) return described || givenIn(c, first) ? { name: nameOf(c, j, lineage), next: lineage } : undefined;
  let k = nameRunEnd(c, j, honoured);
  if (k === j) return undefined;
  if (!english && (described || honoured) && foreignSurname(c, j, k)) k++;
  else if (!english && described && k === j + 1 && nisbaFamilyName(c, k)) k++;
  if (!english && !described && !givenIn(c, first)) return undefined;
  // One unknown word glued to a preposition is what the title is of or for, not a name (الرئيس اليمني لعدن, بضرورة).
  if (!english && k === j + 1 && !givenIn(c, first) && first.forms.length > 1 && /^[لب]/u.test(first.key)) return undefined;
  return { name: nameOf(c, j, k), next: k };
}

/** The end of the run of name words from word j (j itself when it is none): 1–3 (ar) / 1–4 (en) words. */
export function nameRunEnd(c: Ctx, j: number, honoured = false): number {
  const { toks } = c;
  const english = !toks[j].arabic;
  let k = j;
  const max = english ? MAX_NAME_TOKENS_EN : MAX_NAME_TOKENS_AR;
  while (k < toks.length && k - j < max && (k === j || toks[k].gap === 'tight') && !c.cover[k] && isNameWord(c, j, k, honoured)) k++;
  if (english) while (k > j && EN_NAME_PARTICLES.has(toks[k - 1].key)) k--;
  else {
    // A third word only after a compound (عبد الفتاح السيسي), a second given name (محمد جواد ظريف), آل (صالح آل الشيخ) or
    // أبو of a family name (أحمد أبو الغيط).
    if (k - j === MAX_NAME_TOKENS_AR && !AR_NAME_LINKS.has(toks[j].key) && !givenIn(c, toks[j + 1]) && toks[j + 1].key !== AR_FAMILY && toks[j + 1].key !== AR_KUNYA) k--;
    while (k > j && AR_NAME_LINKS.has(toks[k - 1].key)) k--;
  }
  return k;
}

/**
 * The end of an Arabic name with a lineage starting at word j (عادل بن أحمد الجبير, فيصل بن خالد بن عبدالعزيز, تميم بن حمد
 * آل ثاني): a first name, one to MAX_NASAB_LINKS_AR `بن NAME` links, then a family name with the article or after آل.
 * Undefined when no lineage follows the first word: readName's shorter reading applies.
 */
export function nasabEnd(c: Ctx, j: number): number | undefined {
  const { toks, g } = c;
  const plain = (k: number) => {
    const t = toks[k];
    // علي shares على's match key (a function word): a given name when written with ي (هادي بن علي اليامي).
    const stop = Boolean(t) && g.stop.has(t.key) && !(givenIn(c, t) && !t.text.endsWith('\u0649'));
    return Boolean(t) && t.gap === 'tight' && !c.cover[k] && t.arabic && !stop && !g.titles.getOne(t.key).length && !/\d/.test(t.key)
      && !t.forms.some((f) => f.startsWith('ال')) && !AR_PREPOSITION_PREFIX.test(t.text);
  };
  if (!plain(j) && !nisbaName(c, j) && !(toks[j] && c.at[j]?.type === 'person')) return undefined;
  // A compound name word takes the definite word after it (عبد العزيز, ابو بكر is plain).
  const compound = (k: number) => AR_COMPOUND_FIRST.has(toks[k].key) && toks[k + 1]?.gap === 'tight' && toks[k + 1].forms.some((f) => f.startsWith('ال'));
  let k = j + 1, links = 0;
  while (links < MAX_NASAB_LINKS_AR && AR_NASAB.has(toks[k]?.key ?? '') && toks[k].gap === 'tight' && plain(k + 1)) {
    k += compound(k + 1) ? 3 : 2;
    links++;
  }
  if (!links) return undefined;
  if (toks[k]?.key === AR_FAMILY && plain(k + 1)) return k + 2;
  // A family name with the article after one link only (عادل بن أحمد الجبير): after two, the definite word is most often
  // what the sentence goes on with (الأمير فيصل بن خالد بن عبدالعزيز المهرجان, the festival).
  // A nisba there is the family's or tribe's (هادي بن علي اليامي): a nationality comes before the name, and a listed one is
  // a gazetteer match, which familyNameAt never takes.
  return links === 1 && familyNameAt(c, k, true) ? k + 1 : k;
}

/** Does a title start at word k, or after a comma there (عادل الجبير، وزير الخارجية)? */
export function titleAfter(c: Ctx, k: number): boolean {
  const t = c.toks[k];
  if (!t) return false;
  return Boolean(c.g.titles.longestAt(c.toks, k, isHeadTitle)) && (t.gap === 'tight' || t.gap === 'comma');
}

/** Is word j a one-word nisba that is a first name here, a lineage following it (تركي بن سعود: Turki, not Turkish)? */
export function nisbaName(c: Ctx, j: number): boolean {
  const m = c.at[j];
  return Boolean(m) && m!.via === 'nisba' && m!.to === j + 1 && AR_NASAB.has(c.toks[j + 1]?.key ?? '') && c.toks[j + 1].gap === 'tight';
}

/**
 * Is word k a family name with the article (الجبير), right after the name before it: not a stop word or title, nor a nisba
 * adjective (السعودي) but after a lineage.
 */
export function familyNameAt(c: Ctx, k: number, afterLineage = false): boolean {
  const t = c.toks[k];
  return Boolean(t) && t.arabic && t.gap === 'tight' && !c.cover[k] && t.key !== AR_FAMILY && !c.g.stop.has(t.key) && !c.g.titles.getOne(t.key).length
    && t.forms.some((f) => f.startsWith('ال')) && (afterLineage || !t.key.endsWith(AR_NISBA_END)) && !/\d/.test(t.key);
}

export function isNameWord(c: Ctx, j: number, k: number, honoured = false): boolean {
  const { toks, g } = c;
  const t = toks[k];
  // A lone letter is no name (`لـ المدينة`: the preposition written apart with a tatweel).
  if (g.stop.has(t.key) || g.titles.getOne(t.key).length || /\d/.test(t.key) || codePoints(t.key) < 2) return false;
  if (!t.arabic) {
    if (t.cap) return !(k > j && POSSESSIVE.test(toks[k - 1].key));
    return k > j && (EN_NAME_PARTICLES.has(t.key) || EN_PREFIXED_NAME.test(t.text));
  }
  const prev = k > j ? toks[k - 1].key : '';
  // A listed given name that starts as the article does (أليكسي, إلياس) is no definite noun.
  const definite = t.forms.some((f) => f.startsWith('ال')) && !(k === j && givenIn(c, t));
  // A family name with the article after a given name, or after a compound one (عبد الله الملفي).
  // After an honorific (الدكتور منصور الراجح) the first name need not be a known one.
  if (definite && feminineNisba(t)) return false;
  if (definite) return AR_NAME_LINKS.has(prev) || (k === j + 1 && (givenIn(c, toks[j]) || honoured)) || (k === j + 2 && AR_COMPOUND_FIRST.has(toks[j].key));
  const conj = t.key.startsWith('و') || t.key.startsWith('ف');
  return (!conj || g.given.has(t.key)) && !AR_PREPOSITION_PREFIX.test(t.text);
}

/**
 * A family name in the form of a nisba (`الدماطي`, `الجبوري`) at word k, right after one unknown name word after a title of
 * a country or body (`وزير الآثار المصري ممدوح الدماطي`): the name's second word. A nationality comes before the name and
 * a listed one is a gazetteer match (covered); a definite noun after a surname (the verb's object) seldom ends so.
 */
function nisbaFamilyName(c: Ctx, k: number): boolean {
  const t = c.toks[k];
  return Boolean(t) && t.arabic && t.gap === 'tight' && !c.cover[k] && t.key.startsWith(AR_ARTICLE) && t.key.endsWith(AR_NISBA_END)
    && !c.g.stop.has(t.key) && !c.g.titles.getOne(t.key).length && !/\d/u.test(t.key);
}

/** Endings of a noun that is feminine or has a pronoun (`وزوجته` "and his wife", `وابنها`): no surname. */
const AR_NOUN_OR_POSSESSED = /(?:ه|ها|هم|هما|كم|نا)$/u;

/**
 * A surname that starts as و or ف do (`أنتوني فوكس`), at word k right after a known given name at j, the two after a
 * title (readName): a name word when neither it nor what is left without the letter is a word (function word, lexicon
 * word or given name: `محمد ومحمود` are two people) and it is long enough not to be a glued particle. Not in running
 * text, where the letter is as often the conjunction (03-chunks-speaker-names.ts `fNameEnding`).
 */
function foreignSurname(c: Ctx, j: number, k: number): boolean {
  const t = c.toks[k];
  if (!t || k !== j + 1 || !t.arabic || t.gap !== 'tight' || c.cover[k] || !givenIn(c, c.toks[j]) || codePoints(t.key) < MIN_CLITIC_SURNAME_CHARS) return false;
  if (!/^[وف]/u.test(t.key) || t.forms.length < 2 || AR_PREPOSITION_PREFIX.test(t.text)) return false;
  const words = lexicon('ar').words;
  return t.forms.every((f) => !c.g.stop.has(f) && !c.g.given.has(f) && !words.has(f) && !c.g.titles.getOne(f).length && !f.startsWith('ال')
    && !/\d/u.test(f) && !AR_NOUN_OR_POSSESSED.test(f));
}

/**
 * A definite feminine nisba adjective (الاقتصادية of `مدينة الملك عبدالله الاقتصادية`): no family name. Long ones only:
 * a short family name may end so (العطية).
 */
export function feminineNisba(t: Tok): boolean {
  return t.arabic && t.key.startsWith(AR_ARTICLE) && t.key.endsWith(AR_FEMININE_NISBA_END) && codePoints(t.key) >= MIN_FEMININE_NISBA_CHARS;
}

/** A name span of words [j, k): linked by skeleton to a gazetteer person when the spelling differs. */
function nameOf(c: Ctx, j: number, k: number): NonNullable<PersonChunk['name']> {
  const { toks, g } = c;
  const last = toks[k - 1];
  const end = POSSESSIVE.test(last.key) ? last.end - 2 : last.end;
  const text = textOf(toks, j, k).replace(POSSESSIVE, '');
  for (const candidate of [text, k - j > 1 ? text.split(/\s+/).pop()! : '']) {
    const sk = candidate ? nameSkeleton(candidate, g.given) : '';
    if (skeletonLetters(sk.slice(sk.indexOf('|') + 1)) < MIN_SKELETON_LETTERS) continue;
    const id = g.skeletons.get(sk);
    if (id) return { start: toks[j].start, end, text, entity: id, via: 'skeleton' };
  }
  return { start: toks[j].start, end, text, via: 'chunk' };
}

/**
 * A person named without a title: English, a capitalised run that starts with a known given name (Steffen Seibert);
 * Arabic, a known given name with a lineage (محمد بن نايف), or with a family name carrying the article when a title follows
 * in apposition (عادل الجبير وزير الخارجية السعودي) — a definite word after a given name is as often the verb's object
 * (استقبل محمد الوفد) as a name.
 */
export function givenNameChunk(c: Ctx, i: number, out: PersonChunk[]): number | undefined {
  const t = c.toks[i];
  if (c.cover[i] || !givenIn(c, t)) return undefined;
  // على (on) and علي (a name) share a match key: written with ى it is the preposition (تعتمد على التعليم).
  if (t.arabic && t.text.endsWith('\u0649')) return undefined;
  if (t.arabic) {
    const run = nameRunEnd(c, i);
    const k = nasabEnd(c, i) ?? (familyNameAt(c, i + 1) && titleAfter(c, i + 2) ? i + 2 : undefined)
      // A given name and a surname, a title in apposition after them (جون كيري وزير الخارجية الأمريكي).
      ?? (run > i + 1 && titleAfter(c, run) ? run : undefined);
    if (k === undefined) return undefined;
    const name = nameOf(c, i, k);
    out.push({ start: name.start, end: name.end, name, definite: false });
    return k;
  }
  if (!t.cap) return undefined;
  let k = i + 1;
  while (k < c.toks.length && k - i < MAX_NAME_TOKENS_EN && c.toks[k].gap === 'tight' && !c.cover[k] && isNameWord(c, i, k)) k++;
  while (k > i + 1 && EN_NAME_PARTICLES.has(c.toks[k - 1].key)) k--;
  if (k - i < 2) return undefined;
  const name = nameOf(c, i, k);
  out.push({ start: name.start, end: name.end, name, definite: false });
  return k;
}
