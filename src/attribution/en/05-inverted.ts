import { commaBefore, contentRange } from '../clause.js';
import { gapHas, sentenceEnd, sentenceStart } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc, Draft, Rule } from '../types.js';
import { englishAfter } from './speaker.js';

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
    if (hit.start - start < MIN_CLAUSE_TOKENS) return null;
    // (a quotation before the cue is en-quote-said's)
    if (doc.quotes.some((q) => q.closeEnd <= doc.tokens[hit.start].start && q.closeEnd >= doc.tokens[hit.start - 1].end)) return null;
    // said, "Now …": the speaker follows the cue with nothing between, never inside a quotation.
    if (hit.end >= end || !/^\s+$/.test(doc.text.slice(doc.tokens[hit.end - 1].end, doc.tokens[hit.end].start))) return null;
    const e = englishAfter(doc, hit.end, end);
    if (e === hit.end || !isSourcePhrase(doc, hit.end, e)) return null;
    if (e < end && !(gapHas(doc, e, DASH) || gapHas(doc, e, COMMA_DASH) && adjunctAt(doc, e))) return null;
    const content = contentRange(doc, start, hit.start);
    if (!content) return null;
    return {
      rule: 'en-inverted', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance,
      speaker: { kind: 'span', start: doc.tokens[hit.end].start, end: doc.tokens[e - 1].end, gender: '-' },
      content, direct: false, targets: [], sentence: doc.sentOf[hit.start],
    };
  },
};

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
