import type { Doc } from '../types.js';
import { englishBefore } from './speaker.js';
import { SUBJECT_BEFORE_PARTICIPLE } from './speaker-before.js';

/**
 * Where a reported clause ending at token `end` really ends when a participle cue starts there with its own subject
 * after "with"/"despite" ("says it found no trace of explosives despite Znak.com claiming …", "acknowledged faults …,
 * with Miller describing …"): before that preposition, as the subject and its cue are another source's statement
 * (speaker-before.ts reads the same subject for the participle). `from`: the content's first token.
 */
export function beforeParticipleSubject(doc: Doc, from: number, end: number): number {
  if (end >= doc.tokens.length || !doc.hits.some((h) => h.type === 'cue' && h.start === end && h.cue.kind === 'participle')) return end;
  const s = englishBefore(doc, end, from);
  return s < end && s - 1 > from && SUBJECT_BEFORE_PARTICIPLE.has(doc.keys[s - 1]) ? s - 1 : end;
}
