import { CLAUSE_MARKS } from '../clause.js';
import { gapHas, sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { startsMention } from './mention-marks.js';
import { definiteAt, isTitle } from './speaker-words.js';

// هدد "threatened" is a warning only when someone threatens: things threaten too (الحرب تهدد بمجاعة), and a threat put
// in the passive has its victim for a subject (يُهدَّد بالقتل من قبل التنظيم، إيران مهددة بالزلازل).

/** The lemma of threatening (هدد). */
const THREATEN = 'هدد';
/** Words from the content's start within which من قبل names the agent of a passive threat (بالقتل من قبل …). */
const MAX_AGENT_TOKENS = 3;
/** The feminine participle without the accusative alif (مهددة), as a match key: right after its noun, "threatened". */
const THREATENED = 'مهدده';

/** The cue word's own key, without a conjunction. */
const bare = (doc: Doc, at: number): string => doc.keys[at].replace(/^[وف]/, '');

/**
 * باتت الحرب تهدد بمصيبة جديدة، الفيضانات تهدد بكارثة: a present تهدد/يهدد right after a definite noun that is no title,
 * body or listed name has a thing for its subject; nobody warns.
 */
export function thingThreatens(doc: Doc, at: number, lemma: string): boolean {
  if (lemma !== THREATEN || at === sentenceStart(doc, at) || !/^[وف]?[يت]/.test(doc.keys[at])) return false;
  const prev = at - 1;
  return definiteAt(doc, prev) && !isTitle(doc, prev) && !startsMention(doc, prev) && !gapHas(doc, at, CLAUSE_MARKS)
    && !doc.lex.words.has(doc.keys[prev]);
}

/** True when من قبل (not من قبل أن "before") stands within MAX_AGENT_TOKENS words of the content's start `from`. */
function agentAfter(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end - 2, from + MAX_AGENT_TOKENS); k++) {
    if (doc.keys[k] === 'من' && doc.keys[k + 1] === 'قبل' && doc.keys[k + 2] !== 'ان') return true;
  }
  return false;
}

/**
 * True when the هدد cue at `hit`, whose content starts at token `from`, threatens nobody: its agent named by من قبل
 * (passive), or مهددة right after its noun with no punctuation between (إيران مهددة بالزلازل).
 */
export function threatensNobody(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, from: number, end: number): boolean {
  if (hit.cue.lemma !== THREATEN) return false;
  if (agentAfter(doc, from, end)) return true;
  return bare(doc, hit.start) === THREATENED && hit.start > sentenceStart(doc, hit.start) && !gapHas(doc, hit.start, CLAUSE_MARKS);
}
