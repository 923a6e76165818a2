import { isComplement } from '../clause.js';
import { sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';

// A cue right after a particle is most often a verbal noun or a report inside another one (إن رفض الكونجرس …، قال إن
// الرئيس أكد …), and 01-verb-subject.ts drops a bare one there. Two writer's frames put a particle before a plain report
// of its own: سبق (له) أن أعلن "had already announced", whose subject stands before سبق or is the last speaker, and
// علما بأنه أكد "noting that he had stated", a report by the one the pronoun names.

/** The verb "it preceded" opening سبق (له/لها/لليونان) أن, as a match key. */
const PRECEDED = 'سبق';
/** "Knowing" opening علما بأن / مع العلم بأن, as match keys. */
const NOTING = new Set(['علما', 'العلم']);

export interface PriorLead {
  /** The token of سبق or علما. */
  lead: number;
  /** سبق: the subject may stand before the lead word (فلانة، مسؤولة …، سبق لها أن أعلنت). */
  preceded: boolean;
}

const bare = (key: string) => key.replace(/^[وف]/, '');

/** سبق له أن / علما بأنه right before the cue (no conjunction on the cue), or null. */
export function priorLead(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): PriorLead | null {
  const p = hit.start - 1;
  if (hit.prefixed || p < 1) return null;
  // سبق وأن أعلن: the particle with و written on it.
  const particle = isComplement(doc, p) || (doc.keys[p].startsWith('و') && doc.lex.words.get(doc.keys[p].slice(1)) === 'complement');
  if (!particle) return null;
  if (bare(doc.keys[p - 1]) === PRECEDED) return { lead: p - 1, preceded: true };
  if (p >= 2 && doc.keys[p - 1].startsWith('ل') && bare(doc.keys[p - 2]) === PRECEDED) return { lead: p - 2, preceded: true };
  if (NOTING.has(bare(doc.keys[p - 1]))) return { lead: p - 1, preceded: false };
  return null;
}

/**
 * True when علما at `at` takes up the last speaker: it opens the sentence, or a cue stands earlier in it. Otherwise the
 * pronoun names the subject of a clause in the writer's voice (وتدير الشركة الحقل، علما بأنها أعلنت), or no one read.
 */
export function takesUpSpeaker(doc: Doc, at: number): boolean {
  const floor = sentenceStart(doc, at);
  return at === floor || doc.hits.some((h) => h.type === 'cue' && h.start >= floor && h.end <= at);
}
