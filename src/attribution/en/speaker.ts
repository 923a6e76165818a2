import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { afterInitial, cueStartsAt, gapHas, inDomainName, TITLE_ABBREVIATIONS } from '../doc.js';
import type { Doc } from '../types.js';
import { ARTICLES, BREAK, CAPITAL, cls, COMMA, LENIENT_WORDS, NOT_NOUN } from './phrase-bounds.js';

// The English speaker phrase: where the phrase before a cue starts (englishBefore) and where the one after it ends
// (englishAfter), from names, titles and a few lower-case words. Subjects found without a cue are in
// sentence-subjects.ts, common-noun-subject.ts and subordinate-subject.ts; sources after "according to" in
// source-phrase.ts.


/** An all-capital word of two letters or more (WHO, UN, NATO). */
const ACRONYM = /^\p{Lu}{2,}$/u;
// (being: "the chances of those trapped being found alive" is a passive too)
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** A word that can sit in an English speaker phrase: a capitalised word, a title or role, the/a/of, a number. */
export function inPhrase(doc: Doc, i: number): boolean {
  const t = doc.tokens[i].text;
  const c = cls(doc, i);
  // (the WHO: an acronym is a name, whatever the lower-case word it spells)
  if (c && c !== 'determiner' && !ACRONYM.test(t)) return false;
  // (the government's lawyer: a title word's possessive is in the phrase too)
  return CAPITAL.test(t) || /-\p{Lu}/u.test(t) || doc.lex.titleWords.has(doc.keys[i].replace(/['’]s$/u, '')) || cls(doc, i) === 'determiner' || /^\d/.test(t)
    || inDomainName(doc, i);
}

/**
 * "Doctors Without Borders said", "Reporters Without Borders": a capitalised function word between two capitalised
 * words of the phrase is part of a name (a sentence-initial one, "On live television Erdogan …", is not: none before it).
 */
function innerCapitalWord(doc: Doc, i: number, floor: number, end: number): boolean {
  return i > floor && i + 1 < end && CAPITAL.test(doc.tokens[i].text) && cls(doc, i) === 'preposition'
    && CAPITAL.test(doc.tokens[i - 1].text) && CAPITAL.test(doc.tokens[i + 1].text) && !gapHas(doc, i, BREAK) && !gapHas(doc, i + 1, BREAK);
}

/** True when token i is a form of "be" (the auxiliary of a passive or a raising verb). */
export const isBe = (doc: Doc, i: number) => BE.has(doc.keys[i]);

/** Start of the speaker phrase that ends just before token `end` (exclusive bound `floor`); `end` when none. */
export function englishBefore(doc: Doc, end: number, floor: number): number {
  let k = end;
  while (k > floor && end - k < MAX_SPEAKER_TOKENS) {
    const i = k - 1;
    if (k < end && gapHas(doc, k, BREAK) && !afterInitial(doc, k) && !afterTitleAbbreviation(doc, k)) break;
    // Search and Rescue Agency, Miller and Smith: "and" between capitalised words.
    const capitalAt = (x: number) => CAPITAL.test(doc.tokens[x].text) || (cls(doc, x) === 'determiner' && x + 1 < end && CAPITAL.test(doc.tokens[x + 1].text));
    // The government and the pro-Beijing camp: a body or title word, "and", then a determiner-led phrase.
    const joined = doc.keys[i] === 'and' && k < end && i > floor && !gapHas(doc, i, BREAK)
      && (capitalAt(k) && CAPITAL.test(doc.tokens[i - 1].text) || cls(doc, k) === 'determiner' && doc.lex.titleWords.has(doc.keys[i - 1]));
    // US Ambassador to Germany Richard Grenell, Minister for Health X: a title's "to"/"for" + a name.
    // (… Ambassador to the United Nations Nikki Haley: the name may open with "the").
    // (The Office for Road Safety: a capitalised body word + "for" + a name.)
    const head = doc.lex.titleWords.get(doc.keys[i - 1])?.kind;
    // (The Commission on Presidential Debates: "on" after a capitalised body word as well.)
    const titled = (doc.keys[i] === 'to' || doc.keys[i] === 'for' || doc.keys[i] === 'on') && k < end && i > floor && capitalAt(k)
      && (head === 'title' && doc.keys[i] !== 'on' || head === 'body' && doc.keys[i] !== 'to' && CAPITAL.test(doc.tokens[i - 1].text))
      && !gapHas(doc, i, BREAK);
    if (!inPhrase(doc, i) && !joined && !titled && !innerCapitalWord(doc, i, floor, end)) break;
    k--;
  }
  // Lower-case nouns after a determiner or a name: "a university student named Wong", "the pro-Beijing camp".
  // (a cue is a verb, and a verb never sits inside a speaker phrase)
  let j = k;
  while (j > floor && k - j < LENIENT_WORDS && !(j < end && gapHas(doc, j, BREAK)) && !cls(doc, j - 1) && /^\p{Ll}/u.test(doc.tokens[j - 1].text)
    && !cueStartsAt(doc, j - 1)) j--;
  // "Both officers indicated …", "Some analysts said": a quantifier opening the clause leads the lower-case phrase.
  if (j < k && k === end && j - 1 >= floor && LEADING_QUANTIFIERS.has(doc.keys[j - 1]) && (j - 1 === floor || gapHas(doc, j - 1, BREAK))
    && !doc.keys.slice(j, k).some((w) => NOT_NOUN.test(w))) return j - 1;
  // "…, his family said": a possessive after a break leads the lower-case words after it, whatever their endings.
  if (j + 1 < k && k === end && POSSESSIVES.has(doc.keys[j]) && (j === floor || gapHas(doc, j, BREAK))) return j;
  // "According to reports, critics have said": lower-case words alone that open a clause after a comma are its subject
  // (not an adverb or a participle: ", sharply criticized", ", carrying placards asking").
  if (j < k && k === end && j > floor && gapHas(doc, j, COMMA) && !doc.keys.slice(j, k).some((w) => NOT_NOUN.test(w))) return j;
  // Senator Ann Lee and incoming chair of the committee Tom Ray: "and" after a name joins a second, lower-case-led
  // speaker phrase into one joint speaker (GUIDELINES.md).
  if (j < k && j - 2 >= floor && doc.keys[j - 1] === 'and' && CAPITAL.test(doc.tokens[j - 2].text) && !cls(doc, j - 2)
    && !gapHas(doc, j - 1, BREAK) && !gapHas(doc, j, BREAK) && !cueStartsAt(doc, j - 2)) {
    // Only a titled second phrase (chair, leader …), and a first one of names and titles (not "Trump visited Texas").
    const titled = (x: number) => { const t = doc.lex.titleWords.get(doc.keys[x])?.kind; return t === 'title' || t === 'role'; };
    const s = englishBefore(doc, j - 1, floor);
    let ok = s < j - 1 && doc.keys.slice(j, end).some((_, x) => titled(j + x));
    for (let x = s; ok && x < j - 1; x++) ok = inPhrase(doc, x) || titled(x);
    if (ok) return s;
  }
  // "Legal and religious groups", "the local and foreign observers": two modifiers joined by "and".
  if (j < k && j - 2 >= floor && doc.keys[j - 1] === 'and' && !cls(doc, j - 2) && !cueStartsAt(doc, j - 2) && !gapHas(doc, j - 1, BREAK)
    && (j - 2 === floor || cls(doc, j - 3) === 'determiner')) {
    return j - 2 > floor && cls(doc, j - 3) === 'determiner' ? j - 3 : j - 2;
  }
  // (a capitalised preposition opens an adjunct, not the phrase: "On live television Erdogan attacked …")
  if (j < k && j > floor && !gapHas(doc, j, BREAK) && (cls(doc, j - 1) === 'determiner' || CAPITAL.test(doc.tokens[j - 1].text) && !cls(doc, j - 1))) {
    k = englishBefore(doc, j, floor);
    if (k === j) k = j - 1;
  }
  while (k < end && (doc.keys[k] === 'of' || doc.keys[k] === 'and')) k++;
  k = lastArticle(doc, k, end);
  // "…, his lawyer said": after a comma, a possessive before a title word leads the phrase (as an article would); elsewhere
  // the bare head stays an anaphor of the one named before (reported its source said → the anonymous source).
  if (k < end && k - 1 > floor && POSSESSIVES.has(doc.keys[k - 1]) && !gapHas(doc, k, BREAK) && gapHas(doc, k - 1, COMMA)) k--;
  // "Both lawyers said": a quantifier opening the clause before a title-word phrase leads it.
  if (k < end && k - 1 >= floor && LEADING_QUANTIFIERS.has(doc.keys[k - 1]) && (k - 1 === floor || gapHas(doc, k - 1, BREAK))
    && !gapHas(doc, k, BREAK)) return k - 1;
  // A lone sentence-initial "The"/"A" is no speaker.
  if (end - k === 1 && cls(doc, k) === 'determiner') return end;
  // Only numbers: "1,279 confirmed cases" is a count before an adjective, not a speaker before a verb.
  // ("There were 1,279 confirmed cases": a phrase ending in a number is a count, whatever opens it.)
  if (k < end && (doc.tokens.slice(k, end).every((t) => /^\d/.test(t.text)) || /^\d[\d.,]*$/.test(doc.tokens[end - 1].text))) return end;
  return k;
}

/** Possessive determiners of a third party (his office, their lawyer); one list for the English rules. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Quantifiers that lead a bare plural subject at a clause start (Both officers, Many analysts). */
const LEADING_QUANTIFIERS = new Set(['both', 'some', 'many', 'several', 'most', 'all']);

/** Words after which an article stays inside one speaker phrase (Ambassador to the United Nations, head of the league). */
const ARTICLE_LINKS = new Set(['of', 'to', 'for', 'on', 'and', 'in', 'at', 'from', 'by', 'with']);

/**
 * "told the press the officers claimed": an article right after a noun, with no link word between, opens a second
 * phrase (the first is the addressee of a verb before it); the speaker is the last one. Tokens [k, end) scanned.
 */
function lastArticle(doc: Doc, k: number, end: number): number {
  let start = k;
  for (let i = k + 1; i < end - 1; i++) {
    // (not after a verb form: "people holding a banner saying")
    if (ARTICLES.has(doc.keys[i]) && !ARTICLE_LINKS.has(doc.keys[i - 1]) && cls(doc, i - 1) !== 'determiner' && !NOT_NOUN.test(doc.keys[i - 1])) start = i;
  }
  return start;
}

/** End of the speaker phrase starting at token `from` (said Wong / according to the BBC). */
export function englishAfter(doc: Doc, from: number, end: number): number {
  let k = from;
  while (k < end && k - from < MAX_SPEAKER_TOKENS) {
    if (k > from && gapHas(doc, k, BREAK) && !afterTitleAbbreviation(doc, k) && !inDomainName(doc, k)) break;
    if (!inPhrase(doc, k) && !(k > from && doc.keys[k] === 'and' && k + 1 < end && inPhrase(doc, k + 1))) break;
    k++;
  }
  while (k > from && (doc.keys[k - 1] === 'of' || cls(doc, k - 1) === 'determiner')) k--;
  return k;
}

/** Skips adverbs and auxiliaries backwards from token `end` (has also, had previously). */
export function skipBackAdverbs(doc: Doc, end: number, floor: number): number {
  let k = end;
  while (k > floor && cls(doc, k - 1) === 'adverb' && !gapHas(doc, k, BREAK)) k--;
  return k;
}

/** True when token i is a capitalised name after an abbreviated title and its full stop (Ms. Gillard): no break of a phrase. */
function afterTitleAbbreviation(doc: Doc, i: number): boolean {
  return i > 0 && TITLE_ABBREVIATIONS.has(doc.keys[i - 1]) && /^\.\s$/.test(doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start))
    && CAPITAL.test(doc.tokens[i].text);
}
