import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { COMMA } from './phrase-bounds.js';
import { englishBefore } from './speaker.js';

/** Most members of a list walked back over ("including A, B, C, and D"). */
const MAX_LIST_MEMBERS = 6;
/** Words that open a list of examples after a head noun. */
const EXAMPLES = new Set(['including', 'like']);

/**
 * Start of a subject whose last words are the last member of an example list ("German firms including Deutsche Bahn,
 * Daimler, and Siemens have announced"): the speaker is the head with its list, not the last name after ", and" (the
 * comma stops englishBefore). `s`: the speaker phrase's start as found; returned unchanged when no list of names,
 * joined by commas and "and"/"or", leads back to "including"/"like"/"such as".
 */
export function listSubjectStart(doc: Doc, s: number, floor: number): number {
  let j = s;
  for (let n = 0; n < MAX_LIST_MEMBERS; n++) {
    let b = j;
    if (b - 1 > floor && (doc.keys[b - 1] === 'and' || doc.keys[b - 1] === 'or')) b--;
    if (b === j && !gapHas(doc, j, COMMA)) return s;
    const m = englishBefore(doc, b, floor);
    if (m >= b || !/^\p{Lu}/u.test(doc.tokens[m].text)) return s;
    // (the lower-case words before a name may already take in "firms including": the head is found)
    for (let x = m; x < b; x++) if (EXAMPLES.has(doc.keys[x])) return x > m ? m : s;
    const lead = m - 1 > floor && EXAMPLES.has(doc.keys[m - 1]) ? m - 1
      : m - 2 > floor && doc.keys[m - 1] === 'as' && doc.keys[m - 2] === 'such' ? m - 2 : -1;
    if (lead > 0) {
      if (gapHas(doc, lead + 1, COMMA) || gapHas(doc, lead, COMMA)) return s;
      const h = englishBefore(doc, lead, floor);
      return h < lead ? h : s;
    }
    j = m;
  }
  return s;
}
