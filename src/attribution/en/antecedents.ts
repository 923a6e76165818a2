import { gapHas, insideQuote } from '../doc.js';
import type { Gender } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { BREAK, CAPITAL, cls, inTime } from './phrase-bounds.js';
import { englishBefore } from './speaker.js';

// Named people in the text before an English pronoun or title-only mention, as its antecedent when no speaker or
// sentence subject stands for it (../coref.ts): a given name of the pronoun's sex, a title's named holder.

/** Lower-case particles inside a name (Mohammad bin Salman, Ursula von der Leyen). */
const NAME_PARTICLES = new Set(['bin', 'bint', 'al', 'de', 'der', 'van', 'von', 'da', 'di', 'la']);

/**
 * The first name in the sentence before token `at`'s that a capitalised given name or honorific marks as of sex `sex`
 * (… spoke with Anne Sacoolas. She informed police), outside quotation marks, as offsets; undefined when that sentence
 * holds none, or when `after` (the start of an antecedent already found) lies in it or later: a recent subject wins.
 * `subjectOnly`: only a name that opens the sentence or a reported clause in it (that Crown Prince X …).
 */
export function sexedName(doc: Doc, at: number, sex: Gender, after: number, subjectOnly = false): [number, number] | undefined {
  const s = doc.sentOf[at];
  if (s < 1) return undefined;
  const [first, last] = doc.sentTokens[s - 1];
  if (first >= last || after >= doc.tokens[first].start) return undefined;
  return nameIn(doc, first, last, sex, subjectOnly);
}

/**
 * The first such name earlier in the pronoun's own sentence, before token `at` (… administrator Emily Murphy sent a
 * letter, giving them access to what she described as …), for a pronoun that nothing before its sentence stands for.
 */
export function sexedNameBefore(doc: Doc, at: number, sex: Gender): [number, number] | undefined {
  const s = doc.sentOf[at];
  if (s < 0) return undefined;
  return nameIn(doc, doc.sentTokens[s][0], at, sex, false);
}

/** The first name of sex `sex` in tokens [first, last) outside quotation marks, as offsets (see sexedName). */
function nameIn(doc: Doc, first: number, last: number, sex: Gender, subjectOnly: boolean): [number, number] | undefined {
  for (let i = first; i + 1 < last; i++) {
    const w = doc.lex.sexWords.get(doc.keys[i]);
    // (written as a name, not an acronym: RAF is no Raf)
    if (!w || w.gender !== sex || w.kind === 'noun' || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[i].text)) continue;
    if (subjectOnly && !opensClause(doc, phraseStart(doc, i, first), first)) continue;
    // (nor the tail of a longer name: New York City is no York)
    if (nameTail(doc, i, first)) continue;
    const from = doc.tokens[i].start;
    if (insideQuote(doc, from)) continue;
    let e = i + 1;
    while (e < last && (!gapHas(doc, e, BREAK) || initialBefore(doc, e)) && !doc.lex.titleWords.has(doc.keys[e])
      && (CAPITAL.test(doc.tokens[e].text) && !cls(doc, e) || NAME_PARTICLES.has(doc.tokens[e].text) && e + 1 < last && CAPITAL.test(doc.tokens[e + 1].text))) e++;
    // (one of two joined names is no antecedent of a he or she: Dan Price and Leo Hart)
    if (e > i + 1 && doc.keys[e] !== 'and' && !(i > first && doc.keys[i - 1] === 'and')) return [from, doc.tokens[e - 1].end];
  }
  return undefined;
}

/** The first token of the capitalised titles and honorifics right before the name at token `i` (Crown Prince Mohammad). */
function phraseStart(doc: Doc, i: number, first: number): number {
  let p = i;
  while (p > first && CAPITAL.test(doc.tokens[p - 1].text) && !gapHas(doc, p, BREAK)
    && (doc.lex.titleWords.has(doc.keys[p - 1]) || doc.lex.sexWords.get(doc.keys[p - 1])?.kind === 'honorific' || !cls(doc, p - 1))) p--;
  return p;
}

/** Most tokens between "that" and the subject of its clause (that in December, Crown Prince …). */
const MAX_THAT_ADJUNCT = 4;

/**
 * Whether token `p` opens a clause as its subject: the sentence's first word, right after "that", or after the comma of
 * a short adjunct behind "that" (… revealed that in December, Crown Prince Mohammad …).
 */
function opensClause(doc: Doc, p: number, first: number): boolean {
  if (p === first || doc.keys[p - 1] === 'that') return true;
  if (!/^,\s*$/.test(doc.text.slice(doc.tokens[p - 1].end, doc.tokens[p].start))) return false;
  for (let k = p - 1; k >= Math.max(first, p - 1 - MAX_THAT_ADJUNCT); k--) {
    if (doc.keys[k] === 'that') return true;
    if (k < p - 1 && gapHas(doc, k + 1, BREAK)) return false;
  }
  return false;
}

/** Whether the gap before token `e` is only the full stop of a one-letter initial (Emily W. Murphy). */
function initialBefore(doc: Doc, e: number): boolean {
  return /^\p{Lu}$/u.test(doc.tokens[e - 1].text) && /^\.\s+$/.test(doc.text.slice(doc.tokens[e - 1].end, doc.tokens[e].start));
}

/**
 * Whether token `i` continues a capitalised word before it that is neither a title, an honorific (Crown Prince
 * Mohammad) nor a function word (New York).
 */
function nameTail(doc: Doc, i: number, first: number): boolean {
  return i > first && CAPITAL.test(doc.tokens[i - 1].text) && !cls(doc, i - 1) && !doc.lex.titleWords.has(doc.keys[i - 1])
    && doc.lex.sexWords.get(doc.keys[i - 1])?.kind !== 'honorific' && !gapHas(doc, i, BREAK);
}

/**
 * The named holder of title `key` (minister) nearest before token `at`, in its sentence or the one before, outside
 * quotation marks (… and Italian economic development minister Stefano Patuanelli sent a letter, but the minister said):
 * the speaker phrase ending at the name, as offsets; undefined when there is none that starts at or after offset `after`.
 */
export function titledName(doc: Doc, at: number, key: string, after: number): [number, number] | undefined {
  const s = doc.sentOf[at];
  if (s < 0) return undefined;
  const floor = doc.sentTokens[Math.max(0, s - 1)][0];
  for (let i = at - 2; i >= floor; i--) {
    if (doc.keys[i] !== key || doc.tokens[i].start < after) continue;
    let e = i + 1;
    while (e < at && CAPITAL.test(doc.tokens[e].text) && !cls(doc, e) && !doc.lex.titleWords.has(doc.keys[e]) && !inTime(doc, e)
      && !gapHas(doc, e, BREAK)) e++;
    const from = doc.tokens[i].start;
    if (e === i + 1 || insideQuote(doc, from)) continue;
    const k = englishBefore(doc, e, floor);
    const begin = k < e && k <= i && doc.tokens[k].start >= after ? k : i;
    // (President Trump's diagnosis: the name without its possessive ending)
    const last = doc.tokens[e - 1];
    return [doc.tokens[begin].start, /['’]s$/u.test(last.text) ? last.end - 2 : last.end];
  }
  return undefined;
}

/** Most tokens between "that" and a he or she that opens its clause (that in 2016 he …). */
const MAX_THAT_TO_PRONOUN = 4;

/**
 * The one person named in a noun phrase before "that" in the pronoun's own sentence, when the pronoun opens the that-
 * clause (The accusation against Biden is that in 2016 he called for …): the clause says something of that person,
 * not of the last speaker. As offsets of the mention; undefined unless exactly one person is named there (`sex` of
 * another sex by `otherSex` is none), outside quotation marks.
 */
export function thatClauseName(doc: Doc, at: number, otherSex: (start: number, end: number) => boolean): [number, number] | undefined {
  const s = doc.sentOf[at];
  if (s < 0) return undefined;
  const first = doc.sentTokens[s][0];
  let that = -1;
  for (let k = at - 1; k >= Math.max(first, at - 1 - MAX_THAT_TO_PRONOUN); k--) if (doc.keys[k] === 'that') { that = k; break; }
  // (nothing but a short adjunct between: that in 2016 he, not that the court ruled he …)
  if (that <= first) return undefined;
  for (let k = that + 1; k < at; k++) if (!inTime(doc, k) && !/^\d+$/u.test(doc.tokens[k].text) && cls(doc, k) !== 'preposition') return undefined;
  const from = doc.tokens[first].start, to = doc.tokens[that].start;
  let found: [number, number] | undefined, id: string | undefined;
  for (const e of doc.input.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.start < from || m.end > to || insideQuote(doc, m.start)) continue;
      if ((id !== undefined && id !== e.id) || otherSex(m.start, m.end)) return undefined;
      id = e.id;
      found = [m.start, m.end];
    }
  }
  return found;
}
