import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { BREAK_BEFORE } from './phrase-bounds.js';
import { englishBefore } from './speaker.js';

// A speaker phrase before a cue that is more than a name or a title: a titled head tied to the body it speaks for
// ("a spokeswoman for the ministry", "people familiar with the talks", "officials from both sides"), lower-case
// modifiers before a listed head ("local health officials") and a count before it ("two officials"). speaker-before.ts
// widens the phrase it found with these; kept apart so that file reads as the order of its cases.

/** Links between a titled head and the body it speaks for (a lawyer for the family, an official with the agency). */
const BODY_LINKS = new Set(['for', 'with']);
/** Adjectives that, with their preposition, tie an anonymous source to what it knows (close to, familiar with). */
/** (people with knowledge of …: "with" before "knowledge" is part of the link) */
const SOURCE_LINKS: ReadonlyMap<string, string> = new Map([['close', 'to'], ['familiar', 'with'], ['closest', 'to'], ['knowledge', 'of']]);
/** Lower-case heads of an anonymous source that the title list leaves out (people familiar with …). */
const SOURCE_HEADS = new Set(['people', 'someone', 'person', 'insiders', 'insider']);

/**
 * Start of the phrase "HEAD for/with/close to/familiar with <s…>" when token `s` opens the body phrase after such a link
 * and the head is a listed title (spokesman, lawyer, source) or an anonymous head (people), else `s`.
 */
export function bodyLinkStart(doc: Doc, s: number, floor: number): number {
  let h = -1;
  if (s - 3 >= floor && SOURCE_LINKS.get(doc.keys[s - 2]) === doc.keys[s - 1]) h = doc.keys[s - 2] === 'knowledge' && doc.keys[s - 3] === 'with' ? s - 3 : s - 2;
  else if (s - 2 >= floor && BODY_LINKS.has(doc.keys[s - 1])) h = s - 1;
  if (h < 0 || gapHas(doc, h, BREAK_BEFORE) || gapHas(doc, s, BREAK_BEFORE) || gapHas(doc, h + 1, BREAK_BEFORE)) return s;
  const head = doc.keys[h - 1];
  if (!doc.lex.titleWords.has(head) && !(h < s - 1 && SOURCE_HEADS.has(head))) return s;
  const s2 = englishBefore(doc, h, floor);
  if (s2 < h) return s2;
  // ("People familiar with …" opening the clause, "two people close to …": the bare head, with a number or a
  // determiner before it)
  let b = h - 1;
  if (b - 1 >= floor && !gapHas(doc, b, BREAK_BEFORE) && (/^\d|^(two|three|four|several|some|many)$/.test(doc.keys[b - 1]) || doc.lex.words.get(doc.keys[b - 1]) === 'determiner')) b--;
  return b;
}

/** Most lower-case words modifying a listed head before it (local health officials, senior security sources). */
const MAX_MODIFIER_WORDS = 3;

/** Question, relative and linking words that open a clause, never a modifier (what organizers estimated, whereas critics say). */
const WH_WORDS = new Set(['what', 'whatever', 'where', 'when', 'how', 'why', 'which', 'who', 'whom', 'whose', 'than', 'whereas', 'while', 'whilst',
  'although', 'though', 'because', 'since', 'unless', 'whether', 'if', 'as', 'but', 'and', 'or', 'nor', 'so', 'yet', 'then', 'once', 'until']);

/**
 * Start of "health officials", "local health officials", "Syrian security sources" when the phrase from `s` opens with
 * a lower-case listed head (officials, sources) after plain lower-case words, and those words open their clause (at
 * its start or after a comma, an article, a count or a capitalised word); else `s`.
 */
export function modifiersBefore(doc: Doc, s: number, floor: number): number {
  const cls = (i: number) => doc.lex.words.get(doc.keys[i]);
  if (!doc.lex.titleWords.has(doc.keys[s]) || !/^\p{Ll}/u.test(doc.tokens[s].text)) return s;
  let m = s;
  while (m > floor && s - m < MAX_MODIFIER_WORDS && /^\p{Ll}+$/u.test(doc.tokens[m - 1].text) && (!cls(m - 1) || doc.lex.titleWords.has(doc.keys[m - 1]))
    && !doc.hitStarts[m - 1] && !/ing$/.test(doc.keys[m - 1]) && !WH_WORDS.has(doc.keys[m - 1]) && !gapHas(doc, m, BREAK_BEFORE)) m--;
  if (m === s) return s;
  if (m === floor || gapHas(doc, m, BREAK_BEFORE)) return m;
  const b = m - 1;
  const opener = cls(b) === 'determiner' || SPEAKER_COUNTS.has(doc.keys[b]) || /^\p{Lu}/u.test(doc.tokens[b].text) && !cls(b);
  return opener && (b === floor || gapHas(doc, b, BREAK_BEFORE)) ? b : s;
}

/** Counts before a speaker phrase's head (two officials, several witnesses). */
export const SPEAKER_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'few', 'numerous', 'multiple']);

/** Words that may open the body phrase after a head's preposition besides articles (officials from both sides). */
const BODY_QUANTIFIERS = new Set(['both', 'all', 'each', 'either']);
/** Most words of that body phrase. */
const MAX_BODY_WORDS = 3;
/** Prepositions tying a listed head to the side or matter it speaks for (officials from both sides, sources on all sides). */
const SIDE_LINKS = new Set(['from', 'on', 'in', 'at', 'within', 'for', 'with']);

/**
 * Start of "HEAD PREP body" ending before the cue at `k` (officials from both sides, diplomats familiar with the talks,
 * sources close to the negotiations) when the body is a few lower-case words, articles or quantifiers that englishBefore
 * does not read, and the head is a listed title or an anonymous head; else `k`.
 */
export function headBeforeBody(doc: Doc, k: number, floor: number): number {
  const cls = (i: number) => doc.lex.words.get(doc.keys[i]);
  let j = k - 1;
  while (j > floor && k - j <= MAX_BODY_WORDS && !gapHas(doc, j + 1, BREAK_BEFORE) && (BODY_QUANTIFIERS.has(doc.keys[j]) || cls(j) === 'determiner'
    || !cls(j) && /^\p{Ll}+$/u.test(doc.tokens[j].text) && !doc.hitStarts[j])) j--;
  // ("the government to extradite people": "to" links only after "close", as in sources close to the talks)
  const linked = SOURCE_LINKS.get(doc.keys[j - 1]) === doc.keys[j] && !gapHas(doc, j, BREAK_BEFORE);
  if (j === k - 1 || j <= floor || !SIDE_LINKS.has(doc.keys[j]) && !linked || gapHas(doc, j + 1, BREAK_BEFORE) || gapHas(doc, j, BREAK_BEFORE)) return k;
  const h = linked ? j - 1 : j;
  if (h - 1 < floor || !doc.lex.titleWords.has(doc.keys[h - 1]) && !SOURCE_HEADS.has(doc.keys[h - 1])) return k;
  const s = englishBefore(doc, h, floor);
  return s < h ? s : k;
}
