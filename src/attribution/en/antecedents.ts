import { gapHas, insideQuote } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Gender } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { englishBefore, inTime } from './speaker.js';

// Named people in the text before an English pronoun or title-only mention, as its antecedent when no speaker or
// sentence subject stands for it (../coref.ts): a given name of the pronoun's sex, a title's named holder.

const BREAK = gapChars(',;:.!?()"“”«»');
const CAPITAL = /^\p{Lu}/u;
const cls = (doc: Doc, i: number) => doc.lex.words.get(doc.keys[i]);

/** Lower-case particles inside a name (Mohammad bin Salman, Ursula von der Leyen). */
const NAME_PARTICLES = new Set(['bin', 'bint', 'al', 'de', 'der', 'van', 'von', 'da', 'di', 'la']);

/**
 * The first name in the sentence before token `at`'s that a capitalised given name or honorific marks as of sex `sex`
 * (… spoke with Anne Sacoolas. She informed police), outside quotation marks, as offsets; undefined when that sentence
 * holds none, or when `after` (the start of an antecedent already found) lies in it or later: a recent subject wins.
 * `subjectOnly`: only a name that opens the sentence.
 */
export function sexedName(doc: Doc, at: number, sex: Gender, after: number, subjectOnly = false): [number, number] | undefined {
  const s = doc.sentOf[at];
  if (s < 1) return undefined;
  const [first, last] = doc.sentTokens[s - 1];
  if (first >= last || after >= doc.tokens[first].start) return undefined;
  for (let i = first; i + 1 < last && (!subjectOnly || i === first); i++) {
    const w = doc.lex.sexWords.get(doc.keys[i]);
    // (written as a name, not an acronym: RAF is no Raf)
    if (!w || w.gender !== sex || w.kind === 'noun' || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[i].text)) continue;
    const from = doc.tokens[i].start;
    if (insideQuote(doc, from)) continue;
    let e = i + 1;
    while (e < last && !gapHas(doc, e, BREAK) && !doc.lex.titleWords.has(doc.keys[e])
      && (CAPITAL.test(doc.tokens[e].text) && !cls(doc, e) || NAME_PARTICLES.has(doc.tokens[e].text) && e + 1 < last && CAPITAL.test(doc.tokens[e + 1].text))) e++;
    // (one of two joined names is no antecedent of a he or she: Dan Price and Leo Hart)
    if (e > i + 1 && doc.keys[e] !== 'and' && !(i > first && doc.keys[i - 1] === 'and')) return [from, doc.tokens[e - 1].end];
  }
  return undefined;
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
