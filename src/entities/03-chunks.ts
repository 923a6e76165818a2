import { lazyKeySet } from '../attribution/lexicon/index.js';
import type { Lang } from '../model/index.js';
import { PerWord } from '../text/per-word.js';
import { nameSkeleton, type Gazetteer, type Title } from './01-gazetteer.js';
import { startWithoutClitics } from './02-match.js';
import { MAX_NAME_TOKENS_AR, MAX_NAME_TOKENS_EN, MAX_NASAB_LINKS_AR, MAX_TITLE_MODIFIERS, MIN_SKELETON_LETTERS } from './constants.js';
import { codePoints, fastKey, skeletonLetters, type Tok } from './keys.js';
import type { GazMatch, OrgChunk, PersonChunk } from './types.js';

// Words that link a title to its body or country (المتحدث باسم الكرملين, السفير لدى الأمم المتحدة, envoy to the UN).
const AR_FOR = 'باسم';
const AR_AT = new Set(['لدي', 'في']);
const EN_OF = new Set(['of', 'to', 'at', 'for', 'in']);
const EN_THE = 'the';
/** Arabic words after which a name word may carry the article (عبد الفتاح, أبو الغيط, بن سلمان). */
/** A preposition glued to a word that starts with a hamza alef (لإذاعة, بأن): not the start of a name. */
const AR_PREPOSITION_PREFIX = /^[وف]?(?:ل|ب|لل)[\u0622\u0623\u0625]|^[وف]?لل/;
const AR_NAME_LINKS = new Set(['عبد', 'ابو', 'بن', 'ال', 'ابن']);
/** Words of lineage in an Arabic name (son or daughter of): each links the first name to the father's (عادل بن أحمد). */
const AR_NASAB = new Set(['بن', 'ابن', 'بنت']);
/** First words of compound given names, whose second word carries the article (عبد العزيز, ابو الغيط). */
const AR_COMPOUND_FIRST = new Set(['عبد', 'ابو']);
/** The word before a family's name (آل سعود, آل ثاني). */
const AR_FAMILY = 'ال';
/** أبو (father of) as a match key: it opens family names (أبو الغيط, أبو خضير) as well as kunyas. */
const AR_KUNYA = 'ابو';
/** The family titles.ar.tsv gives the modifiers a name follows (الدكتور، المهندس). */
const HONORIFIC = 'honorific';
/** The family titles.*.tsv give the modifiers that say a holder left office (السابق، المخلوع، الراحل; former, late). */
const FORMER = 'former';
/** The ending of a definite nisba adjective (السعودي, المصري): it qualifies the name, it is not a family name. */
const AR_NISBA_END = 'ي';
/** The ending of a feminine nisba adjective as a match key (ـية). */
const AR_FEMININE_NISBA_END = 'يه';
/** The article as a match key's start. */
const AR_ARTICLE = 'ال';
/** Letters from which a definite word in ـية is an adjective, not a family name (العطية has six). */
const MIN_FEMININE_NISBA_CHARS = 7;
/** Lower-case particles inside English names (Ursula von der Leyen, Bashar al-Assad). */
const EN_NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'du', 'dos']);
/** Lower-case words inside the name of a body (Cinema for Peace Foundation). */
const EN_ORG_LINKS = new Set(['of', 'for', 'and']);
const EN_PREFIXED_NAME = /^(al|el|ad|as|an|ar|at)-\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
/** How a compound given name written as one word starts (عبدالله, عبدالمطلب): `عبد` + the article. */
const AR_JOINED_COMPOUND_START = 'عبدال';
/** A compound given name written as one word: `عبد` + a definite name, never anything else. */
const AR_JOINED_COMPOUND = new RegExp(`^${AR_JOINED_COMPOUND_START}\\p{L}{2,}$`, 'u');
/** The second word of compound given names in الدين (صدر الدين, نور الدين), as a match key. */
const AR_DIN = 'الدين';
/** Keys of their first words (data/lexicons/ar/din-names.tsv): neither word alone is a given name (صدر, نور are nouns). */
const dinFirsts = lazyKeySet('ar', 'din-names.tsv');

/** Is this word key a given name: listed, or a compound written joined (the regex only for keys that start so: it is asked of most words). */
export const isGiven = (g: Gazetteer, key: string) =>
  g.given.has(key) || (key.startsWith(AR_JOINED_COMPOUND_START) && AR_JOINED_COMPOUND.test(key));

/**
 * What this stage asks of a word alone about one gazetteer, answered once per distinct word: it is asked at
 * every word, and the gazetteer's sets and maps are large (their look-ups miss the cache).
 */
interface WordTables {
  /** 1 when the word's key is a given name (isGiven), else 0. */
  given: PerWord;
  /** 1 + org-heads.tsv's `between` for the first form of the word that is a body's head noun, else 0. */
  orgHeadGap: PerWord;
  /** 1 when a chunk may start at the word (a title, a given name, a body's head noun, an English capital), else 0. */
  chunkStart: PerWord;
}

const tablesByGazetteer = new WeakMap<Gazetteer, WordTables>();

function wordTables(g: Gazetteer): WordTables {
  let tables = tablesByGazetteer.get(g);
  if (!tables) {
    const given = givenTable(g), orgHeadGap = orgHeadTable(g);
    tablesByGazetteer.set(g, (tables = { given, orgHeadGap, chunkStart: chunkStartTable(g, given, orgHeadGap) }));
  }
  return tables;
}

/** The table of `given`, made apart: a closure over `g` in wordTables would allocate a context at its every call. */
function givenTable(g: Gazetteer): PerWord {
  return new PerWord((w) => (isGiven(g, w.key) ? 1 : 0));
}

/** The table of `orgHeadGap`, made apart likewise. */
function orgHeadTable(g: Gazetteer): PerWord {
  return new PerWord((w) => {
    const f = w.forms.find((x) => g.orgHeads.has(x));
    return f === undefined ? 0 : g.orgHeads.get(f)! + 1;
  });
}

/**
 * The table of `chunkStart`: 0 where titleChunk, givenNameChunk and orgChunk all find nothing, whatever the words
 * around (no title starts there, no given name, no Arabic head noun, no English capital but a stop word).
 */
function chunkStartTable(g: Gazetteer, given: PerWord, orgHeadGap: PerWord): PerWord {
  return new PerWord((w) => (g.titles.startsAt(w) || given.get(w) === 1 || (w.arabic ? orgHeadGap.get(w) !== 0 : w.cap && !g.stop.has(w.key)) ? 1 : 0));
}

/** isGiven of a word's key. */
export function isGivenWord(g: Gazetteer, t: Tok): boolean {
  return wordTables(g).given.get(t) === 1;
}

interface Ctx {
  toks: readonly Tok[];
  g: Gazetteer;
  /** The gazetteer's per-word tables, fetched once per call of the stage. */
  tables: WordTables;
  lang: Lang;
  /** Gazetteer match starting at a word, and covering a word. */
  at: (GazMatch | undefined)[];
  cover: (GazMatch | undefined)[];
}

/** isGiven of a word's key, through the context's table. */
const givenIn = (c: Ctx, t: Tok) => c.tables.given.get(t) === 1;

/** Title chunks (people named or described by a title), people named without a title, and unlisted bodies. */
export function findChunks(toks: readonly Tok[], matches: readonly GazMatch[], g: Gazetteer, lang: Lang): { persons: PersonChunk[]; orgs: OrgChunk[] } {
  const at: (GazMatch | undefined)[] = new Array(toks.length);
  const cover: (GazMatch | undefined)[] = new Array(toks.length);
  for (const m of matches) {
    at[m.from] = m;
    for (let k = m.from; k < m.to; k++) cover[k] = m;
  }
  const c: Ctx = { toks, g, tables: wordTables(g), lang, at, cover };
  const persons: PersonChunk[] = [];
  const orgs: OrgChunk[] = [];
  for (let i = 0; i < toks.length; ) {
    // Most words start no chunk (a gazetteer match covers them, or chunkStart says so): passed over on one look-up.
    if (cover[i] || c.tables.chunkStart.get(toks[i]) === 0) {
      i++;
      continue;
    }
    const next = titleChunk(c, i, persons) ?? givenNameChunk(c, i, persons) ?? orgChunk(c, i, orgs);
    i = next ?? i + 1;
  }
  return { persons, orgs };
}

const isHeadTitle = (t: Title) => !t.modifier;
const isModifier = (t: Title) => t.modifier;

function isPlace(m: GazMatch | undefined): m is GazMatch {
  return !!m && (m.type === 'country' || m.type === 'org' || m.type === 'place');
}

/** A title at word i: reads its modifiers, body or country, and name. Returns the next word index. */
function titleChunk(c: Ctx, i: number, out: PersonChunk[]): number | undefined {
  const { toks, g } = c;
  if (c.cover[i]) return undefined;
  const hit = g.titles.longestAt(toks, i, isHeadTitle);
  if (!hit) return undefined;
  for (let k = i; k < hit.to; k++) if (c.cover[k]) return undefined;
  const title: Title = hit.values[0];
  const tok = toks[i];
  const chunk: PersonChunk = { start: startWithoutClitics(tok, hit.firstForm), end: toks[hit.to - 1].end, title, definite: false };
  let j = hit.to;
  if (tok.arabic) {
    chunk.definite = tok.forms.some((f) => f.startsWith('ال'));
    // وزير الخارجية: a noun in construct with a definite one is definite too, and may refer back (04-coref.ts).
    if (!chunk.definite && toks.slice(i + 1, hit.to).some((t) => t.forms.some((f) => f.startsWith('ال')))) chunk.definite = chunk.construct = true;
    // وزير التعليم: an indefinite title takes the definite noun after it in construct, listed or not; a diplomat's
    // (مندوب المملكة، سفير المملكة) is the country that sends them, read by the places below.
    else if (!chunk.definite && hit.to === i + 1 && title.family !== 'diplomat' && constructComplement(c, j)) { chunk.end = toks[j].end; j++; chunk.definite = chunk.construct = true; }
    for (let round = 0; round < MAX_TITLE_MODIFIERS + 2; round++) {
      const mod = toks[j]?.gap === 'tight' ? g.titles.longestAt(toks, j, isModifier) : undefined;
      if (mod) {
        if (mod.values[0].family === FORMER) chunk.former = true;
        chunk.end = toks[mod.to - 1].end; j = mod.to; continue;
      }
      const m = toks[j]?.gap === 'tight' ? c.at[j] : undefined;
      if (isPlace(m) && !nisbaName(c, j)) { takePlace(chunk, m, g); j = m.to; continue; }
      const link = toks[j]?.gap === 'tight' && (toks[j].key === AR_FOR || (AR_AT.has(toks[j].key) && title.family === 'diplomat'));
      const after = link && toks[j + 1]?.gap === 'tight' ? c.at[j + 1] : undefined;
      if (isPlace(after)) { takePlace(chunk, after, g); j = after.to; continue; }
      break;
    }
  } else {
    // Before the title: [the] [former] [Russian | the Kremlin | Russia's] TITLE.
    let k = i - 1;
    for (; k >= 0 && toks[k + 1].gap === 'tight'; k--) {
      const mods = g.titles.getOne(toks[k].key).filter(isModifier);
      if (!mods.length) break;
      if (mods.some((t) => t.family === FORMER)) chunk.former = true;
    }
    const before = k >= 0 && toks[k + 1].gap === 'tight' ? c.cover[k] : undefined;
    if (isPlace(before) && before.to === k + 1) {
      takePlace(chunk, before, g);
      chunk.start = before.start;
      k = before.from - 1;
    }
    chunk.definite = k >= 0 && toks[k].key === EN_THE && toks[k + 1].gap === 'tight';
    // After it: of / to / for [the] BODY.
    if (toks[j]?.gap === 'tight' && EN_OF.has(toks[j].key)) {
      const skip = toks[j + 1]?.key === EN_THE ? 2 : 1;
      const after = toks[j + skip]?.gap === 'tight' ? c.at[j + skip] : undefined;
      // "for the German government": a demonym after "of" qualifies a noun, it is not the body itself.
      if (isPlace(after) && after.via !== 'demonym') { takePlace(chunk, after, g); j = after.to; }
    }
  }
  // وزير الزراعة الدكتور منصور الراجح: after an honorific among the modifiers a name follows, known or not.
  const honoured = tok.arabic && j > hit.to && g.titles.getOne(toks[j - 1].key).some((t) => t.family === HONORIFIC);
  const name = readName(c, j, chunk.country !== undefined || chunk.org !== undefined || honoured, honoured);
  if (name) {
    // Across a comma the title is a phrase of its own (المرشد الأعلى لإيران، علي خامنئي): a speaker may be it alone.
    if (toks[j].gap === 'comma') chunk.titleEnd = chunk.end;
    chunk.name = name.name.entity || name.next - j !== 1 ? name.name : surnameOfHolder(c, chunk, title, name.name);
    chunk.end = name.name.end;
    j = name.next;
  }
  if (!chunk.name && !chunk.country && !chunk.org && !chunk.definite) return undefined;
  if (!chunk.name && adjectiveTitle(c, i, hit.to, out)) return undefined;
  out.push(chunk);
  return Math.max(j, hit.to);
}

/**
 * Is the one-word definite title at word i an adjective of the definite noun right before it (المعقل الرئيس "the main
 * stronghold", السبب الرئيس)? Two definite nouns in a row are never a construct (زيارة الرئيس is): the second qualifies the
 * first. Not after a stop word (الذي الرئيس), a title or name (ولي العهد الرئيس: a chunk or a gazetteer match covers it).
 */
function adjectiveTitle(c: Ctx, i: number, to: number, out: readonly PersonChunk[]): boolean {
  const { toks, g } = c;
  const t = toks[i], prev = toks[i - 1];
  if (to !== i + 1 || !t.arabic || t.gap !== 'tight' || !prev?.arabic || c.cover[i - 1]) return false;
  // والقائد, للرئيس: a conjunction or preposition starts a noun of its own, no adjective.
  if (!t.key.startsWith('ال') || !prev.forms.some((f) => f.startsWith('ال'))) return false;
  if (prev.forms.some((f) => g.stop.has(f) || g.titles.getOne(f).length > 0)) return false;
  const last = out[out.length - 1];
  return !(last && last.end >= prev.end);
}

/** A definite common noun at word j, right after a title, that no gazetteer entry or name covers (التعليم، الإسكان). */
function constructComplement(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  return Boolean(t) && t.arabic && t.gap === 'tight' && !c.cover[j] && !c.at[j] && t.forms.some((f) => f.startsWith('ال'))
    && !t.key.endsWith(AR_NISBA_END) && !c.g.stop.has(t.key) && !c.g.titles.getOne(t.key).length;
}

/** A body or country after (or before) a title, taken into its chunk. */
function takePlace(chunk: PersonChunk, m: GazMatch, g: Gazetteer): void {
  if (m.type === 'country') chunk.country ??= m.entity;
  else if (m.type === 'org') {
    chunk.org ??= m.entity;
    chunk.country ??= g.entities.get(m.entity)?.country;
  }
  chunk.end = Math.max(chunk.end, m.end);
}

/** The name after a title at word j: a gazetteer person, or 1–3 (ar) / 1–4 (en) name words. */
function readName(c: Ctx, j: number, described: boolean, honoured = false): { name: NonNullable<PersonChunk['name']>; next: number } | undefined {
  const { toks, g } = c;
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
  const k = nameRunEnd(c, j, honoured);
  if (k === j) return undefined;
  if (!english && !described && !givenIn(c, first)) return undefined;
  // One unknown word glued to a preposition is what the title is of or for, not a name (الرئيس اليمني لعدن, بضرورة).
  if (!english && k === j + 1 && !givenIn(c, first) && first.forms.length > 1 && /^[لب]/u.test(first.key)) return undefined;
  return { name: nameOf(c, j, k), next: k };
}

/** The end of the run of name words from word j (j itself when it is none): 1–3 (ar) / 1–4 (en) words. */
function nameRunEnd(c: Ctx, j: number, honoured = false): number {
  const { toks, g } = c;
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
 * The person's name in an Arabic speaker phrase the entity stage linked to no one (05-speakers.ts): the first known
 * given name and the name words after it (رئيس اللجنة محمود الحسن, حفصة دوابشة), its lineage if it has one. A given
 * name and the word after it are a name only as often as not in running text (استقبل محمد الوفد); as the subject of a
 * reporting verb they are one.
 */
export function speakerNameIn(toks: readonly Tok[], g: Gazetteer): { from: number; to: number } | undefined {
  const c: Ctx = { toks, g, tables: wordTables(g), lang: 'ar', at: [], cover: [] };
  for (let j = 0; j < toks.length; j++) {
    // After a hard break only when it is an abbreviation's point (د. ناصر العريفي).
    if (!toks[j].arabic || !givenIn(c, toks[j]) || (j > 0 && toks[j].gap === 'hard' && codePoints(toks[j - 1].key) > 1)) continue;
    const to = nasabEnd(c, j) ?? nameRunEnd(c, j);
    if (to > j) return { from: j, to };
  }
  return undefined;
}

/**
 * The name after an honorific in a speaker phrase (`الدكتور مساعد الأحمد`, `المهندس رأفت الصباغ`): a first name, known or
 * not, and a family name at least; the honorific says a name follows. A first name alone after it may be a common noun.
 */
export function honouredNameIn(toks: readonly Tok[], g: Gazetteer): { from: number; to: number } | undefined {
  const c: Ctx = { toks, g, tables: wordTables(g), lang: 'ar', at: [], cover: [] };
  for (let j = 1; j < toks.length; j++) {
    if (!toks[j].arabic || toks[j].gap !== 'tight' || !g.titles.getOne(toks[j - 1].key).some((t) => t.family === HONORIFIC)) continue;
    const to = nameRunEnd(c, j, true);
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
  if (givenIn(c, first)) return (nasabEnd(c, 0) ?? nameRunEnd(c, 0)) === toks.length;
  // `لحقوق الإنسان` is a preposition and a noun, not a name (فضل, a name, also reads as ف + ضل).
  const preposition = first.forms.length > 1 && /^[لبك]/u.test(first.key);
  return toks.length === 2 && !preposition && last.gap === 'tight' && last.forms.some((f) => f.startsWith('ال'))
    && !g.stop.has(last.key) && !g.titles.getOne(last.key).length && !/\d/.test(last.key);
}

/**
 * The end of an Arabic name with a lineage starting at word j (عادل بن أحمد الجبير, فيصل بن خالد بن عبدالعزيز, تميم بن حمد
 * آل ثاني): a first name, one to MAX_NASAB_LINKS_AR `بن NAME` links, then a family name with the article or after آل.
 * Undefined when no lineage follows the first word: readName's shorter reading applies.
 */
function nasabEnd(c: Ctx, j: number): number | undefined {
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
  return links === 1 && familyNameAt(c, k) ? k + 1 : k;
}

/** Does a title start at word k, or after a comma there (عادل الجبير، وزير الخارجية)? */
function titleAfter(c: Ctx, k: number): boolean {
  const t = c.toks[k];
  if (!t) return false;
  return Boolean(c.g.titles.longestAt(c.toks, k, isHeadTitle)) && (t.gap === 'tight' || t.gap === 'comma');
}

/** Is word j a one-word nisba that is a first name here, a lineage following it (تركي بن سعود: Turki, not Turkish)? */
function nisbaName(c: Ctx, j: number): boolean {
  const m = c.at[j];
  return Boolean(m) && m!.via === 'nisba' && m!.to === j + 1 && AR_NASAB.has(c.toks[j + 1]?.key ?? '') && c.toks[j + 1].gap === 'tight';
}

/** Is word k a family name with the article (الجبير), right after the name before it: not a nisba adjective (السعودي), stop word or title. */
function familyNameAt(c: Ctx, k: number): boolean {
  const t = c.toks[k];
  return Boolean(t) && t.arabic && t.gap === 'tight' && !c.cover[k] && t.key !== AR_FAMILY && !c.g.stop.has(t.key) && !c.g.titles.getOne(t.key).length
    && t.forms.some((f) => f.startsWith('ال')) && !t.key.endsWith(AR_NISBA_END) && !/\d/.test(t.key);
}

function isNameWord(c: Ctx, j: number, k: number, honoured = false): boolean {
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
 * A surname alone after a title of a country (`UK Prime Minister Johnson`, `رئيس الوزراء البريطاني جونسون`): the one
 * gazetteer person of that country and office whose name ends so, if any; the unknown name as it was otherwise.
 */
function surnameOfHolder(c: Ctx, chunk: PersonChunk, title: Title, name: NonNullable<PersonChunk['name']>): NonNullable<PersonChunk['name']> {
  if (!chunk.country || chunk.former) return name;
  const key = fastKey(name.text);
  const holders = [...c.g.entities.values()].filter((e) => e.type === 'person' && e.country === chunk.country && e.role === title.cls
    && [e.names.en, e.names.ar].some((n) => n && fastKey(n.split(/\s+/u).pop()!) === key));
  return holders.length === 1 ? { ...name, entity: holders[0].id, via: 'gazetteer' } : name;
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

function textOf(toks: readonly Tok[], from: number, to: number): string {
  return toks.slice(from, to).map((t) => t.text).join(' ');
}

/**
 * A person named without a title: English, a capitalised run that starts with a known given name (Steffen Seibert);
 * Arabic, a known given name with a lineage (محمد بن نايف), or with a family name carrying the article when a title follows
 * in apposition (عادل الجبير وزير الخارجية السعودي) — a definite word after a given name is as often the verb's object
 * (استقبل محمد الوفد) as a name.
 */
function givenNameChunk(c: Ctx, i: number, out: PersonChunk[]): number | undefined {
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

/** org-heads.tsv's `between` for the first form of the word that is a head noun (وزارة، الجيش), if any. */
function orgHeadGap(c: Ctx, t: Tok): number | undefined {
  const v = c.tables.orgHeadGap.get(t);
  return v === 0 ? undefined : v - 1;
}

/** The first form of a word that is a body's head noun. */
function orgHeadForm(t: Tok, g: Gazetteer): string | undefined {
  return t.forms.find((f) => g.orgHeads.has(f));
}

/** A word of an English body's capitalised run: capitalised, or a link word before a capitalised one. */
function inOrgRun(toks: readonly Tok[], n: number): boolean {
  return toks[n].cap || (EN_ORG_LINKS.has(toks[n].key) && !!toks[n + 1]?.cap);
}

// No closures in titleChunk and orgChunk: they run at every word, and the context of what a closure captures is
// allocated on every entry to the function, whether the closure is made or not.

/** A body not in the gazetteer: English capitalised run ending in a head noun; Arabic head noun + nisba. */
function orgChunk(c: Ctx, i: number, out: OrgChunk[]): number | undefined {
  const { toks, g } = c;
  const t = toks[i];
  if (c.cover[i]) return undefined;
  if (!t.arabic) {
    if (!t.cap || g.stop.has(t.key)) return undefined;
    let k = i;
    while (k < toks.length && (k === i || toks[k].gap === 'tight') && inOrgRun(toks, k) && !c.cover[k]) k++;
    let head = -1;
    for (let h = i + 1; h < k; h++) if (g.orgHeads.has(toks[h].key)) head = h;
    if (head < 0) return undefined;
    const chunk: OrgChunk = { start: t.start, end: toks[head].end, text: textOf(toks, i, head + 1) };
    const after = toks[head + 1]?.key === 'of' && toks[head + 2]?.gap === 'tight' ? c.at[head + 2] : undefined;
    if (after?.type === 'country') {
      chunk.country = after.entity;
      chunk.end = after.end;
    }
    out.push(chunk);
    return head + 1;
  }
  const between = orgHeadGap(c, t);
  if (between === undefined) return undefined;
  for (let k = i + 1; k <= i + 1 + between && k < toks.length; k++) {
    if (toks[k].gap !== 'tight') return undefined;
    const m = c.at[k];
    if (m?.via === 'nisba') {
      const head = orgHeadForm(t, g)!;
      out.push({ start: startWithoutClitics(t, head), end: m.end, text: [head, textOf(toks, i + 1, m.to)].join(' '), country: m.entity });
      return m.to;
    }
    if (c.cover[k]) return undefined;
  }
  return undefined;
}
