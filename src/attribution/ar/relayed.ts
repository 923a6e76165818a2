import { CLAUSE_MARKS, colonBefore, isComplement } from '../clause.js';
import { gapHas, hitStartsAt, sentenceEnd } from '../doc.js';
import type { Doc, Draft, Hit } from '../types.js';
import { arabicContent, skipAdjuncts, type Content } from './content.js';
import { arabicSubject } from './speaker.js';

// نقلت تقارير إخبارية عن مسؤول آخر أن …: "relayed from Y that …". The reporter (X, between the verb and عن) passes on
// what Y said; the statement is Y's (GUIDELINES: the source named, as with نقلت X عن Y قوله إن). With قوله after Y the
// verbal noun is the cue (cues.tsv) and this reading gives way; the definite القول (عن Y القول: …) is read here, as it is
// no cue elsewhere (يمكن القول إن).

/** Lemma of the relaying verb (نقل/نقلت/ينقل), whose rows require عن (cues.tsv). */
export const RELAY = 'نقل';

/** Most words of a clause describing Y before the particle (عن مصادر لم تسمها أن), not tuned (the one corpus case has 2). */
const MAX_DESCRIPTION_TOKENS = 4;

/** "The saying" (عن نتنياهو القول: …), as a match key. */
const THE_SAYING = 'القول';

/** The statement of Y in `نقل X عن Y أن …` (or `عن Y القول: …`), or null when no particle follows Y (then قوله or nothing reports). */
export function relayedStatement(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): Draft | null {
  if (!hit.required) return null;
  const end = sentenceEnd(doc, hit.start);
  const from = hit.required[1];
  let e = arabicSubject(doc, from, end);
  if (e <= from) return null;
  // عن نتنياهو القول: the chunker may take القول as a family name before the colon.
  if (e - 1 > from && doc.keys[e - 1] === THE_SAYING) e--;
  if (doc.keys[e] === THE_SAYING && e + 1 < end && (colonBefore(doc, e + 1) || isComplement(doc, e + 1))) {
    const said = arabicContent(doc, e + 1, false, end);
    return said ? draft(doc, hit, from, e, said) : null;
  }
  let at = skipAdjuncts(doc, e, end);
  // عن مصادر لم تسمها أن: a short description of Y (no punctuation, no other cue) before the particle.
  for (let k = at; k < Math.min(end, e + MAX_DESCRIPTION_TOKENS + 1) && !isComplement(doc, at); k++) {
    if ((k > e && gapHas(doc, k, CLAUSE_MARKS)) || hitStartsAt(doc, k)) break;
    if (isComplement(doc, k)) at = k;
  }
  if (at >= end || !isComplement(doc, at)) return null;
  const content = arabicContent(doc, at, false, end);
  return content ? draft(doc, hit, from, e, content) : null;
}

function draft(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, from: number, e: number, content: Content): Draft {
  return { rule: 'ar-relayed-anna', cue: [doc.tokens[hit.start].start, doc.tokens[hit.end - 1].end], stance: hit.cue.stance,
    speaker: { kind: 'span', start: doc.tokens[from].start, end: doc.tokens[e - 1].end, gender: '-' },
    content: content.range, direct: content.direct, targets: [], sentence: doc.sentOf[hit.start] };
}
