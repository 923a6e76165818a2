import { commaBefore, contentRange } from '../clause.js';
import { gapBefore, gapHas, sentenceEnd, sentenceStart } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc, Draft, Rule } from '../types.js';
import { englishAfter, POSSESSIVES } from './speaker.js';

// A cue after the clause it reports, its speaker after it ("…, reported officials, with 25 others injured."; "…, said
// police."): news English puts the source last. The clause before the cue is what was said.

/** Fewest tokens of the clause before the cue for it to be the content (not a subject and its apposition). */
const MIN_CLAUSE_TOKENS = 4;
/** Marks that end the speaker phrase after the cue for the inverted reading: a comma or a dash. */
const COMMA_DASH = gapChars(',\u2014\u2013');
const DASH = gapChars('\u2014\u2013');
/** A semicolon or a colon: the reported clause starts after the last one before the cue. */
const SEMI_COLON = gapChars(';:');

/**
 * What may follow the speaker phrase after a comma, for the clause before to stay the content: a preposition or an
 * -ing form opens an adjunct (…, reported officials, with 25 others injured; …, said police, adding …). Anything else
 * (…, said the police, who were …) may be the content after the cue.
 */
function adjunctAt(doc: Doc, k: number): boolean {
  return doc.lex.words.get(doc.keys[k]) === 'preposition' || /^\p{Ll}\p{L}*ing$/u.test(doc.tokens[k].text);
}

/** "…, reported officials, …": the inverted cue after a comma, the clause before it as its content. */
export const enInverted: Rule = {
  id: 'en-inverted',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue' || hit.cue.kind !== 'verb' || !commaBefore(doc, hit.start)) return null;
    const floor = sentenceStart(doc, hit.start), end = sentenceEnd(doc, hit.start);
    let start = floor;
    for (let i = floor + 1; i < hit.start; i++) if (gapHas(doc, i, SEMI_COLON)) start = i;
    // ("Lee will resign, said her lawyer.": three words holding a finite verb are a clause too)
    if (hit.start - start < MIN_CLAUSE_TOKENS && !(hit.start - start === MIN_CLAUSE_TOKENS - 1 && doc.keys.slice(start, hit.start).some((k) => FINITE.has(k)))) return null;
    // (a quotation before the cue is en-quote-said's)
    if (doc.quotes.some((q) => q.closeEnd <= doc.tokens[hit.start].start && q.closeEnd >= doc.tokens[hit.start - 1].end)) return null;
    // said, "Now …": the speaker follows the cue with nothing between, never inside a quotation.
    if (hit.end >= end || !/^\s+$/.test(doc.text.slice(doc.tokens[hit.end - 1].end, doc.tokens[hit.end].start))) return null;
    let e = englishAfter(doc, hit.end, end);
    // (…, said her lawyer.: a possessive before a title or role word opens the phrase as an article would)
    if (e === hit.end && POSSESSIVES.has(doc.keys[hit.end])) e = possessedEnd(doc, hit.end, end);
    if (e === hit.end || !isSourcePhrase(doc, hit.end, e)) return null;
    e = titledTail(doc, hit.end, e, end);
    const t = afterParenthesis(doc, e, end);
    // (…, argued the government's lawyer, Richard Keen.: the apposed name ends the speaker phrase)
    const named = t < end && gapHas(doc, t, COMMA_DASH) && !gapHas(doc, t, DASH) && nameToEnd(doc, t, end);
    if (named) e = end;
    // (…, said Silva, who is the ministry's spokesperson.: a "who" clause closing the sentence describes the speaker)
    else if (t < end && !(gapHas(doc, t, DASH) || gapHas(doc, t, COMMA_DASH) && (adjunctAt(doc, t) || appositionAt(doc, t, end) || doc.keys[t] === 'who'))) return null;
    const content = contentRange(doc, start, hit.start);
    if (!content) return null;
    return {
      rule: 'en-inverted', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance,
      speaker: { kind: 'span', start: doc.tokens[hit.end].start, end: doc.tokens[e - 1].end, gender: '-' },
      content, direct: false, targets: [], sentence: doc.sentOf[hit.start],
    };
  },
};

/** Most lower-case words after a possessive in a speaker phrase (her lawyer, their union's spokesman). */
const MAX_POSSESSED_WORDS = 3;

/** End of "her lawyer", "its chief executive": a possessive at `from` and lower-case nouns of no listed class or titles. */
function possessedEnd(doc: Doc, from: number, end: number): number {
  let k = from + 1;
  while (k < end && k - from <= MAX_POSSESSED_WORDS && /^\p{Ll}+$/u.test(doc.tokens[k].text) && !gapHas(doc, k, COMMA_DASH)
    && (!doc.lex.words.get(doc.keys[k]) || doc.lex.titleWords.has(doc.keys[k])) && !/(ly|ing|ed)$/.test(doc.keys[k])) k++;
  return k > from + 1 ? k : from;
}

/** Most tokens inside a parenthesis that follows a speaker phrase (an acronym, a party and state: (R-Texas)). */
const MAX_PARENTHESIS_TOKENS = 3;

/** "…, says Canadian Blood Services (CBS).": the token after a short parenthesis that opens right at `e`, else `e`. */
function afterParenthesis(doc: Doc, e: number, end: number): number {
  if (e >= end || !/\(\s*$/.test(gapBefore(doc, e))) return e;
  for (let k = e + 1; k <= Math.min(end, e + MAX_PARENTHESIS_TOKENS); k++) if (gapBefore(doc, k).includes(')')) return k;
  return e;
}

/** Words that open an apposition after the speaker phrase (…, said John Smith, an economist at the bank.). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', ...POSSESSIVES]);

/**
 * "…, said Ann Lee, an economist at the bank.": after a comma, a determiner-led phrase that runs to the sentence end
 * (or to an adjunct after a comma) with no verb of its own describes the speaker; the clause before the cue stays the
 * content. (A clause after the speaker — "…, said the mayor, the bridge will …" — has a finite verb and is left alone.)
 */
function appositionAt(doc: Doc, k: number, end: number): boolean {
  if (!APPOSITION_OPENERS.has(doc.keys[k])) return false;
  for (let i = k + 1; i < end; i++) {
    // (…, said Ann Lee, the chief economist, adding …: an adjunct after the apposition)
    if (gapHas(doc, i, COMMA_DASH)) return adjunctAt(doc, i);
    if (FINITE.has(doc.keys[i]) || doc.hitStarts[i]) return false;
  }
  return true;
}

/** Most words of a name apposed to the speaker phrase (…, argued the government's lawyer, Richard Keen.). */
const MAX_APPOSED_NAME_WORDS = 4;

/** "…, argued the government's lawyer, Richard Keen.": a capitalised name from token k to the sentence end. */
function nameToEnd(doc: Doc, k: number, end: number): boolean {
  if (end - k > MAX_APPOSED_NAME_WORDS) return false;
  for (let i = k; i < end; i++) if (!/^\p{Lu}/u.test(doc.tokens[i].text) || doc.lex.words.get(doc.keys[i]) || i > k && gapHas(doc, i, COMMA_DASH)) return false;
  return true;
}

/** Finite verbs that make the words after the speaker a clause of their own, not an apposition. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'must', 'should', 'may', 'might']);

/** Prepositions that join a titled speaker phrase to its body (a spokesman for the bank, a professor at the institute). */
const TITLE_LINKS = new Set(['for', 'at', 'of', 'with', 'from', 'in']);
/** Most tokens of that body phrase. */
const MAX_TAIL_TOKENS = 6;

/**
 * "…, said a spokesman for the central bank.", "…, said Ann Lee of the institute.": a speaker phrase holding a title or
 * a name, then a preposition and a phrase that closes the sentence (or meets a comma or a dash), is one source phrase.
 * Returns the end of the phrase with its tail, else `e`.
 */
export function titledTail(doc: Doc, s: number, e: number, end: number): number {
  if (e >= end || !TITLE_LINKS.has(doc.keys[e]) || gapHas(doc, e, COMMA_DASH) || !isSourcePhrase(doc, s, e)) return e;
  let k = e + 1;
  while (k < end && k - e <= MAX_TAIL_TOKENS && !gapHas(doc, k, COMMA_DASH) && !doc.hitStarts[k]) k++;
  return k - e > 1 && k - e <= MAX_TAIL_TOKENS && (k === end || gapHas(doc, k, COMMA_DASH)) ? k : e;
}

/** A phrase that can name a source: a capitalised word, or a listed title, role or body word (officials, police). */
function isSourcePhrase(doc: Doc, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (/^\p{Lu}/u.test(doc.tokens[i].text) || doc.lex.titleWords.has(doc.keys[i])) return true;
  return false;
}

/**
 * "…, they said Sunday — murder carrying …": only a time word or two between the cue and a dash (or the sentence
 * end), so nothing after the cue is what was said. (A dash right after the cue may open a source aside before the
 * quotation: said — as reported by X — "…".)
 */
export function dashTail(doc: Doc, from: number, end: number): boolean {
  let k = from;
  while (k < end && k - from < 3 && (doc.lex.words.get(doc.keys[k]) === 'time'
    || doc.input.times.some((t) => t.start <= doc.tokens[k].start && t.end >= doc.tokens[k].end))) k++;
  return k > from && (k === end || gapHas(doc, k, DASH));
}
