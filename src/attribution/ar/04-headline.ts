import { MAX_HEADLINE_SPEAKER_TOKENS } from '../constants.js';
import { colonBefore, contentRange } from '../clause.js';
import { gapHas } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc, Draft, Rule } from '../types.js';
import { opensMediaAddressee } from './addressee.js';
import { isStopWord, isTitle } from './speaker-words.js';
import { callAsksNobody } from './call-sense.js';
import { thingThreatens, threatensNobody } from './threat-sense.js';

/** Punctuation between two headline words that separates clauses. */
const BREAK = gapChars(',\u060C:;\u061B«»“”"');

/** True when sentence s lies in the title block. */
export function inTitle(doc: Doc, s: number): boolean {
  const sent = doc.input.sentences[s];
  return sent !== undefined && doc.input.blocks[sent.block]?.kind === 'title';
}

/** Most tokens of a subheading inside the body (عراقجي: لا بنود سرية في الاتفاق). */
const MAX_SUBHEADING_TOKENS = 20;
/** Most tokens of a subheading's speaker before its colon: a name or a short title (الجبير:، وزير الخارجية:). */
const MAX_SUBHEADING_SPEAKER_TOKENS = 3;
/** Fewest words of two letters or more in a subheading's content: a form's fields (الرقم: أ / 267، التاريخ: 9/10) have fewer. */
const MIN_SUBHEADING_CONTENT_WORDS = 3;
/** A word of two letters or more (no digit): what a subheading's speaker is made of and its content has enough of. */
const LETTER_WORD = /^[\p{L}\p{M}]{2,}$/u;
/** Marks that end a running sentence; a subheading line ends with none of them. */
const SENTENCE_END_MARKS = new Set([...'.!?\u061F\u2026"»”']);

/** True when the last character before `end` that is no white space, from `start` on, is a sentence end mark. */
function endsWithMark(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && /\s/.test(text[i])) i--;
  return i >= start && SENTENCE_END_MARKS.has(text[i]);
}

/** True when tokens from..to hold at least MIN_SUBHEADING_CONTENT_WORDS words of letters. */
function enoughWords(doc: Doc, from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < to && n < MIN_SUBHEADING_CONTENT_WORDS; k++) if (LETTER_WORD.test(doc.tokens[k].text)) n++;
  return n >= MIN_SUBHEADING_CONTENT_WORDS;
}

/**
 * True when sentence s is a subheading of the body: a paragraph of one short sentence with no end mark, as newspapers
 * set a speaker's headline between paragraphs (الوزير: الاتفاق صامد).
 */
export function isSubheading(doc: Doc, s: number): boolean {
  const sent = doc.input.sentences[s];
  if (!sent || doc.input.blocks[sent.block]?.kind !== 'paragraph') return false;
  if (doc.input.sentences[s - 1]?.block === sent.block || doc.input.sentences[s + 1]?.block === sent.block) return false;
  const [first, last] = doc.sentTokens[s];
  return last - first <= MAX_SUBHEADING_TOKENS && !endsWithMark(doc.text, sent.start, sent.end);
}

/** A headline "X: Y" (كيري: تصريحات خامنئي مقلقة), or such a subheading in the body: X is the speaker, Y what X said. */
export function headlineColon(doc: Doc, s: number, id: string): Draft | null {
  const title = inTitle(doc, s);
  if (!title && !isSubheading(doc, s)) return null;
  const [first, last] = doc.sentTokens[s];
  // وكفى خداعا: …: a subheading's speaker is a short phrase of name and title words, with no conjunction before it.
  if (!title && doc.tokens[first].text.startsWith('\u0648') && !isTitle(doc, first)) return null;
  const reach = title ? MAX_HEADLINE_SPEAKER_TOKENS : MAX_SUBHEADING_SPEAKER_TOKENS;
  for (let i = first + 1; i < Math.min(last, first + reach + 1); i++) {
    if (!title && isStopWord(doc, i - 1)) return null;
    if (!title && !LETTER_WORD.test(doc.tokens[i - 1].text)) return null; // 15:02، the time of a post
    if (!colonBefore(doc, i)) continue;
    if (doc.hits.some((h) => h.start >= first && h.start < i)) return null;
    if (!title && !enoughWords(doc, i, last)) return null;
    const content = contentRange(doc, i, last);
    if (!content) return null;
    // وزير الزراعة لـ«الصحيفة»: …: the media the speaker talked to close the headline's speaker.
    let end = i;
    for (let k = first + 1; k < i; k++) if (opensMediaAddressee(doc, k)) { end = k; break; }
    return {
      rule: id, cue: [doc.tokens[i - 1].end, doc.tokens[i].start], stance: 'assert',
      speaker: { kind: 'span', start: doc.tokens[first].start, end: doc.tokens[end - 1].end, gender: '-' },
      content, direct: false, targets: [], sentence: s,
    };
  }
  return null;
}

/** True when token i is و + a listed name (an entity mention starts right after the و) or و + a title word. */
function conjoinedName(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  if (!key.startsWith('و') || key.length <= 3) return false;
  const at = doc.tokens[i].start + 1;
  return doc.lex.titleWords.has(key.slice(1)) || doc.input.entities.some((e) => e.mentions.some((m) => m.start === at));
}

/** A headline "X يؤكد Y" (subject first, P9): the words before the cue are the speaker. */
export function headlineSubjectFirst(doc: Doc, s: number, id: string): Draft | null {
  if (!inTitle(doc, s)) return null;
  const [first, last] = doc.sentTokens[s];
  const hit = doc.hits.find((h) => h.type === 'cue' && h.start > first && h.start < last);
  if (!hit || hit.type !== 'cue' || hit.start - first > MAX_HEADLINE_SPEAKER_TOKENS) return null;
  if (doc.lex.words.has(doc.keys[hit.start - 1])) return null;
  // المتغيرات تدعو للتفاؤل، الحرب تهدد مشاريع الطاقة: a cue word whose sense reports nothing (ar/call-sense.ts, ar/threat-sense.ts).
  if (callAsksNobody(doc, hit, hit.end, last) || threatensNobody(doc, hit, hit.end, last) || thingThreatens(doc, hit.start, hit.cue.lemma)) return null;
  const content = contentRange(doc, hit.end, last);
  if (!content) return null;
  // الغارات تتواصل على «الكردستاني» وإردوغان ينفي: after a first clause, the speaker starts at its و.
  let from = doc.tokens[first].start;
  for (let p = hit.start - 1; p > first; p--) {
    if (!doc.keys[p].startsWith('و') || doc.keys[p].length <= 3) continue;
    let clause = false;
    for (let q = first; q < p && !clause; q++) clause = isStopWord(doc, q) || gapHas(doc, q + 1, BREAK);
    if (clause) from = doc.tokens[p].start + 1;
    break;
  }
  // روحاني يمتدح الاتفاق.. ونتنياهو يؤكد: a second headline sentence opened by و: its name or title starts after the و.
  if (from === doc.tokens[first].start && conjoinedName(doc, first)) from++;
  return {
    rule: id, cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance,
    speaker: { kind: 'span', start: from, end: doc.tokens[hit.start - 1].end, gender: hit.cue.gender },
    content, direct: false, targets: [], sentence: s,
  };
}

export const arHeadlineColon: Rule = { id: 'ar-headline-colon', on: 'title', apply: (doc, _h, s) => headlineColon(doc, s, 'ar-headline-colon') };
export const arHeadlineSubjectFirst: Rule = {
  id: 'ar-subject-verb', on: 'title', apply: (doc, _h, s) => headlineSubjectFirst(doc, s, 'ar-subject-verb'),
};
