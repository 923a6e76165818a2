import { clauseEnd, commaBefore, contentRange, isComplement } from './clause.js';
import { sentenceEnd, sentenceStart } from './doc.js';
import { opensNestedClause } from './nested.js';
import type { Doc, Draft, Hit, SpeakerRef } from './types.js';

/**
 * Nested doubt (…أن البنتاغون لم يتمكن من تأكيد X / the Pentagon could not confirm X): the speaker is the
 * phrase just before the doubt phrase (back to a particle, a comma or a cue), the content what follows
 * up to a comma, without its complement particle (could not confirm that X → X, as a cue's content is read).
 * `before` finds the speaker phrase's start for the language.
 */
export function nestedDoubt(doc: Doc, hit: Hit | undefined, id: string, before: (doc: Doc, end: number, floor: number) => number): Draft | null {
  if (hit?.type !== 'hedge') return null;
  const end = Math.min(sentenceEnd(doc, hit.start), clauseEnd(doc, hit.end));
  let from = hit.end;
  while (from < end && isComplement(doc, from)) from++;
  let stop = from;
  while (stop < end && !(stop > from && commaBefore(doc, stop))) stop++;
  const content = contentRange(doc, from, stop);
  if (!content) return null;
  const floor = sentenceStart(doc, hit.start);
  const s = before(doc, hit.start, floor);
  const speaker: SpeakerRef = s < hit.start
    ? { kind: 'span', start: doc.tokens[s].start, end: doc.tokens[hit.start - 1].end, gender: hit.hedge.gender }
    : { kind: 'inherit', gender: hit.hedge.gender, sentence: doc.sentOf[hit.start] };
  return {
    rule: id,
    cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end],
    stance: hit.hedge.stance,
    speaker,
    content,
    direct: false,
    targets: [],
    sentence: doc.sentOf[hit.start],
    // The inner source of a nested report is never a later antecedent (وأضاف continues the outer speaker).
    ...(s < hit.start && opensNestedClause(doc, s) ? { secondary: true } : {}),
  };
}
