/**
 * What the chunk readers (03-chunks-*.ts) share: the per-word tables they ask at every word, the context they read
 * in, and the title families and word endings more than one of them tests.
 */
import type { Lang } from '../model/index.js';
import { PerWord } from '../text/per-word.js';
import type { Gazetteer, Title } from './01-gazetteer.js';
import type { Tok } from './keys.js';
import type { GazMatch } from './types.js';

/** The family titles.ar.tsv gives the modifiers a name follows (الدكتور، المهندس). */
export const HONORIFIC = 'honorific';
/** The ending of a definite nisba adjective (السعودي, المصري): it qualifies the name, it is not a family name. */
export const AR_NISBA_END = 'ي';
/** How a compound given name written as one word starts (عبدالله, عبدالمطلب): `عبد` + the article. */
const AR_JOINED_COMPOUND_START = 'عبدال';
/** A compound given name written as one word: `عبد` + a definite name, never anything else. */
const AR_JOINED_COMPOUND = new RegExp(`^${AR_JOINED_COMPOUND_START}\\p{L}{2,}$`, 'u');

/** Is this word key a given name: listed, or a compound written joined (the regex only for keys that start so: it is asked of most words). */
export const isGiven = (g: Gazetteer, key: string) =>
  g.given.has(key) || (key.startsWith(AR_JOINED_COMPOUND_START) && AR_JOINED_COMPOUND.test(key));

/**
 * What this stage asks of a word alone about one gazetteer, answered once per distinct word: it is asked at
 * every word, and the gazetteer's sets and maps are large (their look-ups miss the cache).
 */
export interface WordTables {
  /** 1 when the word's key is a given name (isGiven), else 0. */
  given: PerWord;
  /** 1 + org-heads.tsv's `between` for the first form of the word that is a body's head noun, else 0. */
  orgHeadGap: PerWord;
  /** 1 when a chunk may start at the word (a title, a given name, a body's head noun, an English capital), else 0. */
  chunkStart: PerWord;
}

const tablesByGazetteer = new WeakMap<Gazetteer, WordTables>();

export function wordTables(g: Gazetteer): WordTables {
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

/** What the readers of one text (or speaker phrase) look at: its words, and the gazetteer matches at and over each. */
export interface Ctx {
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
export const givenIn = (c: Ctx, t: Tok) => c.tables.given.get(t) === 1;

/** Titles that head a chunk, and the modifiers read after (Arabic) or before (English) them. */
export const isHeadTitle = (t: Title) => !t.modifier;
export const isModifier = (t: Title) => t.modifier;

/** The text of words [from, to), one space between. */
export function textOf(toks: readonly Tok[], from: number, to: number): string {
  return toks.slice(from, to).map((t) => t.text).join(' ');
}
