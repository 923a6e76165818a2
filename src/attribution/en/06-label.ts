import { clauseEnd, contentRange } from '../clause.js';
import { speechQuoteAt } from '../ar/content.js';
import { cueStartsAt, gapBefore, sentenceEnd, sentenceStart } from '../doc.js';
import type { Doc, Draft, Hit, Rule, SpeakerRef } from '../types.js';
import { speakerBefore } from './speaker-before.js';
import { commonNounSubject, englishAfter } from './speaker.js';

// Labels and reasons given for a judgement: "called the stabbing "an act of barbarity"" reports the quotation; "…,
// citing the move as a "grave abuse"" reports the object with its "as" phrase. A bare "called" (called the police)
// and a cited reason without "as" (citing security concerns) report nothing here.

/** Most tokens of the object between a label verb and its quotation (called the attack on the mosque "…"). */
const MAX_LABEL_OBJECT_TOKENS = 6;
/** Most tokens between "citing" and its "as" (citing the decision of the court as …). */
const MAX_CITED_TOKENS = 8;

/** The cue lemma that reports only a quotation after a short object (data/lexicons/en/cues.tsv: called, calls). */
export const LABEL_LEMMA = 'call';

/** The token of a quotation opening after a short object at `from` (her political party "…"), else -1. */
function labelQuoteAt(doc: Doc, from: number, end: number): number {
  if (from >= end || doc.lex.words.get(doc.keys[from]) === 'preposition') return -1;
  for (let k = from + 1; k < Math.min(end, from + MAX_LABEL_OBJECT_TOKENS + 1); k++) {
    if (/[,.;:!?()]/.test(gapBefore(doc, k)) || cueStartsAt(doc, k)) return -1;
    if (speechQuoteAt(doc, k)) return k;
  }
  return -1;
}

/** "X called the stabbing "an act of inexplicable barbarity."": the quotation after a short object. */
export const enLabel: Rule = {
  id: 'en-label',
  on: 'cue',
  apply(doc, hit): Draft | null {
    if (hit?.type !== 'cue' || hit.cue.lemma !== LABEL_LEMMA) return null;
    const floor = sentenceStart(doc, hit.start), end = sentenceEnd(doc, hit.start);
    const k = labelQuoteAt(doc, hit.end, end);
    if (k < 0) return null;
    const speaker = speakerBefore(doc, hit, floor) ?? (hit.cue.kind === 'participle' ? { kind: 'inherit', gender: '-', sentence: doc.sentOf[hit.start] } as const : null);
    if (!speaker) return null;
    const q = speechQuoteAt(doc, k)!;
    return {
      rule: 'en-label', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance, speaker,
      content: q.chars, direct: true, targets: [], sentence: doc.sentOf[hit.start],
    };
  },
};

/**
 * "A number of Senators condemned the act, citing the move as a "grave abuse of governmental power"": "citing" with
 * an object and "as" is the subject's judgement; the content is the object to the clause end. `hit` is the source
 * phrase "citing" (data/lexicons/en/sources.tsv).
 */
export function citingAs(doc: Doc, hit: Extract<Hit, { type: 'source' }>): Draft | null {
  const floor = sentenceStart(doc, hit.start), end = sentenceEnd(doc, hit.start);
  let as = -1;
  for (let k = hit.end + 1; k < Math.min(end - 1, hit.end + MAX_CITED_TOKENS + 1); k++) {
    if (/[,.;:!?()]/.test(gapBefore(doc, k))) break;
    if (doc.keys[k] === 'as') { as = k; break; }
  }
  if (as < 0 || doc.lex.words.get(doc.keys[hit.end]) === 'preposition') return null;
  const content = contentRange(doc, hit.end, Math.min(end, clauseEnd(doc, hit.end)));
  if (!content) return null;
  return {
    rule: 'en-citing-as', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: 'assert',
    speaker: subjectOf(doc, hit.start, floor), content, direct: false, targets: [], sentence: doc.sentOf[hit.start],
  };
}

/** The subject of an adjunct participle at `at`: the speaker of an earlier cue of the sentence, else its subject phrase. */
function subjectOf(doc: Doc, at: number, floor: number): SpeakerRef {
  const inherit = { kind: 'inherit', gender: '-', sentence: doc.sentOf[at] } as const;
  if (doc.hits.some((h: Hit) => h.type === 'cue' && h.start >= floor && h.start < at)) return inherit;
  const e = Math.max(englishAfter(doc, floor, at), commonNounSubject(doc, floor, at));
  return e > floor ? { kind: 'span', start: doc.tokens[floor].start, end: doc.tokens[e - 1].end, gender: '-' } : inherit;
}
