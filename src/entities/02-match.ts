import { writtenLetters, type Alias, type Gazetteer } from './01-gazetteer.js';
import { caseOk, type Tok } from './keys.js';
import { MAX_BRACKET_NAME_WORDS } from './constants.js';
import type { GazMatch } from './types.js';
import { DIACRITICS_CLASS, TATWEEL, FORMAT_CONTROLS_CLASS } from '../text/chars.js';
import { namesAPlace } from './named-after.js';

const POSSESSIVE = /['’]s$/;
/** The last word of a text. */
const LAST_WORD = /\p{L}+$/u;
/** و or ف joined to a word. */
const CONJUNCTION = /^[\u0648\u0641]/;
const NOT_A_LETTER = new RegExp(`[${DIACRITICS_CLASS}${TATWEEL}${FORMAT_CONTROLS_CLASS}]`);
/** Per UTF-16 code unit, NOT_A_LETTER's answer, filled on first sight: 0 not yet asked, 1 a letter, 2 not a letter. */
const NOT_A_LETTER_UNITS = new Uint8Array(0x10000);

/** NOT_A_LETTER.test of the code unit, without making a one-character string and running the regex at every letter. */
function notALetter(c: number): boolean {
  let k = NOT_A_LETTER_UNITS[c];
  if (k === 0) NOT_A_LETTER_UNITS[c] = k = NOT_A_LETTER.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/**
 * Start offset of a word without the proclitics its matched form dropped (بالكرملين → الكرملين, وبيونغ → بيونغ),
 * so that a mention shows the name only. لل is left whole: its article letter is elided (للأمم).
 */
export function startWithoutClitics(tok: Tok, form: string): number {
  if (form === tok.key || !tok.key.endsWith(form)) return tok.start;
  let drop = tok.key.length - form.length;
  // Keep the article on display (الكوري, not كوري): only conjunctions and prepositions are cut.
  if (tok.key.slice(0, drop).endsWith('ال')) drop -= 2;
  if (drop <= 0) return tok.start;
  let i = 0;
  while (i < tok.text.length && drop > 0) {
    if (!notALetter(tok.text.charCodeAt(i))) drop--;
    i++;
  }
  return tok.start + i;
}

/** Did the form of a word drop the article in front (المودي → مودي)? Conjunctions and prepositions may be dropped. */
function articleDropped(tok: Tok, form: string): boolean {
  return tok.key.length > form.length && tok.key.endsWith(form) && tok.key.slice(0, tok.key.length - form.length).endsWith('ال');
}

/** A letter name only (بي, سي; not إن "that"), as written: not by a form without clitics (التي "which" is not تي). */
function isLetter(tok: Tok | undefined, g: Gazetteer): boolean {
  return !!tok && g.letters.get(tok.key) === true;
}

/** An acronym alias [from, to) with another letter name right before or after it is part of a longer acronym (سي أن أن in بي بي سي أن أن). */
function insideAcronym(toks: readonly Tok[], from: number, to: number, g: Gazetteer): boolean {
  // A conjunction on the first letter starts a new item of a list (سي بي إس وإم إس إن بي سي).
  const first = toks[from];
  const joined = CONJUNCTION.test(first.key) && !g.letters.has(first.key);
  return (!joined && first.gap === 'tight' && isLetter(toks[from - 1], g)) || (toks[to]?.gap === 'tight' && isLetter(toks[to], g));
}

/** An English word right after a capitalised given name is a surname (Michael Jordan, Steve Israel), not a country. */
function surnameAfterGivenName(toks: readonly Tok[], i: number, g: Gazetteer): boolean {
  const prev = toks[i - 1];
  return !toks[i].arabic && toks[i].gap === 'tight' && !!prev && prev.cap && g.given.has(prev.key);
}

/** An acronym alias: Arabic letter names (سي بي إس) or one all-capitals English word (CBS). */
function isAcronym(a: Alias, toks: readonly Tok[], from: number): boolean {
  return !!a.acronym || (a.cases.length === 1 && a.cases[0] === 'upper' && !toks[from].arabic);
}

/**
 * An acronym in brackets right after a name that is not its entity's (Canadian Blood Services (CBS), منظمة خدمات الدم
 * الكندية (سي بي إس)) is that name's abbreviation, defined by the article: not the listed body that shares it.
 * After its own entity's name (Saudi Press Agency (SPA)) it is that entity.
 */
function definedHere(text: string, toks: readonly Tok[], from: number, to: number, entity: string, before: readonly GazMatch[], g: Gazetteer): boolean {
  const open = text.lastIndexOf('(', toks[from].start);
  if (open < 0 || text.slice(open + 1, toks[from].start).trim() !== '') return false;
  const close = text.indexOf(')', toks[to - 1].end);
  if (close < 0 || text.slice(toks[to - 1].end, close).trim() !== '') return false;
  const name = text.slice(0, open).trimEnd();
  const lastWord = LAST_WORD.exec(name)?.[0];
  // An English name is capitalised (the Saudi state news agency (SPA) is the SPA, described, not renamed).
  if (!lastWord || (!toks[from].arabic && lastWord[0] === lastWord[0].toLowerCase())) return false;
  const last = before[before.length - 1];
  if (!last) return true;
  // Its own name right before it, or its parent's a few words before (United Nations Educational, Scientific and
  // Cultural Organization (UNESCO)).
  if (last.entity === entity) return last.end < name.length;
  const between = text.slice(last.end, open);
  const near = !/[.!?؟\n]/u.test(between) && between.split(/\s+/).filter(Boolean).length <= MAX_BRACKET_NAME_WORDS;
  return !(near && g.entities.get(entity)?.parent === last.entity);
}

/**
 * Every gazetteer alias in the words, longest first, left to right, not overlapping. An alias marked prior-only
 * (الشمال) counts only after its entity was matched earlier in the text.
 */
export function matchGazetteer(toks: readonly Tok[], g: Gazetteer, text?: string): GazMatch[] {
  const out: GazMatch[] = [];
  const seen = new Set<string>();
  const accept = (a: Alias, from: number, to: number): boolean => {
    if (a.cases.length !== to - from || (a.priorOnly && !seen.has(a.entity))) return false;
    for (let k = 0; k < a.cases.length; k++) if (!caseOk(a.cases[k], toks[from + k])) return false;
    if (a.written && !a.written.every((w, k) => writtenLetters(toks[from + k].text).endsWith(w))) return false;
    if (a.cases.length === 1 && surnameAfterGivenName(toks, from, g) && g.entities.get(a.entity)?.type === 'country') return false;
    return !a.acronym || !insideAcronym(toks, from, to, g);
  };
  for (let i = 0; i < toks.length; ) {
    const hit = g.aliases.longestAt(toks, i, accept);
    if (hit && text && isAcronym(hit.values[0], toks, hit.from) && definedHere(text, toks, hit.from, hit.to, hit.values[0].entity, out, g)) {
      i = hit.to;
      continue;
    }
    if (!hit) {
      i++;
      continue;
    }
    const alias = hit.values[0];
    const entity = g.entities.get(alias.entity);
    // A person's name has no article where the text word has one (المؤدي "leading to" is not مودي, Modi).
    if (entity?.type === 'person' && articleDropped(toks[hit.from], hit.firstForm)) {
      i++;
      continue;
    }
    // مركز الملك سلمان، جامعة الملك سعود: a person after a noun of a place named after them names the place (named-after.ts).
    if (entity?.type === 'person' && namesAPlace(toks, hit.from)) {
      i = hit.to;
      continue;
    }
    if (entity) {
      seen.add(entity.id);
      const last = toks[hit.to - 1];
      out.push({
        from: hit.from, to: hit.to, start: startWithoutClitics(toks[hit.from], hit.firstForm),
        end: POSSESSIVE.test(last.key) ? last.end - 2 : last.end,
        entity: entity.id, type: entity.type, via: alias.via, priorOnly: alias.priorOnly,
      });
    }
    i = hit.to;
  }
  return relinkHomonyms(out, g);
}

/**
 * A country's bare name that a place shares (Georgia, جورجيا) is that place when the article is about the place's
 * state: another place of that state is named, or the state or its bodies and people are and no third country is
 * (a visit by Putin keeps Georgia the country); and nothing names the country by its capital, nisba or demonym
 * (Tbilisi, Georgian). "The governor of Georgia" beside the White House is the US state.
 */
export function relinkHomonyms(matches: GazMatch[], g: Gazetteer): GazMatch[] {
  if (!g.homonyms.size) return matches;
  const stateOf = (m: GazMatch) => (m.type === 'country' ? m.entity : g.entities.get(m.entity)?.country);
  for (const [country, places] of g.homonyms) {
    const named = matches.filter((m) => m.entity === country);
    if (!named.length || named.some((m) => m.via !== 'gazetteer')) continue;
    const others = matches.filter((m) => m.entity !== country);
    const place = places.find((id) => {
      const state = g.entities.get(id)?.country;
      if (!state) return false;
      if (others.some((m) => m.type === 'place' && stateOf(m) === state)) return true;
      return others.some((m) => stateOf(m) === state) && others.every((m) => { const s = stateOf(m); return !s || s === state; });
    });
    if (!place) continue;
    for (const m of named) {
      m.entity = place;
      m.type = 'place';
    }
  }
  return matches;
}
