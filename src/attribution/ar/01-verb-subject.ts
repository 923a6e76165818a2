import { MAX_TARGET_TOKENS, MAX_TOKENS_QUOTE_TO_CUE, MIN_QUOTE_TOKENS } from '../constants.js';
import { charRange, colonBefore, commaBefore, quoteTokensAt } from '../clause.js';
import { quoteOpeningAt, sentenceEnd, sentenceStart } from '../doc.js';
import type { Doc, Draft, Hit, Rule, SpeakerRef } from '../types.js';
import { arabicContent, skipAdjuncts, speechQuoteAt } from './content.js';
import { arabicSubject, arabicSubjectBefore, hasPronounSuffix, isBiPhrase, isTitle } from './speaker.js';

/** Where the explicit subject after a cue is, or why there is none. */
function subjectAfter(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, j: number, end: number): [number, number] | null {
  const { cue } = hit;
  if (cue.kind === 'participle' || j >= end) return null;
  if (colonBefore(doc, j) || quoteOpeningAt(doc, j)) return null;
  const cls = doc.lex.words.get(doc.keys[j]);
  if (cls === 'complement' || cls === 'preposition' || cls === 'demonstrative' || cls === 'pronoun') return null;
  if (cue.gender === 'pl' || cue.gender === 'du') return null; // VSO keeps the verb singular: قالوا has its subject before it
  if (hasPronounSuffix(doc, j)) return null; // أعلنت انسحابها: an object
  const k = arabicSubject(doc, j, end);
  if (k === j) return null;
  // A lone definite noun that is no title (رفض الإفصاح، وذكر التصريح) is the object of a pro-drop verb.
  if (k - j === 1 && doc.keys[j].startsWith('ال') && !isTitle(doc, j)) return null;
  // A و-verb inside a sentence shares the subject of the verb before it (واستدعت السفير … وطالبت موسكو):
  // what follows is its object unless it is headed by a title.
  const midSentence = hit.start > sentenceStart(doc, hit.start) && !commaBefore(doc, hit.start);
  if (hit.prefixed && midSentence && !isTitle(doc, j)) return null;
  return [j, k];
}

/** SVO (P9): a title- or name-headed phrase right before the cue, starting at a clause boundary (لكن الرئيس … قال). */
function subjectBefore(doc: Doc, cueStart: number): [number, number] | null {
  const floor = sentenceStart(doc, cueStart);
  const s = arabicSubjectBefore(doc, cueStart, floor);
  if (s === cueStart) return null;
  const atBoundary = s === floor || commaBefore(doc, s) || quoteOpeningAt(doc, s) !== undefined
    || ['complement', 'boundary'].includes(doc.lex.words.get(doc.keys[s - 1]) ?? '');
  const headed = isTitle(doc, s) || !doc.keys[s].startsWith('ال');
  return atBoundary && headed && !hasPronounSuffix(doc, s) ? [s, cueStart] : null;
}

/** The accused or the one asked: the object phrase up to a ب-word, a particle or a quotation. */
function targetsOf(doc: Doc, from: number, end: number): [number, number][] {
  let k = from;
  while (k < end && k - from < MAX_TARGET_TOKENS) {
    if (k > from && (isBiPhrase(doc.keys[k]) || commaBefore(doc, k) || quoteOpeningAt(doc, k))) break;
    if (doc.lex.words.has(doc.keys[k])) break;
    k++;
  }
  return k > from ? [charRange(doc, from, k)] : [];
}

/** «…». قال الممثل: the quotation that ends just before the cue's clause (P5). */
function quoteBefore(doc: Doc, cueStart: number): [number, number] | null {
  const from = doc.tokens[Math.max(0, cueStart - MAX_TOKENS_QUOTE_TO_CUE)]?.start ?? 0;
  const at = doc.tokens[cueStart].start;
  const q = [...doc.quotes].reverse().find((x) => x.closeEnd <= at && x.closeEnd >= from);
  if (!q || !/^[\s.,\u060C]*$/.test(doc.text.slice(q.closeEnd, at))) return null;
  const words = doc.text.slice(q.start, q.end).trim().split(/\s+/).length;
  return words >= MIN_QUOTE_TOKENS ? [q.start, q.end] : null;
}

/** P1–P6: CUE [SUBJECT] [أن/إن/بأن | : | «»] CONTENT, or a bare و-cue inheriting the last speaker. */
export const arVerbSubject: Rule = {
  id: 'ar-verb-subject',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue') return null;
    const { cue } = hit;
    const end = sentenceEnd(doc, hit.start);
    let j = skipAdjuncts(doc, hit.end, end);
    const limit = hit.required ? hit.required[0] : end;
    const subject = subjectAfter(doc, hit, j, limit);
    let after = subject ? skipAdjuncts(doc, subject[1], end) : j;
    if (hit.required) after = skipAdjuncts(doc, hit.required[1], end);
    // A preposition of the verb's frame before a complement (أشار إلى أن، حذر من أن) or a bare frame (أشار إلى X).
    while (after < end && doc.lex.words.get(doc.keys[after]) === 'preposition' && !colonBefore(doc, after)) {
      let next = after + 1;
      // قال لـ«الشرق الأوسط»: skip the quoted addressee.
      const addressee = speechQuoteAt(doc, next) ?? quoteTokensAt(doc, next);
      if (doc.keys[after].length === 1 && addressee) { after = skipAdjuncts(doc, addressee.to, end); continue; }
      if (next < end && doc.lex.words.get(doc.keys[next]) === 'complement') { after = next; break; }
      if (!subject && !hit.required) {
        // وأضاف في وقت لاحق أن: skip a short adverbial before the particle.
        let k = next;
        while (k < Math.min(end, next + 4) && doc.lex.words.get(doc.keys[k]) !== 'complement' && !commaBefore(doc, k)) k++;
        after = k < end && doc.lex.words.get(doc.keys[k]) === 'complement' ? k : next;
      } else after = next;
      break;
    }
    const keepObject = cue.stance === 'deny' || cue.stance === 'accuse' || cue.stance === 'demand';
    const content = arabicContent(doc, after, keepObject, end);
    const before = subject || hit.prefixed || cue.kind === 'participle' ? null : subjectBefore(doc, hit.start);
    const speaker: SpeakerRef = subject
      ? { kind: 'span', start: doc.tokens[subject[0]].start, end: doc.tokens[subject[1] - 1].end, gender: cue.gender }
      : before ? { kind: 'span', start: doc.tokens[before[0]].start, end: doc.tokens[before[1] - 1].end, gender: cue.gender }
      : { kind: 'inherit', gender: cue.gender, sentence: doc.sentOf[hit.start] };
    const cueChars: [number, number] = [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end];
    if (!content) {
      const q = subject ? quoteBefore(doc, hit.start) : null;
      if (!q) return null;
      return { rule: 'ar-quote-then-cue', cue: cueChars, stance: cue.stance, speaker, content: q, direct: true, targets: [], sentence: doc.sentOf[hit.start] };
    }
    const targets = (cue.stance === 'accuse' || cue.stance === 'demand') && !content.complement ? targetsOf(doc, after, end) : [];
    const rule = cue.kind === 'participle' ? 'ar-participle'
      : before ? 'ar-subject-verb'
      : !subject ? 'ar-pro-drop'
      : content.direct ? 'ar-verb-subject-quote'
      : content.complement ? 'ar-verb-subject-anna' : 'ar-verb-subject-object';
    return { rule, cue: cueChars, stance: cue.stance, speaker, content: content.range, direct: content.direct, targets, sentence: doc.sentOf[hit.start] };
  },
};
