import { lazyKeySet, type Lexicon } from '../attribution/lexicon/index.js';
import type { Gazetteer } from './01-gazetteer.js';
import { MAX_EN_NAME_WORDS } from './constants.js';
import { codePoints, type Tok } from './keys.js';
import { firstWordAt } from '../text/words.js';

// English speaker phrases, read for the name they hold (05-speakers.ts pass 1): which words name a person or a body.
// The pass makes the entity; this module only says which words and what type, so it reads no entity list of its own.

/** English honorifics written short before a name (`Dr. Tomasz Stefaniak`), as match keys. */
const EN_HONORIFICS = new Set(['dr', 'prof', 'professor']);
/** English words after a person's name that say where they work (`Steve Peers of the University of Essex`). */
const EN_AFFILIATION = new Set(['of', 'from', 'at']);

/** Match keys of nouns of a medium before its name (`Greek daily Kathimerini`), from data/lexicons/en/media-nouns.tsv. */
const mediaNouns = lazyKeySet('en', 'media-nouns.tsv');
/** Match keys of nouns that speak for a country's government (`the Saudi Government`), from data/lexicons/en/government-nouns.tsv. */
export const governmentNouns = lazyKeySet('en', 'government-nouns.tsv');

/** The entity a speaker phrase is already linked to: its type and where the article mentions it. */
export interface LinkedEntity {
  type: string;
  mentions: readonly { start: number; end: number }[];
}

/** What the reading needs of the article and the speakers pass. */
export interface EnglishNameContext {
  text: string;
  toks: readonly Tok[];
  g: Gazetteer;
  lex: Lexicon;
  isTitle(w: Tok): boolean;
  /** Does an entity the entity stage found cover the word? */
  covered(w: Tok): boolean;
}

/** The words of a speaker phrase that name someone, and what they name. */
export interface EnglishName {
  type: 'person' | 'org';
  words: Tok[];
}

/**
 * The name a speaker phrase ends with, in capitals and after no title of its own run, from a given name on (`former
 * thinktank executive Ken Gude`, `Professor Greg Barton` → Greg Barton; `Marine Bulletin` is none); a body: capitals
 * after `the` or ending in a body's head noun (the Disease Surveillance Team), or one acronym (NEOC). `linked`: the type
 * of the entity the phrase is already linked to, if any.
 */
export function englishNameIn(c: EnglishNameContext, ws: readonly Tok[], linkedTo: LinkedEntity | undefined): EnglishName | undefined {
  const { g } = c;
  const linked = linkedTo?.type;
  if (linkedTo?.type === 'country') {
    const own = ofCountry(c, ws, linkedTo);
    if (own) return own;
  }
  let k = ws.length;
  while (k > 0 && (ws[k - 1].cap && !ws[k - 1].upper && !c.isTitle(ws[k - 1]) && !g.stop.has(ws[k - 1].key) || initialAt(c, ws, k - 1)) && (k === ws.length || ws[k].gap === 'tight' || initialAt(c, ws, k - 1))) k--;
  // A middle initial is no first word of a name (`W. Murphy`).
  while (k < ws.length && initialAt(c, ws, k)) k++;
  const caps = ws.slice(k);
  if (linked === 'person' || caps.some((w) => c.covered(w)) || tailOfName(c, caps)) return undefined;
  const bodyRun = (k > 0 && ws[k - 1].key === 'the') || (caps.length > 0 && g.orgHeads.has(caps[caps.length - 1].text));
  if (bodyRun && caps.length >= 2) return { type: 'org', words: caps };
  const from = caps.findIndex((w) => c.lex.sexWords.get(w.key)?.kind === 'given' || g.given.has(w.key));
  const run = from < 0 ? [] : caps.slice(from);
  if (run.length >= 2 && run.length <= MAX_EN_NAME_WORDS) return { type: 'person', words: run };
  const leading = leadingName(c, ws);
  if (leading) return { type: 'person', words: leading };
  if (linked) return undefined;
  const body = ws.length > 1 && ws[0].key === 'the' && ws.slice(1).every((w) => w.cap && w.gap === 'tight');
  if (body || (ws.length === 1 && ws[0].upper && !/\d/u.test(ws[0].text))) return { type: 'org', words: [...ws] };
  return undefined;
}

/** Is word i a middle initial: one capital letter and a point, a capitalised word after it (`Emily W. Murphy`)? */
function initialAt(c: EnglishNameContext, ws: readonly Tok[], i: number): boolean {
  const w = ws[i], next = ws[i + 1];
  return !!next && w.cap && codePoints(w.text) === 1 && i > 0 && next.cap && /^\.\s+$/u.test(c.text.slice(w.end, next.start));
}

/**
 * A person named first in a speaker phrase that goes on to where they work (`Steve Peers of the University of Essex`,
 * `Dr. Tomasz Stefaniak`): after an abbreviated honorific or from a known given name, two to MAX_EN_NAME_WORDS
 * capitalised words, no title or body word among them, that end the phrase or stand before `of`/`from`/`at`.
 */
function leadingName(c: EnglishNameContext, ws: readonly Tok[]): Tok[] | undefined {
  const { g } = c;
  let i = 0;
  const honoured = ws.length > 2 && EN_HONORIFICS.has(ws[0].key) && ws[1].cap;
  if (honoured) i = 1;
  else if (!(c.lex.sexWords.get(ws[0]?.key ?? '')?.kind === 'given' || g.given.has(ws[0]?.key ?? ''))) return undefined;
  let j = i;
  while (j < ws.length && j - i < MAX_EN_NAME_WORDS && ws[j].cap && !ws[j].upper && !c.isTitle(ws[j]) && !g.orgHeads.has(ws[j].text) && !g.stop.has(ws[j].key) && (j === i || ws[j].gap === 'tight' || initialAt(c, ws, j - 1))) j++;
  if (j - i < 2 || (j < ws.length && !EN_AFFILIATION.has(ws[j].key)) || ws.slice(i, j).some((w) => c.covered(w))) return undefined;
  return ws.slice(i, j);
}

/**
 * Is the run the end of a longer capitalised name the speaker phrase was cut from (`York City` of `New York City`,
 * read as a man's name by its first word)? The word before it is a capital joined to it, no title or function word.
 */
function tailOfName(c: EnglishNameContext, caps: readonly Tok[]): boolean {
  if (!caps.length) return false;
  const i = firstWordAt(c.toks, caps[0].start);
  const prev = c.toks[i - 1];
  // (an acronym before it is a body or a title: ABS-CBN CEO Carlo Katigbak)
  return i > 0 && caps[0].gap === 'tight' && prev.cap && !prev.upper && !c.isTitle(prev) && !c.g.stop.has(prev.key);
}

/**
 * Linked to a country only by a nationality or place among its words, a phrase that names someone of that country:
 * - a person named after a title or from a given name, before where they work (`committee member Doug Collins of
 *   Georgia`, `political scientist Ma Ngok`);
 * - a medium named after its noun (`Greek daily Kathimerini`, `daily newspaper Magyar Nemzet`);
 * - a body named in capitals, the country's name only part of it (`the Cyprus Mail`, `The Indonesian Palm Oil Producers
 *   Association`, `the German Institute for Economic Research`), unless it is the government (government-nouns.tsv).
 */
function ofCountry(c: EnglishNameContext, ws: readonly Tok[], country: LinkedEntity): EnglishName | undefined {
  const { g } = c;
  const inCountry = (w: Tok) => country.mentions.some((m) => m.start < w.end && w.start < m.end);
  const nameWord = (w: Tok) => w.cap && !w.upper && !c.isTitle(w) && !g.orgHeads.has(w.text) && !g.stop.has(w.key) && !inCountry(w) && !c.covered(w);
  const given = (w: Tok) => c.lex.sexWords.get(w.key)?.kind === 'given' || g.given.has(w.key);
  for (let i = 1; i < ws.length; i++) {
    const before = ws[i - 1];
    if (before.cap || !nameWord(ws[i])) continue;
    let j = i;
    while (j < ws.length && j - i < MAX_EN_NAME_WORDS && nameWord(ws[j]) && (j === i || ws[j].gap === 'tight')) j++;
    const run = ws.slice(i, j);
    const ends = j === ws.length, affiliated = !ends && EN_AFFILIATION.has(ws[j].key);
    if (mediaNouns().has(before.key) && ends) return { type: 'org', words: run };
    if (run.length >= 2 && (ends || affiliated) && (given(ws[i]) || (c.isTitle(before) && ends))) return { type: 'person', words: run };
  }
  const from = ws[0]?.key === 'the' ? 1 : 0;
  const body = ws.slice(from);
  // (a body's head among them is no person's title: `The … Commission on Presidential Debates`)
  const personTitle = (w: Tok) => c.isTitle(w) && c.lex.titleWords.get(w.key)?.kind !== 'body';
  if (body.length < 2 || body.some((w) => governmentNouns().has(w.key) || personTitle(w)) || body.every(inCountry)) return undefined;
  // Capitals throughout, a function word only between two of them (`Institute for Economic Research`).
  const capitals = body.every((w, k) => (w.cap && !w.upper) || (g.stop.has(w.key) && k > 0 && k < body.length - 1));
  return capitals && body[body.length - 1].cap && !inCountry(body[body.length - 1]) ? { type: 'org', words: body } : undefined;
}
