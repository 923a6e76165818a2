import { colonBefore, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { MAX_QUOTED_NAME_TOKENS } from '../constants.js';
import { hitStartsAt, sentenceEnd, sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { SAY } from './particle.js';

// وأضاف قائلا «…»، وتابع الوزير في حديثه قائلا: إن …: a verb of speech followed by قائلا/قائلة ("saying") reports once;
// the participle only introduces what the verb reports, so the verb reads its content after the participle and the
// participle makes no statement of its own.

/**
 * Longest stretch between a cue verb and its قائلا (a subject with its titles, an occasion: في حديثه لـ«الصحيفة»), in
 * tokens: set from the ar-news scan, where the subject and the occasion together stay under a dozen words.
 */
const MAX_TOKENS_TO_SAYING = 14;

type CueHit = Extract<Hit, { type: 'cue' }>;

/**
 * The قائلا/قائلة cue that a cue verb of speech `hit` goes on with, within MAX_TOKENS_TO_SAYING and its sentence: no other cue or
 * source, colon, complement particle or quotation of speech (a short quoted name is passed) may come first, since
 * those open the verb's own content, nor a comma but one right before قائلا. Undefined when there is none.
 */
export function sayingAfter(doc: Doc, hit: CueHit): CueHit | undefined {
  // Only a verb that reports speech as such (one framed by the colon: قال، أضاف، تابع، صرح، كتب): ندد بـ، حث على، قلل من
  // and أكد have an object of their own before قائلا, which reports something more; a verb inside a reported clause
  // (إنه يرفض …، قائلا) is another's.
  if (hit.cue.kind !== 'verb' || !hit.cue.frame.has('colon') || (hit.start > 0 && isComplement(doc, hit.start - 1))) return undefined;
  const end = Math.min(sentenceEnd(doc, hit.start), hit.end + MAX_TOKENS_TO_SAYING);
  for (let k = hit.end; k < end; k++) {
    if (colonBefore(doc, k)) return undefined;
    // صرح فلان، قائلا: a comma may stand right before قائلا; one further back ends the verb's clause (…، فرد السفير قائلا).
    if (hitStartsAt(doc, k)) {
      const next = doc.hits.find((h) => h.start === k);
      return next?.type === 'cue' && next.cue.kind === 'participle' && next.cue.lemma === SAY ? next : undefined;
    }
    const q = quoteTokensAt(doc, k);
    if (q) {
      if (q.to - q.from > MAX_QUOTED_NAME_TOKENS) return undefined;
      k = q.to - 1;
      continue;
    }
    if (isComplement(doc, k) || commaBefore(doc, k)) return undefined;
  }
  return undefined;
}

/** True when the قائلا/قائلة `hit` goes on with a cue verb before it in its sentence (that verb reports, see sayingAfter). */
export function saysAfterVerb(doc: Doc, hit: CueHit): boolean {
  if (hit.cue.kind !== 'participle' || hit.cue.lemma !== SAY) return false;
  const from = sentenceStart(doc, hit.start);
  let verb: Hit | undefined;
  for (const h of doc.hits) if (h.start >= from && h.end <= hit.start && (!verb || h.start > verb.start)) verb = h;
  return verb?.type === 'cue' && sayingAfter(doc, verb) === hit;
}
