import { gapBefore } from '../doc.js';
import type { Doc, SpeakerRef } from '../types.js';
import { objectWords } from './objects.js';

/** Most tokens of a whole-clause subject before a cue (A UN review of national plans to cut carbon says). */
const MAX_LONG_SUBJECT_TOKENS = 12;

/**
 * "A UN review of national plans to cut carbon says …": with no phrase right before the cue, the sentence's words
 * before it, when they open with an article and hold no punctuation, finite verb (but in a relative clause) or other
 * cue, are its subject.
 */
export function longSubject(doc: Doc, cue: number, floor: number): { speaker: SpeakerRef; rule: string } | null {
  if (!['a', 'an', 'the'].includes(doc.keys[floor]) || cue - floor < 3 || cue - floor > MAX_LONG_SUBJECT_TOKENS) return null;
  // (The man who was arrested said: a finite verb after a relative pronoun is the subject's own clause.)
  let relative = false;
  for (let k = floor + 1; k < cue; k++) {
    if (/[^\s]/.test(gapBefore(doc, k)) || PREDICATE_OPENERS.has(doc.keys[k]) && !relative || doc.hitStarts[k] || doc.lex.words.get(doc.keys[k]) === 'pronoun') return null;
    relative ||= doc.keys[k] === 'who' || doc.keys[k] === 'which';
    // (The survey showed that most voters opposed …: "that" after a past verb opens a clause; its subject is no source.)
    if (doc.keys[k] === 'that' && (/^\p{Ll}+ed$/u.test(doc.tokens[k - 1].text) || objectWords().get('past-verb')!.has(doc.keys[k - 1]))) return null;
  }
  return { speaker: { kind: 'span', start: doc.tokens[floor].start, end: doc.tokens[cue - 1].end, gender: '-' }, rule: 'en-said-that' };
}

/** Finite words that open the predicate of a clause whose subject came before a cue in commas (…, the mayor said, is safe). */
export const PREDICATE_OPENERS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'could', 'can', 'may', 'might', 'must', 'should']);
