import { commaBefore } from '../clause.js';
import { gapBefore } from '../doc.js';
import type { Doc, Hit, SpeakerRef } from '../types.js';
import { commonNounSubject, englishAfter, skipBackAdverbs, subordinateSubject } from './speaker.js';
import { span } from './speaker-before.js';
import { isNameWord, passiveBefore, SPOKEN } from './verb-reading.js';

type CueHit = Extract<Hit, { type: 'cue' }>;

/**
 * "spoke", a cue only before a quotation (spoke on Fox News, "…"), mostly reports nothing (spoke to students in …): it
 * gives a later participle of its sentence no speaker of its own. (Every colon-only cue alike — responded, continued —
 * was tried: speakers right, but claims dev8 0.317 → 0.302 as the corrected statements joined another claim.)
 */
const colonOnly = (h: Hit) => h.type === 'cue' && h.cue.lemma === 'speak';

/** Leading "On Monday," / "In a statement,": the subject starts after the first comma within a few tokens. */
function subjectStart(doc: Doc, floor: number, limit: number): number {
  const c = doc.lex.words.get(doc.keys[floor]);
  if (c !== 'preposition' && c !== 'time' && c !== 'boundary' && c !== 'adverb') return floor;
  for (let i = floor + 1; i < Math.min(limit, floor + 6); i++) if (commaBefore(doc, i)) return i;
  return floor;
}

const inherit = (doc: Doc, hit: CueHit): SpeakerRef => ({ kind: 'inherit', gender: '-', sentence: doc.sentOf[hit.start] });

/**
 * The speaker of a cue with no subject right before it, found in its clause: the subject of a first verb coordinated
 * with it (… declined the request and said …: 'en-coordinated'), or of the sentence a participle ends (Blaming …,
 * X said …, noting …: 'en-participle'). Null when the cue reports nothing.
 */
export function clauseSubject(doc: Doc, hit: CueHit, floor: number, end: number): { speaker: SpeakerRef; rule: string } | null {
  const { cue } = hit;
  const before = skipBackAdverbs(doc, hit.start, floor) - 1;
  if (before >= floor && (doc.keys[before] === 'and' || doc.keys[before] === 'but')) {
    if (cue.kind === 'verb' && doc.keys[before] === 'and' && passiveBefore(doc, before, floor) && !SPOKEN.has(cue.lemma)
      && (hit.end >= end || doc.keys[hit.end] === 'of' || doc.lex.words.get(doc.keys[hit.end]) === 'preposition')) return null;
    // … declined the request and said … / has not conceded, and has claimed …: the subject of the first verb.
    let f0 = subjectStart(doc, floor, before);
    for (let i = f0 + 1; i < before; i++) if (gapBefore(doc, i).includes(';')) f0 = i;
    // The attacker is reported to have … and claimed …: a common noun after a determiner is a subject too.
    const e = Math.max(englishAfter(doc, f0, before), commonNounSubject(doc, f0, before));
    const quoted = doc.quotes.some((q) => q.open <= doc.tokens[f0].start && q.end > doc.tokens[f0].start);
    const speaker: SpeakerRef = quoted ? inherit(doc, hit)
      : doc.lex.words.get(doc.keys[f0]) === 'pronoun' ? { kind: 'pronoun', start: doc.tokens[f0].start, end: doc.tokens[f0].end, gender: '-' }
      : e > f0 && !doc.lex.words.get(doc.keys[f0]) || e > f0 + 1 ? span(doc, f0, e) : inherit(doc, hit);
    return { speaker, rule: 'en-coordinated' };
  }
  if (cue.kind !== 'participle' && !commaBefore(doc, hit.start) && hit.start !== floor) return null;
  let speaker: SpeakerRef | null = null;
  // Blaming …, Saying …: the subject of the sentence, else the last speaker.
  // '"…," she said, asking …' / "X said …, noting …": the speaker of the sentence's earlier cue.
  if (doc.quotes.some((q) => q.open <= doc.tokens[floor].start && q.end > doc.tokens[floor].start)
    || doc.hits.some((h) => h.type === 'cue' && h.start >= floor && h.start < hit.start && !isNameWord(doc, h) && !colonOnly(h))) {
    speaker = inherit(doc, hit);
  }
  // "Senator Ann Lee spoke to students …, calling for …": a colon-only cue that reported nothing leaves a named
  // subject the participle's; a pronoun subject (He continued by noting …) still takes the last speaker.
  const f1 = subjectStart(doc, floor, hit.start);
  if (!speaker && doc.lex.words.get(doc.keys[f1]) === 'pronoun'
    && doc.hits.some((h) => h.start >= floor && h.start < hit.start && colonOnly(h))) {
    speaker = inherit(doc, hit);
  }
  // "…, where Dr. X was met with applause upon announcing …": the subject of the clause the participle ends.
  if (!speaker) speaker = subordinateSubject(doc, floor, hit.start);
  const f0 = subjectStart(doc, floor, hit.start);
  if (!speaker && doc.lex.words.get(doc.keys[f0]) === 'pronoun') {
    speaker = { kind: 'pronoun', start: doc.tokens[f0].start, end: doc.tokens[f0].end, gender: '-' };
  }
  const e = englishAfter(doc, f0, hit.start);
  speaker ??= e > f0 ? span(doc, f0, e) : inherit(doc, hit);
  return { speaker, rule: 'en-participle' };
}
