import { gapChars } from './gaps.js';
import { gapHas, quoteClosingBefore, quoteOpeningAt, sentenceEnd, sentenceStart } from './doc.js';
import type { Doc, Hit } from './types.js';
import { spelledLetter } from './ar/letter-names.js';

const COMMA = gapChars(',\u060C');
const COLON = gapChars(':\uFF1A');
/** A comma, a colon, a semicolon or a sentence end. */
export const PHRASE_END = gapChars(',\u060C:;.!?\u061F');
/** What ends a noun phrase read backwards (a comma, a colon, a dot, brackets, quotation marks). */
export const NP_END = gapChars(',\u060C:;.()«»"“”');
/** A sentence's end (. ! ? ؟). */
export const SENTENCE_END_MARKS = gapChars('.!?\u061F');
/** Anything that ends a clause, quotation marks and brackets included. */
export const CLAUSE_MARKS = gapChars(',\u060C:;.!?\u061F()«»“”"');

/** True when token i is a complement particle (أن، إن، بأن; that). */
// قناة (إن. بي. سي): إن spelled as a letter with its dot is no particle (ar/letter-names.ts).
export const isComplement = (doc: Doc, i: number) => doc.lex.words.get(doc.keys[i]) === 'complement' && !(doc.lex.lang === 'ar' && spelledLetter(doc, i));

/** Coordinators before a second cue with the same subject (declined the request and said …). */
const COORDINATORS = new Set(['and', 'but']);
/**
 * Arabic conjunctions that open a new clause before a cue (match keys); وكما: …، وكما أكدنا فإن …; and "but he/she/they"
 * (واعتبر أن الحديث مبكر ولكنه أكد أن …): a contrast with its own subject pronoun starts the next statement.
 */
const CLAUSE_OPENERS = new Set(['فيما', 'بينما', 'حيث', 'كما', 'وكما', 'حين', 'لكنه', 'ولكنه', 'لكنها', 'ولكنها', 'لكنهم', 'ولكنهم', 'لكنهما', 'ولكنهما']);

/** True when hit starts a new clause: a participle, a cue with و/ف, or anything after a comma or at a sentence start. */
export function startsClause(doc: Doc, hit: Hit): boolean {
  if (hit.start === sentenceStart(doc, hit.start) || gapHas(doc, hit.start, COMMA)) return true;
  if (hit.type === 'cue') {
    return (hit.cue.kind === 'participle' && !gerundAfterPreposition(doc, hit.start)) || hit.prefixed
      // بـ»العمل الإرهابي» قال المتحدث (Arabic): a cue right after a closing quotation mark.
      || (doc.lex.lang === 'ar' && quoteClosingBefore(doc, hit.start) !== undefined)
      // فيما وصفت، حيث قال، بينما أكد، وكما أكدنا: a cue after a subordinating conjunction.
      || (hit.start > 0 && CLAUSE_OPENERS.has(doc.keys[hit.start - 1]));
  }
  return false;
}

/** English prepositions after which an -ing cue is a gerund (of attacking, for saying, by claiming). */
const GERUND_PREPOSITIONS = new Set(['of', 'for', 'by', 'about', 'without', 'over']);

/**
 * accused the rebels of attacking civilians, criticised him for saying …: a participle cue right after such a
 * preposition is a gerund inside the object, no clause of its own (a comma before it was handled by the caller).
 */
function gerundAfterPreposition(doc: Doc, i: number): boolean {
  return doc.lex.lang === 'en' && i > 0 && GERUND_PREPOSITIONS.has(doc.keys[i - 1]);
}

/** Where a content starting at token `from` ends (exclusive token index): the sentence end or the next clause-initial cue. */
export function clauseEnd(doc: Doc, from: number): number {
  const end = openerAfterComma(doc, from, sentenceEnd(doc, from));
  for (let k = firstHitAfter(doc, from); k < doc.hits.length; k++) {
    const h = doc.hits[k];
    if (h.start >= end) break;
    if (h.type !== 'hedge' && startsClause(doc, h)) return openerStart(doc, h.start, from);
    // … and said …: a coordinated cue ends the clause before its "and".
    if (h.type === 'cue' && h.start - 1 > from && COORDINATORS.has(doc.keys[h.start - 1])) return h.start - 1;
  }
  return end;
}

/** Conjunctions that, right after a comma, open a clause of their own whatever verb follows (…، وكما أكدنا فإن …). */
const COMMA_CLAUSE_OPENERS = new Set(['وكما']);

/** The first token in (from, end) that is a COMMA_CLAUSE_OPENERS conjunction after a comma, else `end`. */
function openerAfterComma(doc: Doc, from: number, end: number): number {
  for (let i = from + 1; i < end; i++) if (COMMA_CLAUSE_OPENERS.has(doc.keys[i]) && gapHas(doc, i, COMMA)) return i;
  return end;
}

/**
 * Index of the first hit starting after token `i`: a binary search, as hits run in text order and contents are
 * many (a scan from the first hit for every content grew with the article).
 */
function firstHitAfter(doc: Doc, i: number): number {
  let lo = 0, hi = doc.hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.hits[mid].start <= i) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The start of the conjunction before a clause-initial cue at i (في حين، بينما), not before `floor`. */
function openerStart(doc: Doc, i: number, floor: number): number {
  if (i - 1 <= floor || !CLAUSE_OPENERS.has(doc.keys[i - 1])) return i;
  return doc.keys[i - 1] === 'حين' && i - 2 > floor && doc.keys[i - 2] === 'في' ? i - 2 : i - 1;
}

/** Character range of tokens [from, to). */
export function charRange(doc: Doc, from: number, to: number): [number, number] {
  return [doc.tokens[from].start, doc.tokens[to - 1].end];
}

/** The quotation opening right before token i, as a token range [first, last + 1), if any. */
export function quoteTokensAt(doc: Doc, i: number): { from: number; to: number; chars: [number, number] } | undefined {
  const q = quoteOpeningAt(doc, i);
  if (!q) return undefined;
  let to = i;
  while (to < doc.tokens.length && doc.tokens[to].start < q.end) to++;
  if (to === i) return undefined;
  return { from: i, to, chars: [q.start, q.end] };
}

/** True when the gap before token i holds a colon. */
export function colonBefore(doc: Doc, i: number): boolean {
  return gapHas(doc, i, COLON);
}

export function commaBefore(doc: Doc, i: number): boolean {
  return gapHas(doc, i, COMMA);
}

/** Trims a content range: drops trailing commas/quotes by construction (token edges), returns null when empty. */
export function contentRange(doc: Doc, from: number, to: number): [number, number] | null {
  if (from >= to || from >= doc.tokens.length) return null;
  return charRange(doc, from, to);
}
