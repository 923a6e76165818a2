import { gapBefore } from '../doc.js';
import type { Doc } from '../types.js';

/** Documents a reduced participle describes before its cue (a statement posted on Facebook said …). */
const DOCUMENT_NOUNS = new Set(['statement', 'letter', 'post', 'tweet', 'message', 'release', 'report', 'video', 'communique', 'document']);
/** Irregular past participles that describe a document (a letter sent to the council). */
const IRREGULAR_PARTICIPLES = new Set(['sent', 'seen', 'written', 'read', 'given', 'made']);
/** Most words between a document's article and its noun (A joint statement, the final annual report). */
const MAX_DOCUMENT_MODIFIERS = 2;

/**
 * "A statement posted on Facebook said …", "A letter sent to the council said …": the phrase found before the cue at
 * `s` is the object of a reduced participle describing a document; the speaker phrase opens at the document's article.
 * That token, or `s` when the phrase before `s` is no such participle.
 */
export function documentParticipleStart(doc: Doc, s: number, floor: number): number {
  const prep = s - 1, verb = s - 2, noun = s - 3;
  if (noun <= floor || doc.lex.words.get(doc.keys[prep]) !== 'preposition') return s;
  if (!/^\p{Ll}+ed$/u.test(doc.tokens[verb].text) && !IRREGULAR_PARTICIPLES.has(doc.tokens[verb].text)) return s;
  if (!DOCUMENT_NOUNS.has(doc.keys[noun]) || [prep, verb, s].some((i) => /[,.;:!?()"“”—–]/.test(gapBefore(doc, i)))) return s;
  let d = noun;
  while (d - 1 >= floor && noun - d < MAX_DOCUMENT_MODIFIERS + 1 && doc.lex.words.get(doc.keys[d - 1]) !== 'determiner'
    && /^\p{Ll}+$/u.test(doc.tokens[d - 1].text) && !doc.lex.words.get(doc.keys[d - 1]) && !/[,.;:!?()"“”—–]/.test(gapBefore(doc, d))) d--;
  return d - 1 >= floor && doc.lex.words.get(doc.keys[d - 1]) === 'determiner' && !/[,.;:!?()"“”—–]/.test(gapBefore(doc, d)) ? d - 1 : s;
}
