import type { Gender } from './lexicon/index.js';
import type { Doc } from './types.js';
import { firstWordAt, type Word } from '../text/words.js';
import { entitySex, mentionSex, surnameSex } from './en/gender.js';
import { phraseGender } from './ar/number.js';

// A speaker mention as the speaker chain (coref.ts) keeps it for later antecedents: its words, whether it can be a
// person, its sex or number, read once when it is seen.

/** A full speaker mention seen so far in the article. */
export interface Seen {
  text: string;
  start: number;
  end: number;
  gender: Gender;
  keys: string[];
  /** Could be a person (not an acronym, not headed by a body noun such as government/embassy). */
  person: boolean;
  /** English: the sex of a he/she that took this mention as its antecedent (The head of … told the court … She also said). */
  heard?: Gender;
  /** English: two or more joined by "and" (Miller and Smith): plural, never a he or she. */
  joint?: boolean;
  /** English: one titled or sexed person (the Italian foreign minister, Mr Lee): a "they" passes over it for a body near. */
  single?: boolean;
}

const ARTICLE = 'ال';
/** A key without its Arabic article, when a stem is left (الرئيس → رئيس), so a later bare mention matches it. */
export const bare = (k: string) => (k.startsWith(ARTICLE) && k.length > 4 ? k.slice(2) : k);
/** A known man or woman: never the antecedent of an English "they". */
export const oneSex = (g: Gender | undefined) => g === 'm' || g === 'f';

/** The head word of an English phrase: the last word before "of", else the last word (Police spokesman X → X). */
function englishHead<T extends { key: string }>(toks: T[]): T | undefined {
  const of = toks.findIndex((t) => t.key === 'of');
  return of > 0 ? toks[of - 1] : toks[toks.length - 1];
}

/** The sentence holding offset `at`. */
export function sentenceOf(doc: Doc, at: number): number {
  return doc.sentOf[firstWordAt(doc.tokens, at)];
}

/** A full mention from start to end as an antecedent: its words, whether it can be a person, its sex or number. */
export function seenOf(doc: Doc, start: number, end: number, refGender: Gender, words?: Word[]): Seen {
  const toks = words ?? wordsOf(doc, start, end);
  const keys = toks.map((t) => bare(t.key));
  const person = !(toks.length === 1 && /^[\p{Lu}\d]+$/u.test(toks[0].text))
    && !(doc.lex.lang === 'en' ? [englishHead(toks)] : toks).some((t) => t && doc.lex.titleWords.get(t.key)?.kind === 'body')
    // English: "Gdańsk residents", "officials" are never he or she.
    && !(doc.lex.lang === 'en' && doc.lex.titleWords.get(englishHead(toks)?.key ?? '')?.gender === 'pl')
    // "the company" is a body; "the mayor", "a spokesperson" (a determiner and one person's title) is a person.
    && !(toks.length === 2 && doc.lex.words.get(toks[0].key) === 'determiner' && !oneTitled(doc, toks[1].key))
    // English: "The Puerto Rico Center …", "The White House": the + capitalised words with no title names a body
    // ("the Turkish President Recep Tayyip Erdoğan" has one).
    && !(doc.lex.lang === 'en' && toks.length > 1 && toks[0].key === 'the' && /^\p{Lu}/u.test(toks[1].text)
      && !toks.some((t) => doc.lex.titleWords.has(t.key) || doc.lex.sexWords.get(t.key)?.kind === 'honorific'))
    // English: a person is named (a capital) or titled; "traffic camera footage" is not one.
    && (doc.lex.lang !== 'en' || toks.some((t) => /^\p{Lu}/u.test(t.text) || ['title', 'role'].includes(doc.lex.titleWords.get(t.key)?.kind ?? '')));
  // An English mention's sex is told by its words (Mr, spokeswoman, a given name), not by its verb.
  const first = firstWordAt(doc.tokens, start);
  let gender = refGender === '-' && doc.lex.lang === 'en' ? mentionSex(doc, toks, first > 0 ? doc.tokens[first - 1] : undefined) : refGender;
  // "Vázquez said" after "Wanda Vázquez Garced" (an object, so no earlier speaker mention): the earlier full name.
  if (gender === '-' && doc.lex.lang === 'en' && toks.length === 1) gender = surnameSex(doc, first);
  // "Putin said": a person of the gazetteer, by the first name of its English name.
  if (gender === '-' && doc.lex.lang === 'en') gender = entitySex(doc, start, end);
  // قال المسؤولون، وحسب مراسلين إسرائيليين: an Arabic phrase naming more than one is plural whatever its verb (a source
  // phrase has none), so a singular bare verb later passes over it.
  if (doc.lex.lang === 'ar') gender = phraseGender(doc, start, end, gender);
  const en = doc.lex.lang === 'en';
  const joint = en && keys.includes('and');
  const titled = toks.some((t) => { const w = doc.lex.titleWords.get(t.key); return (w?.kind === 'title' || w?.kind === 'role') && w.gender !== 'pl'; });
  return { text: doc.text.slice(start, end), start, end, gender, keys, person, joint, single: en && person && !joint && (oneSex(gender) || titled) };
}

/** English: a title, role or unnamed-source word naming one person (mayor, spokesperson, official), not a body. */
function oneTitled(doc: Doc, key: string): boolean {
  const w = doc.lex.titleWords.get(key);
  return doc.lex.lang === 'en' && !!w && w.kind !== 'body' && w.gender !== 'pl';
}

/**
 * The words from offset start to end. A last word the span ends inside (Tsvangirai's allegations: the speaker is
 * "Tsvangirai") is looked up without its possessive ending.
 */
export function wordsOf(doc: Doc, start: number, end: number): Word[] {
  const toks: Word[] = [];
  for (let i = firstWordAt(doc.tokens, start); i < doc.tokens.length && doc.tokens[i].start < end; i++) {
    const t = doc.tokens[i];
    if (t.end <= end) toks.push(t);
    else if (t.forms.length > 1) toks.push({ ...t, key: t.forms[t.forms.length - 1] });
  }
  return toks;
}
