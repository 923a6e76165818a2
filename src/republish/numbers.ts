import { readTsv } from '../extract/lexicon.js';
import { matchKey } from '../text/normalize/arabic.js';
import { wordsOf, type Term, type Words } from './calendar.js';
import { MIN_COUNTED_NUMBER, MIN_NUMBER_DIGITS } from './constants.js';
import { numberPhrases } from './number-words.js';

// Numbers as translation anchors: written with Arabic-Indic or Latin digits, a decimal comma or point, thousands
// separators, a scale word (million, مليار) or as a percentage, one value gives one key.

/** A number: digits with inner separators (point, comma, the Arabic decimal and thousands marks, the colon of 23:45). */
const NUMBER = /\d+(?:[.,:\u066B\u066C]\d+)*/g;
/** Commas (or Arabic thousands marks) between groups of three digits: thousands separators, not a decimal comma. */
const GROUPED = /^\d{1,3}(?:[,\u066C]\d{3})+$/;
/** The Arabic proclitic ب before a scale word (بمليار). */
const BEH = '\u0628';

let scaleRe: RegExp | undefined;
let scales: Map<string, string> | undefined;

/** The scale words of data/lexicons/number-scales.tsv as one sticky regex, longest first, and key → scale. */
function scaleWords(): { re: RegExp; scale: Map<string, string> } {
  if (!scaleRe || !scales) {
    scales = new Map(readTsv('number-scales.tsv', ['lang', 'form', 'scale']).map((r) => [matchKey(r.cells.form), r.cells.scale]));
    const forms = [...scales.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    scaleRe = new RegExp(`\\s?${BEH}?(${forms.join('|')})(?![\\p{L}\\p{N}])`, 'uy');
  }
  return { re: scaleRe, scale: scales };
}

/**
 * A letter and a hyphen, or a Latin letter, right before a number: the number is part of a name (COVID-19, كوفيد-19,
 * F-16, G20). An Arabic letter glued to it is a proclitic (و1250, ب2024): the number counts.
 */
const NAME_BEFORE = /(?:\p{L}[-\u2010\u2011]|[a-z])$/u;

/**
 * The numbers of a text as anchor keys, in text order: `1500000` for "1.5 million", `6%` for "6 بالمئة"; and those a
 * translation may write in words or digits either side (src/republish/calendar.ts: wordNumbers).
 */
export function numbersOf(text: string, words?: Words): string[] {
  const key = matchKey(text);
  const found: { at: number; n: string }[] = [];
  const out = { push: (n: string, at: number) => found.push({ at, n }) };
  for (const m of key.matchAll(NUMBER)) {
    const raw = m[0];
    // A number glued to a name repeats in every article on its topic and counts nothing.
    if (NAME_BEFORE.test(key.slice(Math.max(0, m.index - 2), m.index))) continue;
    const n = (GROUPED.test(raw) ? raw.replace(/[,\u066C]/g, '') : raw.replace(/\u066C/g, '').replace(/[,:\u066B]/g, '.')).replace(/^0+(?=\d)/, '');
    const by = scaleAt(key, m.index + raw.length);
    if (by === '%') out.push(`${n}%`, m.index);
    else if (by && /^\d+(?:\.\d+)?$/.test(n)) out.push(String(Math.round(Number(n) * Number(by))), m.index);
    else if (n.replace(/\D/g, '').length >= MIN_NUMBER_DIGITS) out.push(n, m.index);
  }
  const ws = words ?? wordsOf(text);
  // Numbers of two digits or more written in words (twenty-eight, ثمانية وعشرون); a count of days they hold is theirs.
  const phrases = numberPhrases(text, ws.tokens, ws.bases).filter((p) => String(p.value).length >= MIN_NUMBER_DIGITS);
  const inPhrase = (at: number) => phrases.some((p) => at >= p.start && at < p.end);
  const inWords = [
    ...wordNumbers(text, ws).filter((w) => !inPhrase(w.start)),
    ...phrases.map((p) => ({ start: p.start, n: scaleAt(matchKey(text.slice(p.end, p.end + SCALE_LOOKAHEAD_CHARS)), 0) === '%' ? `${p.value}%` : String(p.value) })),
  ];
  if (!inWords.length) return found.map((f) => f.n);
  // Word offsets are in text, digit offsets in its key (shorter by the diacritics it drops): map the few word offsets.
  const same = key.length === text.length;
  for (const w of inWords) found.push({ at: same ? w.start : matchKey(text.slice(0, w.start)).length, n: w.n });
  return found.sort((a, b) => a.at - b.at).map((f) => f.n);
}

/** Characters after a number searched for its scale word (` في المائة`, the longest form, and a space). */
const SCALE_LOOKAHEAD_CHARS = 16;

/**
 * The scale of the word right after offset `at` of a matchKey-ed text (a power of ten as a string, `%` for a
 * percentage), if a scale word of number-scales.tsv follows (the Arabic proclitic ب taken off: بمليار).
 */
export function scaleAt(key: string, at: number): string | undefined {
  const { re, scale } = scaleWords();
  re.lastIndex = at;
  const s = re.exec(key);
  return s ? scale.get(s[1].replace(/\s+/g, ' ')) : undefined;
}

/**
 * Numbers that one side of a translation may write in words and the other in digits: a count of days, weeks,
 * months or years (eight weeks, ثمانية أسابيع, 8 weeks; the dual عامين = two years), small as it may be; and a day of
 * a month written as an ordinal word (الثاني عشر من تشرين الأول = the 12th of October). Offsets are in text.
 */
export function wordNumbers(text: string, words: Words = wordsOf(text)): { start: number; n: string }[] {
  // Only spaces between a number and its unit (6% عام 2015 is no count of years).
  const adjacent = (a: Term | undefined, b: Term | undefined) => !!a && !!b && b.at === a.to && text.slice(a.end, b.start).trim() === '';
  const { terms } = words;
  const out: { start: number; n: string }[] = [];
  const has = (t: Term | undefined, kind: string) => !!t && t.meanings.some((m) => m.kind === kind);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i], next = terms[i + 1];
    const num = t.meanings.find((m) => m.kind === 'number');
    const unit = t.meanings.find((m) => m.kind === 'unit');
    if (num?.kind === 'number') {
      const counts = adjacent(t, next) && has(next, 'unit') && num.value >= MIN_COUNTED_NUMBER;
      const day = num.suffix === 'ordinal' && !num.digits && !!next && next.at <= t.to + 1 && has(next, 'month');
      // Two or more digits are read above; here one digit (or a word) that counts, and a day written as a word
      // (ordinal days under 10 are left out as their digits are).
      const small = String(num.value).length < MIN_NUMBER_DIGITS;
      if ((counts && (small || !num.digits)) || (day && !small)) out.push({ start: t.start, n: String(num.value) });
    } else if (unit?.kind === 'unit' && unit.count === 2 && !(adjacent(terms[i - 1], t) && has(terms[i - 1], 'number'))) {
      out.push({ start: t.start, n: '2' });
    }
  }
  return out;
}
