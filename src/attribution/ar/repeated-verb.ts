import { colonBefore, commaBefore, isComplement } from '../clause.js';
import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { quoteOpeningAt } from '../doc.js';
import type { Doc, Hit } from '../types.js';

// ودعت فلانة رئيسة الاتحاد والبنك الوطني، أحد التجمعات المصرفية الأربعة، دعت جميع العملاء إلى …: a long subject
// set off by an apposition, then its verb said again. The first verb keeps the speaker, the second opens the content.

/** Longest apposition between the subject and the verb said again, in tokens. */
const MAX_APPOSITION_TOKENS = 12;

type CueHit = Extract<Hit, { type: 'cue' }>;

/** The cue of the same lemma starting at token k, if any. */
const sameCueAt = (doc: Doc, hit: CueHit, k: number) =>
  doc.hits.find((h): h is CueHit => h.type === 'cue' && h.start === k && h.cue.lemma === hit.cue.lemma && h.cue.kind === hit.cue.kind);

/**
 * After a subject ending at token `from` (a comma there): the token after the same verb said again right past an
 * apposition closed by a comma, else -1. A particle, a quotation or a colon on the way ends the search.
 */
export function repeatedVerbAfter(doc: Doc, hit: CueHit, from: number, end: number): number {
  if (from >= end || !commaBefore(doc, from)) return -1;
  for (let k = from + 1; k < Math.min(end, from + MAX_APPOSITION_TOKENS + 1); k++) {
    if (isComplement(doc, k) || quoteOpeningAt(doc, k) || colonBefore(doc, k)) return -1;
    if (commaBefore(doc, k)) return sameCueAt(doc, hit, k)?.end ?? -1;
  }
  return -1;
}

/** True when the cue says again, after a comma, a verb of the same lemma and kind whose subject and apposition come between. */
export function repeatsVerb(doc: Doc, hit: CueHit): boolean {
  if (!commaBefore(doc, hit.start)) return false;
  const reach = MAX_SPEAKER_TOKENS + MAX_APPOSITION_TOKENS;
  const earlier = doc.hits.find((h): h is CueHit => h.type === 'cue' && h.cue.lemma === hit.cue.lemma && h.cue.kind === hit.cue.kind && h.end < hit.start
    && hit.start - h.end <= reach && doc.sentOf[h.start] === doc.sentOf[hit.start]);
  if (!earlier) return false;
  // The subject runs from the earlier verb to a comma; the apposition from there to this verb, with no particle or other cue.
  for (let k = earlier.end; k < hit.start; k++) {
    if (isComplement(doc, k) || quoteOpeningAt(doc, k) || colonBefore(doc, k)) return false;
    if (k > earlier.end && doc.hits.some((h) => h.type === 'cue' && h.start === k)) return false;
  }
  // One comma between the subject and the apposition, one after it: more, and the first verb had an object of its own
  // (وأكد الوزير، فلان، عدم فهم …، مؤكدا).
  let commas = 0;
  for (let k = earlier.end + 1; k < hit.start; k++) if (commaBefore(doc, k)) commas++;
  return commas === 1;
}
