import type { Article } from '../model/index.js';
import { cliticForms } from '../text/normalize/clitics.js';
import { tokenize, type Token } from '../text/tokens.js';
import { lookupKey, phrases, type Meaning, type Phrase } from '../time/lexicon.js';
import { MAX_DAY_OF_MONTH, YEAR_LOOKAHEAD_WORDS } from './constants.js';
import { paragraphTokens } from './paragraph-tokens.js';

/** What the fingerprint joins an article's title and paragraphs with. */
export const PARAGRAPH_SEPARATOR = '\n\n';

// Words of the time lexicons (data/lexicons/time: weekdays, months, number words, ordinals, units) read for
// translation anchors: what a translation keeps whether it writes it in words or digits, and what the time stage
// cannot resolve to a date without a publication date (a weekday, a day of a month without its year).

/** A time-lexicon phrase (or a number in digits) found at tokens [at, to). */
export interface Term {
  at: number;
  to: number;
  /** Characters [start, end) of its words in the text. */
  start: number;
  end: number;
  meanings: readonly Meaning[];
}

const DIGITS = /^\d+$/;
const DIGIT_0 = 48, DIGIT_9 = 57;
/** An English ordinal in digits (12th, 1st). */
const DIGIT_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Words allowed between a day and its month: "the 12th of October", "الثاني عشر من تشرين الأول". */
const DAY_MONTH_LINKS = new Set(['of', 'من']);
const YEAR = /^(1[89]|2[01])\d\d$/;

/** Word key → the phrases that may start with it, by any of its forms (most words: none); news repeats its words. */
const STARTING = new Map<string, readonly Phrase[]>();
/** Most word keys remembered; the memory is emptied when full. */
const MAX_REMEMBERED_WORDS = 50_000;
const NONE: readonly Phrase[] = [];

function startingAt(key: string): readonly Phrase[] {
  let ps = STARTING.get(key);
  if (ps) return ps;
  const index = phrases();
  // Proclitics are taken off the first word only (وفي الثاني عشر, بثمانية); the lexicon lists none.
  const found = (ARABIC_LETTER.test(key) ? cliticForms(key) : [key]).flatMap((f) => lookupKey(index, f) ?? []);
  ps = found.length ? found : NONE;
  if (STARTING.size >= MAX_REMEMBERED_WORDS) STARTING.clear();
  STARTING.set(key, ps);
  return ps;
}

/** The time-lexicon phrases and digit numbers of a text, in order, longest first, not overlapping. */
export function termsOf(tokens: readonly Token[], bases?: Int32Array): Term[] {
  const out: Term[] = [];
  const at = (i: number) => tokens[i].start + (bases ? bases[i] : 0);
  const end = (i: number) => tokens[i].end + (bases ? bases[i] : 0);
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    const c = t.key.charCodeAt(0);
    const digits = c >= DIGIT_0 && c <= DIGIT_9 ? (DIGITS.test(t.key) ? t.key : DIGIT_ORDINAL.exec(t.key)?.[1]) : undefined;
    if (digits) {
      out.push({ at: i, to: i + 1, start: at(i), end: end(i), meanings: [{ kind: 'number', value: Number(digits), digits: true }] });
      i++;
      continue;
    }
    let best: Term | undefined;
    for (const p of startingAt(t.key)) {
      const to = i + p.keys.length;
      if (best && to <= best.to) continue;
      if (p.keys.every((k, j) => j === 0 || tokens[i + j]?.key === k)) best = { at: i, to, start: at(i), end: end(to - 1), meanings: p.meanings };
    }
    if (best) out.push(best);
    i = best ? best.to : i + 1;
  }
  return out;
}

/** A text's words and the terms among them (the terms' offsets are into the text; the words are read by key only). */
export interface Words {
  tokens: readonly Token[];
  terms: readonly Term[];
  /** What to add to each token's offsets for the text's (articleWords: tokens keep their paragraph's); none when 0. */
  bases?: Int32Array;
}

/** The words and terms of a text. */
export function wordsOf(text: string): Words {
  const tokens = tokenize(text);
  return { tokens, terms: termsOf(tokens) };
}

/**
 * The words and terms of an article's text as the fingerprint reads it (title and paragraphs joined by blank lines),
 * from the paragraph words placement has already scanned: the paragraphs are not scanned again.
 */
export function articleWords(a: Pick<Article, 'title' | 'paragraphs'>): Words {
  const tokens: Token[] = tokenize(a.title);
  const bases: number[] = new Array<number>(tokens.length).fill(0);
  const perParagraph = paragraphTokens(a);
  let base = a.title.length + PARAGRAPH_SEPARATOR.length;
  a.paragraphs.forEach((p, i) => {
    for (const t of perParagraph[i]) {
      tokens.push(t);
      bases.push(base);
    }
    base += p.length + PARAGRAPH_SEPARATOR.length;
  });
  // The tokens keep their paragraph's offsets (they are shared); the terms get the text's.
  const at = Int32Array.from(bases);
  return { tokens, terms: termsOf(tokens, at), bases: at };
}

const meaning = <K extends Meaning['kind']>(t: Term | undefined, kind: K) => t?.meanings.find((m): m is Extract<Meaning, { kind: K }> => m.kind === kind);

/**
 * Calendar anchors that need no publication date, distinct, in text order: `weekday:6` for Saturday / السبت,
 * `--10-12` (ISO 8601 month and day) for "the 12th of October" / "الثاني عشر من تشرين الأول" when no year follows
 * (with a year the time stage resolves the date itself).
 */
export function calendarKeys(text: string, words: Words = wordsOf(text)): string[] {
  const { tokens, terms } = words;
  const out = new Set<string>();
  for (let n = 0; n < terms.length; n++) {
    const t = terms[n];
    const weekday = meaning(t, 'weekday');
    if (weekday) {
      out.add(`weekday:${weekday.weekday}`);
      continue;
    }
    const month = meaning(t, 'month');
    if (!month) continue;
    // The day before the month (12 October, the 12th of October) or after it (October 12).
    const before = terms[n - 1], after = terms[n + 1];
    const gap = before ? tokens.slice(before.to, t.at) : [];
    const dayBefore = before && gap.length <= 1 && gap.every((w) => DAY_MONTH_LINKS.has(w.key)) ? meaning(before, 'number') : undefined;
    const dayAfter = after && after.at === t.to ? meaning(after, 'number') : undefined;
    const day = [dayBefore, dayAfter].find((d) => d && d.value >= 1 && d.value <= MAX_DAY_OF_MONTH);
    if (!day) continue;
    const last = day === dayAfter ? after.to : t.to;
    if (tokens.slice(last, last + YEAR_LOOKAHEAD_WORDS).some((w) => YEAR.test(w.key))) continue;
    out.add(`--${String(month.month).padStart(2, '0')}-${String(day.value).padStart(2, '0')}`);
  }
  return [...out];
}
