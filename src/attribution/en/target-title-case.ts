import { firstWordAt } from '../../text/words.js';
import type { Doc } from '../types.js';

// UN Urges Calm In Capital, Nurses Demand Pay Rise: in a line whose words are nearly all capitalised, a capital marks
// no name, so a capitalised object (Calm, Pay Rise) is no party. There a target must be what the entity stage found
// (a mention: UN, Iran) or a word the lexicon knows as a title or body (Police, Government), not any capitalised run.

/** Share of a sentence's content words (no lexicon function words) capitalised in a title-case line: one stray lower-case
 * word in ten (US House of Representatives impeaches President Trump, five names and a verb, is sentence case). */
const TITLE_CASE_SHARE = 0.9;
/** Fewest content words of a title-case sentence (two capitalised words may just be a name and its verb). */
const MIN_TITLE_CASE_WORDS = 3;

/** Sentences already judged, by document: the judgement costs a pass over the sentence's words. */
const judged = new WeakMap<Doc, Map<number, boolean>>();

/** True when the sentence holding token k is in title case (nearly every content word capitalised). */
export function titleCaseAt(doc: Doc, k: number): boolean {
  const s = doc.sentOf[k];
  if (s === undefined) return false;
  let bySentence = judged.get(doc);
  if (!bySentence) judged.set(doc, bySentence = new Map());
  let v = bySentence.get(s);
  if (v === undefined) bySentence.set(s, v = isTitleCase(doc, s));
  return v;
}

function isTitleCase(doc: Doc, s: number): boolean {
  const [first, last] = doc.sentTokens[s];
  let words = 0, capitals = 0;
  for (let k = first; k < last; k++) {
    const t = doc.tokens[k].text;
    // (Numbers, and the function words title case may leave in lower case: to, of, in.)
    if (!/^\p{L}/u.test(t) || doc.lex.words.has(doc.keys[k])) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) capitals++;
  }
  return words >= MIN_TITLE_CASE_WORDS && capitals >= TITLE_CASE_SHARE * words;
}

/**
 * True when tokens [from, to) stand in a title-case sentence and hold a capitalised word that is neither a name the
 * article shows (knownName) nor a lexicon word (a title or body word, a function word): a capitalised run taken for a
 * name there.
 */
export function unknownInTitleCase(doc: Doc, from: number, to: number): boolean {
  if (from >= to || !titleCaseAt(doc, from)) return false;
  for (let k = from; k < to; k++) {
    const key = doc.keys[k];
    if (!/^\p{Lu}/u.test(doc.tokens[k].text) || doc.lex.words.has(key) || doc.lex.titleWords.has(key) || knownName(doc, k)) continue;
    return true;
  }
  return false;
}

/** The same for a character range (a target as the readers return it). */
export function unknownRangeInTitleCase(doc: Doc, r: [number, number]): boolean {
  return unknownInTitleCase(doc, firstWordAt(doc.tokens, r[0]), firstWordAt(doc.tokens, r[1]));
}

/**
 * True when the capitalised word at token k is a name the article shows elsewhere: inside a mention the entity stage
 * found other than by capitals (a gazetteer name, a surname: UN, Biden), or capitalised inside a sentence that is not
 * in title case (Acme, when the body says "blamed Acme Holdings"). A chunk mention of the title-case line is made of
 * its capitals (Accuses Rivals Of Lying) and shows nothing.
 */
function knownName(doc: Doc, k: number): boolean {
  const { start, end } = doc.tokens[k];
  return namesOf(doc).has(doc.keys[k])
    || doc.input.entities.some((e) => e.mentions.some((m) => m.via !== 'chunk' && m.start <= start && end <= m.end));
}

/** Names found, by document. */
const names = new WeakMap<Doc, Set<string>>();

/** The keys of words capitalised past the first word of a sentence not in title case: the names the body shows. */
function namesOf(doc: Doc): Set<string> {
  let out = names.get(doc);
  if (out) return out;
  names.set(doc, out = new Set());
  for (let s = 0; s < doc.sentTokens.length; s++) {
    const [first, last] = doc.sentTokens[s];
    if (first >= last || titleCaseAt(doc, first)) continue;
    for (let k = first + 1; k < last; k++) if (/^\p{Lu}/u.test(doc.tokens[k].text)) out.add(doc.keys[k]);
  }
  return out;
}
