import { colonBefore, commaBefore } from '../clause.js';
import { gapChars } from '../gaps.js';
import { gapHas, quoteClosingBefore, quoteOpeningAt, sentenceStart } from '../doc.js';
import type { Doc } from '../types.js';
import { relativeGender } from './antecedent.js';
import { arabicSubjectBefore } from './speaker-before.js';
import { definiteAt, hasPronounSuffix, isBiPhrase, isTitle } from './speaker-words.js';
import { KANA } from './subjects.js';
import { MAX_APPOSITION_TOKENS } from './cue-subject.js';

// Where a cue's written subject stands before the verb (SVO): a title- or name-headed phrase at a clause boundary, with
// its apposition, a bracketed aside or a قد between; the subject after the verb (VSO) is read in cue-subject.ts.

/** SVO (P9): a title- or name-headed phrase right before the cue, starting at a clause boundary (لكن الرئيس … قال). */
export function subjectBefore(doc: Doc, cueStart: number): [number, number] | null {
  const floor = sentenceStart(doc, cueStart);
  // وكان المرشد … قد قال: the particle قد stands between the subject and its verb.
  const e = cueStart - 1 > floor && doc.keys[cueStart - 1] === 'قد' ? cueStart - 1 : cueStart;
  // سبق- وكالات: أعلنت الوزارة، الرياض - واس: قال: a phrase closed by a colon before the verb is a dateline or a byline, never its subject.
  if (colonBefore(doc, e)) return null;
  const s = arabicSubjectBefore(doc, e, floor);
  // مما يؤكد أن …: the relative "which" is no subject (the verb goes on with the last speaker); nor is a relative
  // clause (الأغنية التي تولى تلحينها بنفسه، كتب …): the words after التي/الذي are its own.
  if (doc.keys[s] === 'مما' || (s > floor && s < e && relativeGender(doc.keys[s - 1]) !== undefined)) return null;
  // نقلت الوكالة عن مسؤول قوله إن: the one quoted stands between عن and the verbal noun.
  const quotedFrom = QUOTED_SAYING.has(doc.keys[cueStart]);
  const atBoundary = (x: number) => x === floor || commaBefore(doc, x) || quoteOpeningAt(doc, x) !== undefined || (quotedFrom && doc.keys[x - 1] === 'عن')
    || ['complement', 'boundary'].includes(doc.lex.words.get(doc.keys[x - 1]) ?? '');
  const headed = (x: number) => (isTitle(doc, x) || !definiteAt(doc, x)) && !hasPronounSuffix(doc, x);
  // وبالنسبة لعدم تخفيض الرواتب، دعا المانحون: a preposition phrase set off by a comma before the verb is an adjunct,
  // not its subject (a name set off by commas is: …، تشاك شومر، قد أعلن).
  const adjunct = s < e && commaBefore(doc, e) && isBiPhrase(doc.keys[s].replace(/^[وف]/, ''));
  // وكان النواب الفرنسيون قد أكدوا: كان … قد brackets the subject, whatever heads it.
  const bracketed = e < cueStart && s < e && s > floor && KANA.has(doc.keys[s - 1]) && !hasPronounSuffix(doc, s);
  // وعن المسلسلين «الدار» و«ليل طويل» قالت: the last of quoted titles joined by و is no subject (the verb drops it).
  if (s < e && coordinatedQuote(doc, s)) return null;
  if (s < e && atBoundary(s) && (headed(s) || bracketed) && !adjunct) {
    // لكن سامي نور، رئيس الشركة، أوضح: the name before a title in apposition belongs to the subject.
    const n = commaBefore(doc, s) && isTitle(doc, s) ? arabicSubjectBefore(doc, s, floor) : s;
    return n < s && atBoundary(n) && headed(n) && !doc.keys[n].startsWith('ال') ? [n, e] : [s, e];
  }
  // لكن مدير الوكالة (سي آي إيه) جورج تينيت هدد: a short bracketed aside (an abbreviation) inside the subject is passed
  // back to the title before it.
  const o = s < e ? asideOpening(doc, s, floor) : -1;
  if (o >= 0) {
    const n = arabicSubjectBefore(doc, o, floor);
    if (n < o && atBoundary(n) && isTitle(doc, n)) return [n, e];
  }
  // إلا أن مارك زوكربيرغ، مؤسس الشركة ورئيسها التنفيذي، أوضح أن …: a name, then a title-headed apposition between commas.
  if (!commaBefore(doc, e)) return null;
  for (let c = e - 1; c > floor && e - c <= MAX_APPOSITION_TOKENS; c--) {
    if (!commaBefore(doc, c)) continue;
    if (!isTitle(doc, c)) return null;
    const n = arabicSubjectBefore(doc, c, floor);
    return n < c && atBoundary(n) && headed(n) && !doc.keys[n].startsWith('ال') ? [n, e] : null;
  }
  return null;
}

const OPEN_BRACKET = gapChars('('), CLOSE_BRACKET = gapChars(')');
/** Longest bracketed aside passed inside a subject before its verb (سي آي إيه), in tokens. */
const MAX_ASIDE_TOKENS = 5;

/** The token whose gap opens the bracket that closes right before token s, or -1 when there is none that short. */
function asideOpening(doc: Doc, s: number, floor: number): number {
  if (!gapHas(doc, s, CLOSE_BRACKET)) return -1;
  for (let o = s - 1; o > floor && s - o <= MAX_ASIDE_TOKENS; o--) {
    if (o + 1 < s && gapHas(doc, o + 1, CLOSE_BRACKET)) return -1;
    if (gapHas(doc, o, OPEN_BRACKET)) return o;
  }
  return -1;
}

/** True when a quotation opens at token s right after a lone و that follows another quotation («…» و«…»). */
function coordinatedQuote(doc: Doc, s: number): boolean {
  return s > 1 && doc.keys[s - 1] === 'و' && quoteOpeningAt(doc, s) !== undefined && quoteClosingBefore(doc, s - 1) !== undefined;
}

/** The verbal noun of saying with the quoted one's pronoun (عن مسؤول قوله إن), as match keys. */
export const QUOTED_SAYING = new Set(['قوله', 'قولها', 'قولهم']);
