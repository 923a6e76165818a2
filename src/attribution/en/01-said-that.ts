import { MAX_TARGET_TOKENS } from '../constants.js';
import { charRange, commaBefore, contentRange } from '../clause.js';
import { sentenceEnd, sentenceStart } from '../doc.js';
import type { Doc, Draft, Hit, Rule, SpeakerRef } from '../types.js';
import { englishContent } from './content.js';
import { englishAfter, englishBefore, isBe, skipBackAdverbs } from './speaker.js';

type CueHit = Extract<Hit, { type: 'cue' }>;
const span = (doc: Doc, s: number, e: number): SpeakerRef => ({ kind: 'span', start: doc.tokens[s].start, end: doc.tokens[e - 1].end, gender: '-' });

/** The speaker before the cue: a pronoun, a phrase, or (X, the …, said) the phrase before an apposition. */
function speakerBefore(doc: Doc, hit: CueHit, floor: number): SpeakerRef | null {
  const k = skipBackAdverbs(doc, hit.start, floor);
  if (k <= floor) return null;
  if (doc.lex.words.get(doc.keys[k - 1]) === 'pronoun') {
    return { kind: 'pronoun', start: doc.tokens[k - 1].start, end: doc.tokens[k - 1].end, gender: '-' };
  }
  if (commaBefore(doc, k)) {
    // X, the mayor of …, said: take X, before the first comma of the apposition.
    let c = k - 1;
    while (c > floor && !commaBefore(doc, c)) c--;
    if (c > floor) {
      const s = englishBefore(doc, c, floor);
      return s < c ? span(doc, s, c) : null;
    }
    return null;
  }
  const s = englishBefore(doc, k, floor);
  return s < k ? span(doc, s, k) : null;
}

/** The accused or the one asked: the object phrase after the cue. */
function targetsOf(doc: Doc, from: number, end: number): [number, number][] {
  const e = englishAfter(doc, from, Math.min(end, from + MAX_TARGET_TOKENS));
  return e > from ? [charRange(doc, from, e)] : [];
}

/** True when only a time phrase follows the cue to the sentence end (revealed on Saturday). */
function isTimeTail(doc: Doc, from: number, end: number): boolean {
  if (end - from > 3 || from >= end) return false;
  const c = doc.lex.words.get(doc.keys[from]);
  return c === 'preposition' && doc.lex.words.get(doc.keys[from + 1]) === 'time';
}

/** True when "to" follows the object after the cue (told them to leave). */
function toAfterObject(doc: Doc, from: number, end: number): boolean {
  for (let i = from + 1; i < Math.min(end, from + MAX_TARGET_TOKENS + 1); i++) if (doc.keys[i] === 'to') return true;
  return false;
}

/** X said (that) C · X told Y that C · X denied/accused/urged … · he said … · was claimed by X. */
export const enSaidThat: Rule = {
  id: 'en-said-that',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue') return null;
    const { cue } = hit;
    const floor = sentenceStart(doc, hit.start), end = sentenceEnd(doc, hit.start);
    const cueChars: [number, number] = [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end];
    const prev = hit.start - 1;
    if (prev >= floor && doc.lex.words.get(doc.keys[prev]) === 'determiner') return null; // the alleged attack
    // Passive: "The attack was claimed by X".
    if (prev >= floor && isBe(doc, prev)) {
      if (doc.keys[hit.end] !== 'by') return null;
      const e = englishAfter(doc, hit.end + 1, end);
      const s = englishBefore(doc, prev, floor);
      const content = contentRange(doc, s, prev);
      if (e === hit.end + 1 || !content) return null;
      return { rule: 'en-passive-by', cue: cueChars, stance: cue.stance, speaker: span(doc, hit.end + 1, e), content, direct: false, targets: [], sentence: doc.sentOf[hit.start] };
    }
    let speaker = speakerBefore(doc, hit, floor);
    let rule = 'en-said-that';
    // "as X noted, …": the outlet's aside, not a statement.
    if (speaker && speaker.kind === 'span') {
      const at = speaker.start;
      const s0 = doc.tokens.findIndex((t) => t.start === at);
      if (s0 > floor && doc.keys[s0 - 1] === 'as') return null;
    }
    if (!speaker && prev >= floor && (doc.keys[prev] === 'and' || doc.keys[prev] === 'but')) {
      // … declined the request and said …: the subject of the first verb.
      speaker = { kind: 'inherit', gender: '-', sentence: doc.sentOf[hit.start] };
      rule = 'en-coordinated';
    } else if (!speaker) {
      if (cue.kind !== 'participle' && !commaBefore(doc, hit.start) && hit.start !== floor) return null;
      // Blaming …, Saying …: the subject of the sentence, else the last speaker.
      const e = englishAfter(doc, floor, hit.start);
      speaker = e > floor ? span(doc, floor, e) : { kind: 'inherit', gender: '-', sentence: doc.sentOf[hit.start] };
      rule = 'en-participle';
    }
    const keepObject = cue.stance !== 'assert' || cue.frame.has('obj');
    let content = englishContent(doc, hit.end, keepObject && !cue.frame.has('that'), end);
    if (speaker.kind !== 'inherit') {
      // "…, police revealed on Saturday.": the report comes before the speaker.
      const s0 = doc.tokens.findIndex((t) => t.start === (speaker as { start: number }).start);
      const trailing = !content || isTimeTail(doc, hit.end, end);
      if (trailing && s0 > floor + 2 && commaBefore(doc, s0)) {
        const range = contentRange(doc, floor, s0);
        if (range) { content = { range, direct: false, from: floor, complement: false }; rule = 'en-content-said'; }
      }
    }
    if (!content) return null;
    const targets = (cue.stance === 'accuse' || cue.stance === 'demand') && !content.complement ? targetsOf(doc, hit.end, end) : [];
    // X tells Y to do Z: a demand.
    const stance = cue.stance === 'assert' && cue.frame.has('to') && !content.direct && toAfterObject(doc, hit.end, end) ? 'demand' : cue.stance;
    if (content.direct) rule = rule === 'en-said-that' ? 'en-said-quote' : rule;
    return { rule, cue: cueChars, stance, speaker, content: content.range, direct: content.direct, targets, sentence: doc.sentOf[hit.start] };
  },
};
