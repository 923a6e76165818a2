import { isComplement } from '../clause.js';
import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { BREAK_GAP, OBJECT_SUFFIX, definiteAt, isStopWord } from './speaker-words.js';

// Where an unnamed source is placed (مسؤول في الوزارة، مصدر بالوزارة، مصادر مقربة من الرئيس): the words after it that
// the speaker chunker (speaker.ts) keeps in its phrase.

/** Adjectives of closeness that take من (مقربة من الرئيس، قريبة من الحكومة), as match keys. */
const NEAR = new Set(['مقرب', 'مقربه', 'مقربين', 'مقربون', 'المقرب', 'المقربه', 'المقربين', 'المقربون', 'قريب', 'قريبه', 'قريبين', 'القريبه']);

/** Verbs of working that place an unnamed source (مسؤول يعمل في الوزارة), as match keys. */
const WORKS = new Set(['يعمل', 'تعمل', 'يعملون', 'يعملان']);

const unnamedAt = (doc: Doc, i: number) => i >= 0 && doc.lex.titleWords.get(doc.keys[i])?.kind === 'unnamed';

/** True when the word at i is a verb of working right after an unnamed source (مسؤول يعمل), before في. */
export function worksAt(doc: Doc, i: number): boolean {
  return WORKS.has(doc.keys[i]) && unnamedAt(doc, i - 1) && doc.keys[i + 1] === 'في' && !gapHas(doc, i, BREAK_GAP);
}

/**
 * True when the word at i is an indefinite adjective right after an unnamed source (مصدر أمني، مسؤول كبير، مصادر مطلعة),
 * with no punctuation between: the في-phrase after it still places the source (مصدر أمني في بغداد).
 */
function describedUnnamedAt(doc: Doc, i: number): boolean {
  return i > 0 && unnamedAt(doc, i - 1) && !unnamedAt(doc, i) && !definiteAt(doc, i) && !isStopWord(doc, i) && !gapHas(doc, i, BREAK_GAP)
    // كبير is also a title in construct (كبير المفاوضين): only before a definite noun is it one.
    && !(doc.lex.titleWords.has(doc.keys[i]) && (i + 1 >= doc.tokens.length || definiteAt(doc, i + 1)));
}

/** True when the preposition at i continues a source phrase: في after an unnamed source (or one who works), من after مقربة. */
export function placesSource(doc: Doc, i: number): boolean {
  const key = doc.keys[i], prev = doc.keys[i - 1];
  if (prev === undefined || gapHas(doc, i, BREAK_GAP)) return false;
  if (key === 'من') return NEAR.has(prev) || unnamedAt(doc, i - 1);
  return key === 'في' && (unnamedAt(doc, i - 1) || worksAt(doc, i - 1) || describedUnnamedAt(doc, i - 1)) && doc.lex.words.get(doc.keys[i + 1]) !== 'speech';
}

/** Words of cause or manner that open with ب and never place a source (مسؤول بسبب، مصدر بدوره), as match keys. */
const NOT_PLACE_BI = new Set(['بسبب', 'بحسب', 'بعد', 'بدوره', 'بدورها', 'بدورهم', 'بن', 'باسم']);
/** Fewest letters of a ب-noun that places a source (بالوزارة، بميناء). */
const MIN_PLACE_BI_LETTERS = 4;

/** True when the word at i is ب + a noun (no function word, no pronoun ending) right after an unnamed source: its place. */
export function placesAttached(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  if (!key.startsWith('ب') || key.length < MIN_PLACE_BI_LETTERS || NOT_PLACE_BI.has(key) || doc.lex.words.has(key) || gapHas(doc, i, BREAK_GAP)) return false;
  if (doc.lex.titleWords.has(key) || OBJECT_SUFFIX.test(doc.tokens[i].text)) return false;
  if (!unnamedAt(doc, i - 1) && !describedUnnamedAt(doc, i - 1)) return false;
  // …before the particle or a comma, past at most MAX_PLACE_BI_TAIL definite words (بميناء البريقة، إن): طالب مسؤول
  // بالإفراج عن is the verb's ب-phrase.
  let n = i + 1;
  while (n < doc.tokens.length && n - i <= MAX_PLACE_BI_TAIL && !gapHas(doc, n, BREAK_GAP) && definiteAt(doc, n)) n++;
  return n < doc.tokens.length && (gapHas(doc, n, BREAK_GAP) || isComplement(doc, n));
}
/** Most definite words after a placing ب-noun (بوزارة الخارجية الأمريكية). */
const MAX_PLACE_BI_TAIL = 3;
