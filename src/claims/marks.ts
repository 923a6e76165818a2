import { join } from 'node:path';
import { lexicon } from '../attribution/lexicon/index.js';
import { readTsv } from '../attribution/lexicon/tsv.js';
import type { Lang } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { tokenize, type Token } from '../text/tokens.js';
import { lookupKey, phrases } from '../time/lexicon.js';
import { DAY_OF_MONTH_MAX, PLACE_NAME_MAX_WORDS } from './constants.js';
import { claimsDataFile, keysOf } from './lexicon.js';
import { quantitiesConflict, quantitiesOf } from './numbers.js';

// What tells one event of a broad concept (an attack) from another of the same actors: the place its content names
// (`في مدينة عدن` vs `في منطقة دار سعد` — a place noun's name, gazetteer or not), the day it names (`19 يوليو`), and
// its quantities (a day of the month is a date, not a toll). Two statements that name different places, or different
// days, report different events; naming the same place, day or number marks a restatement (group.ts, place.ts).

const FILE = join('data', 'lexicons', 'claims', 'place-nouns.tsv');
/** The Arabic definite article: a definite word after a place name is its adjective (`عدن الجنوبية`). */
const ARABIC_ARTICLE = 'ال';
/** A feminine relative adjective ending (`منطقة سكنية`, a residential area): a kind of place, not its name. */
const ARABIC_NISBA_ENDING = 'يه';
const DIGITS = /^\d+$/;
/** The Arabic sound feminine plural ending (`هجمات`, `غارات`): an event noun in the plural names a series of events. */
const ARABIC_FEMININE_PLURAL = 'ات';
/** An English plural noun's ending (`attacks`, `strikes`), not a double s (`process`). */
const ENGLISH_PLURAL = /[^s]s$/u;
const CAPITALISED = /^\p{Lu}/u;

interface PlaceNoun { words: string[]; lang: Lang }



let nouns: PlaceNoun[] | undefined;
/** The place nouns, loaded and validated once. */
function placeNouns(): PlaceNoun[] {
  return (nouns ??= readTsv(claimsDataFile(FILE), ['form', 'lang'], { 1: ['ar', 'en'] })
    .map(({ cells: [form, lang] }) => ({ words: tokenize(form).map((t) => t.key), lang: lang as Lang })));
}

/** The marks of one event in a content. */
export interface EventMarks {
  /** Place names after a place noun, as match keys joined by a space (`دار سعد`). */
  places: string[];
  /** Explicit days of a month, `month-day` (`7-19`). */
  days: string[];
  /** Quantities (numbers.ts), days of a month left out. */
  quantities: Set<number>;
}

/** Does token i start a place noun of the language? The number of its words, else 0. */
function placeNounAt(toks: Token[], i: number, lang: Lang): number {
  for (const n of placeNouns()) {
    if (n.lang !== lang) continue;
    // Arabic: the noun in construct, clitics allowed (`بمدينة`), never definite (`المدينة الجديدة` is no name).
    const ok = n.words.every((w, k) => {
      const t = toks[i + k];
      if (!t) return false;
      return lang === 'ar' ? t.key === w || (!t.key.includes(ARABIC_ARTICLE + w) && keysOf(t.text).includes(w)) : t.key === w;
    });
    if (ok) return n.words.length;
  }
  return 0;
}

/** Only spaces between two tokens (no punctuation ends the name). */
const adjacent = (text: string, a: Token, b: Token) => !/[^\s]/u.test(text.slice(a.end, b.start));

/** The place names of a text: the words after each place noun (see place-nouns.tsv). */
export function placesIn(text: string, lang: Lang): string[] {
  const toks = tokenize(text);
  const words = lexicon(lang === 'ar' ? 'ar' : 'en').words;
  const out = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const n = placeNounAt(toks, i, lang);
    if (!n) continue;
    const name: string[] = [];
    for (let j = i + n, prev = toks[i + n - 1]; j < toks.length && name.length < PLACE_NAME_MAX_WORDS; prev = toks[j], j++) {
      const t = toks[j];
      if (!adjacent(text, prev, t) || words.has(t.key) || DIGITS.test(t.key)) break;
      if (lang === 'en' && !CAPITALISED.test(t.text)) break;
      if (lang === 'ar' && name.length && t.key.startsWith(ARABIC_ARTICLE)) break;
      if (lang === 'ar' && !name.length && t.key.endsWith(ARABIC_NISBA_ENDING)) break;
      name.push(t.key);
    }
    if (name.length) out.add(name.join(' '));
  }
  return [...out];
}

/** The month a token names (the time lexicon's months.tsv), if any. */
function monthOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  for (const p of lookupKey(phrases(), matchKey(t.text)) ?? []) {
    if (p.keys.length !== 1) continue;
    const m = p.meanings.find((x) => x.kind === 'month');
    if (m && m.kind === 'month') return m.month;
  }
  return undefined;
}

/** Explicit days of a month in a text (`19 يوليو`, `19 July`, `July 19`), as `month-day`, with the day tokens. */
function daysWithTokens(text: string): { days: Set<string>; dayValues: Set<number> } {
  const toks = tokenize(text);
  const days = new Set<string>();
  const dayValues = new Set<number>();
  toks.forEach((t, i) => {
    if (!DIGITS.test(t.key)) return;
    const d = Number(t.key);
    if (d < 1 || d > DAY_OF_MONTH_MAX) return;
    const m = monthOf(toks[i + 1]) ?? monthOf(toks[i - 1]);
    if (m === undefined) return;
    days.add(`${m}-${d}`);
    dayValues.add(d);
  });
  return { days, dayValues };
}

/** The marks of a content (see EventMarks). */
export function marksOf(text: string, lang: Lang): EventMarks {
  const { days, dayValues } = daysWithTokens(text);
  const quantities = new Set([...quantitiesOf(text)].filter((n) => !dayValues.has(n)));
  return { places: placesIn(text, lang), days: [...days], quantities };
}

/** Does `text` name the place (its words in a row, clitics allowed: `بعدن`)? */
function names(text: string, place: string): boolean {
  const want = place.split(' ');
  const toks = tokenize(text);
  return toks.some((_, i) => want.every((w, k) => toks[i + k] && (toks[i + k].key === w || keysOf(toks[i + k].text).includes(w))));
}

/** A side of a comparison: the marks of its contents and the contents themselves (a place may be named without its noun). */
export interface MarkedSide { marks: EventMarks[]; texts: readonly string[] }

export const sideOf = (texts: readonly string[], lang: (i: number) => Lang): MarkedSide => ({ marks: texts.map((t, i) => marksOf(t, lang(i))), texts });

const placesOfSide = (s: MarkedSide) => new Set(s.marks.flatMap((m) => m.places));
const daysOfSide = (s: MarkedSide) => new Set(s.marks.flatMap((m) => m.days));

/** Places both sides name: one side's place name in the other's marks or words. */
function sharedPlaces(a: MarkedSide, b: MarkedSide): number {
  const pa = placesOfSide(a), pb = placesOfSide(b);
  let n = 0;
  for (const p of pa) if (pb.has(p) || b.texts.some((t) => names(t, p))) n++;
  for (const p of pb) if (!pa.has(p) && a.texts.some((t) => names(t, p))) n++;
  return n;
}

/** Why two sides report different events by their marks: different places, or different days; undefined when not. */
export type MarkConflict = 'place' | 'day';

/** Both name a place and share none (`place`); both name a day and share none (`day`). Quantities: numbers.ts. */
export function marksConflict(a: MarkedSide, b: MarkedSide): MarkConflict | undefined {
  if (placesOfSide(a).size && placesOfSide(b).size && !sharedPlaces(a, b)) return 'place';
  const da = daysOfSide(a), db = daysOfSide(b);
  if (da.size && db.size && ![...da].some((d) => db.has(d))) return 'day';
  return undefined;
}

/**
 * Do both sides name places after a place noun (their marks) and share none of those — a name the other side's words
 * merely mention (`north of Aleppo`) not counting, unlike `marksConflict`? For merging two claims (title-event.ts), where
 * one telling of several incidents (`a raid near the city of Hasakah, while shelling hit the city of Aleppo`) would
 * otherwise let any incident that mentions one of its places in.
 */
export function placeMarksApart(a: MarkedSide, b: MarkedSide): boolean {
  const pa = placesOfSide(a), pb = placesOfSide(b);
  return pa.size > 0 && pb.size > 0 && ![...pb].some((p) => pa.has(p));
}

/** How many marks two sides share (places, days, quantities): the more, the likelier one event restated. */
export function sharedMarks(a: MarkedSide, b: MarkedSide): number {
  const db = daysOfSide(b);
  const qb = new Set(b.marks.flatMap((m) => [...m.quantities]));
  const days = [...daysOfSide(a)].filter((d) => db.has(d)).length;
  const quantities = [...new Set(a.marks.flatMap((m) => [...m.quantities]))].filter((q) => qb.has(q)).length;
  return sharedPlaces(a, b) + days + quantities;
}

/**
 * Does an event phrase name a series — its last word in the plural (`الهجمات`, `غارات`, `attacks`) — in a content with no
 * mark of its own (no place, day or toll)? `the sites of the attacks` is not the attack of 19 July.
 */
export function namesSeries(phrase: string, side: MarkedSide): boolean {
  const last = tokenize(phrase).at(-1)?.key ?? '';
  const plural = /[\u0600-\u06FF]/u.test(last) ? last.endsWith(ARABIC_FEMININE_PLURAL) : ENGLISH_PLURAL.test(last);
  return plural && side.marks.every((m) => !m.places.length && !m.days.length && !m.quantities.size);
}

/** The quantities of texts, days of a month left out (for numbers.ts `quantitiesConflict`). */
export const eventQuantities = (s: MarkedSide) => new Set(s.marks.flatMap((m) => [...m.quantities]));

/** The marks of statements (claim members), each in its own language. */
export const sideOfTexts = (ms: readonly { content: string; lang: Lang }[]): MarkedSide => sideOf(ms.map((m) => m.content), (i) => ms[i].lang);

/**
 * Why two sets of statements report different events of a broad concept by their marks: both name quantities and share
 * none (`numbers`, days of a month left out), else `place` or `day` (marksConflict); undefined when none.
 */
export function eventsDiffer(a: readonly { content: string; lang: Lang }[], b: readonly { content: string; lang: Lang }[]): 'numbers' | MarkConflict | undefined {
  const sa = sideOfTexts(a), sb = sideOfTexts(b);
  if (quantitiesConflict(eventQuantities(sa), eventQuantities(sb))) return 'numbers';
  return marksConflict(sa, sb);
}
