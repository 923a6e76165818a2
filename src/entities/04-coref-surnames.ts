import type { Entity, Mention } from '../model/index.js';
import { ALEF_MAKSURA } from '../text/chars.js';
import { matchKey } from '../text/normalize/arabic.js';
import { PerWordMemo } from '../text/per-word.js';
import type { Gazetteer } from './01-gazetteer.js';
import { startWithoutClitics } from './02-match.js';
import { isGiven } from './03-chunks.js';
import { MAX_SPELLING_EXTRA, MIN_SPELLING_STEM, MIN_SURNAME_LETTERS, SURNAME_LENGTH_BITS } from './constants.js';
import { codePoints, words, type Tok } from './keys.js';

const POSSESSIVE = /['’]s$/;
/** First words of compound Arabic given names, whose second word is not a surname (عبد الحميد, ابو بكر). */
const COMPOUND_FIRST = new Set(['عبد', 'ابو']);
/** Keys of the words that tie a name word to the one before it: son of, the family of (آل), compounds (عبد, ابو). */
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ال', 'عبد', 'ابو']);
/** The key of آل: a dynasty's name (آل ثاني, آل نهيان) names the family, never one of its members alone. */
const FAMILY = 'ال';
/** Clitics a common-word surname may carry and still be a name (وسلام, فعون): conjunctions, not prepositions (بعون الله). */
const NAME_CLITICS = new Set(['', 'و', 'ف']);
/** Words of lineage (son or daughter of): a name right before one is the first name of someone's lineage (عبد العزيز بن الرشيد). */
const LINEAGE = new Set(['بن', 'ابن', 'بنت']);
/** Link words that are one (ابن عوشن is بن عوشن). */
const SAME_LINK: Record<string, string> = { ابن: 'بن' };
/** Only quotation marks and spaces between a verb and its subject (قال "المعلم"): they still stand together. */
const QUOTES_ONLY = /^[\s"'«»“”‘’„]*$/u;

/**
 * Why a word that is a person's surname (or solo short form) names someone else, or nothing, where it stands:
 * - `family-link`: it follows بن/ابن/آل/عبد/أبو (بن زايد, آل ثاني, عبد الناصر) that is not the person's own;
 * - `other-given-name`: it follows a given name not the person's (عبد الخالق الحوثي after عبد الملك الحوثي);
 * - `common-word`: a family name that is also a common word (names.ar.tsv kind `common`) with neither a title beside
 *   it nor a verb or particle before it (ومعنى الفيصل, عيد مبارك).
 */
export type SurnameVeto = 'family-link' | 'other-given-name' | 'common-word';

/** What a surname-only mention's context is checked against. */
export interface SurnameOwner {
  /** Keys and forms of the words of the person's names (their own given names and links): made when first asked. */
  own: () => ReadonlySet<string>;
  /** Key of the link word right before the surname in the person's name (عبد of جمال عبد الناصر), if any. */
  link?: string;
  /** A solo short form of people.tsv, safe alone: never read as a common word. */
  solo?: boolean;
}

/**
 * The first word of a surname-only mention of `owner` at word i (i itself, or the person's own link word before it:
 * عبد الناصر, بن لادن) and its form that matched, or why the word names someone else there. `form` is the form of
 * word i that matched.
 */
export function surnameAt(
  text: string, toks: readonly Tok[], i: number, form: string, owner: SurnameOwner, g: Gazetteer,
): { from: number; form: string } | { veto: SurnameVeto } {
  const t = toks[i];
  const prev = i > 0 && t.gap === 'tight' && toks[i - 1].arabic === t.arabic ? toks[i - 1] : undefined;
  // Followed by بن it is the first name of someone's lineage (عبد العزيز بن الرشيد), not a family name.
  const next = toks[i + 1];
  if (t.arabic && next?.gap === 'tight' && LINEAGE.has(next.key)) return { veto: 'family-link' };
  if (prev) {
    const link = t.arabic ? prev.forms.find((f) => NAME_LINKS.has(f)) : undefined;
    if (link !== undefined) {
      // The person's own link word (جمال عبد الناصر → عبد الناصر): the mention is both words, unless another given
      // name stands before them (سعود بن لادن is not Osama). آل names the family (آل ثاني).
      const same = owner.link !== undefined && (SAME_LINK[link] ?? link) === (SAME_LINK[owner.link] ?? owner.link);
      if (link === FAMILY || !same || isOtherName(toks, i - 1, owner, g)) return { veto: 'family-link' };
      return { from: i - 1, form: link };
    }
    if (isOtherName(toks, i, owner, g)) return { veto: 'other-given-name' };
  }
  if (!owner.solo && g.common.has(form)) {
    const before = prev ?? (i > 0 && QUOTES_ONLY.test(text.slice(toks[i - 1].end, t.start)) ? toks[i - 1] : undefined);
    if (!commonWordIsName(toks, i, form, before, g)) return { veto: 'common-word' };
  }
  return { from: i, form };
}

/** Is the word before word i a given name (or the second word of a compound one: عبد الخالق) that is not the owner's? */
function isOtherName(toks: readonly Tok[], i: number, owner: SurnameOwner, g: Gazetteer): boolean {
  const prev = toks[i - 1];
  if (!prev || toks[i].gap !== 'tight' || prev.arabic !== toks[i].arabic) return false;
  return givenName(toks, i - 1, g) && !ownName(prev, owner.own());
}

/** Is word k a given name: listed, or the second word of a compound one (عبد الخالق)? */
function givenName(toks: readonly Tok[], k: number, g: Gazetteer): boolean {
  const w = toks[k];
  if (!w.arabic) return w.cap && g.given.has(w.key);
  // على (on) and علي (a name) share a match key: written with ى the word is the preposition.
  // A given name before a surname is written bare or after و/ف (ومحمد); لصالح ترامب is "in favour of", not صالح.
  if (w.forms.some((f) => isGiven(g, f) && NAME_CLITICS.has(w.key.slice(0, w.key.length - f.length)))) return !w.text.endsWith(ALEF_MAKSURA);
  const before = toks[k - 1];
  return w.gap === 'tight' && !!before && before.arabic && w.forms.some((f) => f.startsWith('ال')) && before.forms.some((f) => COMPOUND_FIRST.has(f));
}

/**
 * Is the word one of the person's own names: a form of it, or one spelt longer or shorter (مارك روبيو for ماركو روبيو;
 * the press spells foreign first names many ways)? Asked only of given names right before a surname.
 */
function ownName(w: Tok, own: ReadonlySet<string>): boolean {
  if (w.forms.some((f) => own.has(f))) return true;
  for (const o of own) {
    const [short, long] = o.length < w.key.length ? [o, w.key] : [w.key, o];
    if (codePoints(short) >= MIN_SPELLING_STEM && long.length - short.length <= MAX_SPELLING_EXTRA && long.startsWith(short)) return true;
  }
  return false;
}

/**
 * A common-word family name (سلام, مبارك, الفيصل) is the person's only beside a title (الرئيس سلام; سلام، رئيس الحكومة)
 * or after a verb or particle (names.ar.tsv stop words and reporting cues: وأضاف أن سلام, قال عون), with no preposition
 * glued to it (بعون الله). After another word it may be an adjective or a noun of the phrase (عيد مبارك, معنى الفيصل).
 */
function commonWordIsName(toks: readonly Tok[], i: number, form: string, prev: Tok | undefined, g: Gazetteer): boolean {
  const t = toks[i];
  if (prev?.forms.some((f) => g.titles.getOne(f).length > 0)) return true;
  const next = toks[i + 1];
  if (next && (next.gap === 'tight' || next.gap === 'comma') && g.titles.longestAt(toks, i + 1, (x) => !x.modifier)) return true;
  return !!prev && NAME_CLITICS.has(t.key.slice(0, t.key.length - form.length)) && prev.forms.some((f) => g.stop.has(f));
}

/** Keys and forms of the words of a person's names: the names the gazetteer gives and those the article wrote. */
export function ownWords(e: Entity, g: Gazetteer): Set<string> {
  const own = new Set<string>();
  const gz = g.entities.get(e.id);
  const texts = [gz?.names.ar, gz?.names.en, ...e.mentions.filter((m) => m.via !== 'role' && m.via !== 'title' && m.via !== 'surname').map((m) => m.text)];
  for (const text of texts) if (text) for (const w of words(text)) for (const f of w.forms) own.add(f);
  return own;
}

/** Per distinct word, the last code unit of its key: read for every word of an article, without reading its key. */
const KEY_END = new PerWordMemo<Tok, number>((w) => w.key.charCodeAt(w.key.length - 1));

/** A bit for the length of a string: lengths from SURNAME_LENGTH_BITS - 1 on share the last one. */
const lengthBit = (s: string) => 1 << Math.min(s.length, SURNAME_LENGTH_BITS - 1);

interface Surname {
  e: Entity;
  /** Where the full name ends: a surname before it is not read. */
  after: number;
  /** Key of the link word before the surname in the full name (عبد of جمال عبد الناصر). */
  link?: string;
}

/** Later surname-only mentions (بيسكوف, Seibert) of people named in full earlier. */
export function addSurnames(text: string, toks: readonly Tok[], entities: Map<string, Entity>, g: Gazetteer): void {
  const surnames = new Map<string, Surname>();
  for (const e of entities.values()) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const ws = m.text.split(/\s+/);
      if (ws.length < 2 || m.via === 'role' || m.via === 'title') continue;
      if (ws.length === 2 && COMPOUND_FIRST.has(matchKey(ws[0]))) continue; // عبد الحميد is one given name
      const key = matchKey(ws[ws.length - 1]).replace(POSSESSIVE, '');
      // Nor a title or honorific word, nor an ordinal (عبد الله الثاني: a stop word).
      if (codePoints(key) < MIN_SURNAME_LETTERS || g.stop.has(key) || g.given.has(key) || g.titles.getOne(key).length) continue;
      const prev = surnames.get(key);
      const before = matchKey(ws[ws.length - 2]);
      if (!prev || prev.after > m.end) surnames.set(key, { e, after: m.end, ...(NAME_LINKS.has(before) ? { link: before } : {}) });
    }
  }
  if (!surnames.size) return;
  // Every mention so far, gathered on the first candidate only (most articles have none).
  let taken: Mention[] | undefined;
  const inside = (tok: Tok) => (taken ??= [...entities.values()].flatMap((e) => e.mentions)).some((m) => m.start <= tok.start && tok.end <= m.end);
  const owners = new Map<Entity, Set<string>>();
  // Last letters of the surnames: a form ending otherwise is no surname, and needs no lookup.
  const lastLetters = [...surnames.keys()].map((k) => k.charCodeAt(k.length - 1));
  // Nor does a form of another length than theirs (one bit per length; longer ones share the last bit).
  let lengths = 0;
  for (const k of surnames.keys()) lengths |= lengthBit(k);
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (!tok.arabic && !tok.cap) continue;
    // An Arabic word's forms only drop letters in front: they all end as its key does.
    if (tok.arabic && !lastLetters.includes(KEY_END.get(tok))) continue;
    for (const form of tok.forms) {
      if ((lengths & lengthBit(form)) === 0 || !lastLetters.includes(form.charCodeAt(form.length - 1))) continue;
      const s = surnames.get(form);
      // Only conjunctions and prepositions may be cut from a surname (وروتو), not the article (التعيين ≠ تعيين).
      if (!s || tok.start < s.after || tok.key.slice(0, tok.key.length - form.length).endsWith('ال') || inside(tok)) continue;
      const e = s.e;
      const own = () => owners.get(e) ?? owners.set(e, ownWords(e, g)).get(e)!;
      const at = surnameAt(text, toks, i, form, { own, link: s.link }, g);
      if ('veto' in at) break;
      const start = startWithoutClitics(toks[at.from], at.form);
      const end = POSSESSIVE.test(tok.key) ? tok.end - 2 : tok.end;
      s.e.mentions.push({ start, end, text: text.slice(start, end), entity: s.e.id, via: 'surname' } satisfies Mention);
      break;
    }
  }
}
