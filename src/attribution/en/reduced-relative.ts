import { commaBefore, contentRange } from '../clause.js';
import type { Doc, Hit, SpeakerRef } from '../types.js';
import type { EnContent } from './content.js';
import { objectWords } from './objects.js';
import { isBe } from './speaker.js';

type CueHit = Extract<Hit, { type: 'cue' }>;

/** Finite words that, after a past form inside the content, show that form to be a reduced relative of the content's
 * own (the man arrested on Monday was …), not the sentence's verb. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);
/** Words after which a past form is a participle or an infinitive's, not a new finite verb (was stolen, had failed, to …). */
const NOT_BEFORE_VERB = new Set(['has', 'have', 'had', 'to', 'that', 'who', 'which', 'and', 'or', 'not', 'been', 'being']);

/**
 * "Several groups claiming the vote was stolen rallied in the capital", "Protesters demanding his resignation gathered
 * …": a participle cue right after the subject that opens its sentence is a reduced relative, and the sentence's own verb
 * (a past form after the content's words, with no finite word after it in the content) ends what was claimed. Returns
 * the content cut before that verb, or `content` as it was.
 */
export function beforeMainVerb(doc: Doc, hit: CueHit, speaker: SpeakerRef, content: EnContent, floor: number): EnContent {
  if (hit.cue.kind !== 'participle' || content.direct || speaker.kind !== 'span' || commaBefore(doc, hit.start)) return content;
  if (doc.tokens[floor].start !== speaker.start || doc.tokens[hit.start - 1]?.end !== speaker.end) return content;
  const past = objectWords().get('past-verb')!;
  const to = doc.tokens.findIndex((t) => t.start >= content.range[1]);
  const last = to < 0 ? doc.tokens.length : to;
  for (let k = content.from + 1; k < last; k++) {
    if (!/^\p{Ll}+ed$/u.test(doc.tokens[k].text) && !past.has(doc.keys[k])) continue;
    if (isBe(doc, k - 1) || NOT_BEFORE_VERB.has(doc.keys[k - 1]) || commaBefore(doc, k) || doc.keys[k + 1] === 'by') continue;
    if (doc.keys.slice(k + 1, last).some((w) => FINITE.has(w))) continue;
    const range = contentRange(doc, content.from, k);
    return range ? { ...content, range } : content;
  }
  return content;
}
