import { commaBefore, isComplement } from '../clause.js';
import { STANCE_LEAD_WORDS } from '../constants.js';
import type { Doc } from '../types.js';
import { boundPhrase, clauseSubject, partyAt } from './target-parties.js';
import { definiteAt } from './speaker-words.js';
import { IMPERFECT } from './target-duty.js';

// The party a doubt or a denial is about, read off its content (GUIDELINES `targets`): the subject of a doubted told
// clause (لا يثق بأن X) and the one a denial says has no part, presence or aim (لا وجود لـX، لا نية لدى X).

/**
 * لا يثق بأن إيران ستلتزم، يشكك في أن الحكومة …: a doubt about a told clause names the party it doubts as the
 * clause's subject (after the content's own particle, or its first one within the lead words).
 */
export function doubtedParty(doc: Doc, lo: number, hi: number): [number, number] | null {
  const first = lo > 0 && isComplement(doc, lo - 1) ? doubtedSubject(doc, lo, hi) : null;
  if (first) return first;
  for (let k = lo; k < Math.min(hi - 1, lo + STANCE_LEAD_WORDS); k++) {
    if (k > lo && commaBefore(doc, k)) return null;
    if (isComplement(doc, k)) return doubtedSubject(doc, k + 1, hi);
  }
  return null;
}

/** The subject of a clause at token k, before its verb or right after it (أن تلتزم الحكومة: VSO), when it names a party. */
function doubtedSubject(doc: Doc, k: number, hi: number): [number, number] | null {
  const before = clauseSubject(doc, k, hi);
  if (before || k + 1 >= hi || !IMPERFECT.test(doc.keys[k]) || doc.lex.words.has(doc.keys[k]) || definiteAt(doc, k) || commaBefore(doc, k + 1)) return before;
  return partyAt(doc, k + 1) ? clauseSubject(doc, k + 1, hi) : null;
}

/** Negators that open a denial of what a party has or does (لا وجود لـ، ليس لـ), as match keys. */
const NEGATORS = new Set(['لا', 'ليس', 'ليست']);
/** The preposition of having (لدى), as a match key. */
const HAVING = 'لدي';

/**
 * لا وجود لبشار الأسد في مستقبل سوريا، لا نية لدى الحكومة، ليس لوزارة المالية أي دور: the party a denial says has no
 * part, presence or aim — after a negator opening the content (past its particle), one noun at most, then ل + a name
 * or لدى + a party.
 */
export function deniedHolder(doc: Doc, lo: number, hi: number): [number, number] | null {
  const neg = isComplement(doc, lo) ? lo + 1 : lo;
  if (!NEGATORS.has(doc.keys[neg] ?? '')) return null;
  for (let k = neg + 1; k < Math.min(hi, neg + 3); k++) {
    if (commaBefore(doc, k)) return null;
    if (doc.keys[k] === HAVING) return k + 1 < hi && partyAt(doc, k + 1) ? boundPhrase(doc, k + 1, hi) : null;
    // (لبشار: the name's mention starts after the ل written on it.)
    const end = doc.keys[k].startsWith('ل') ? mentionEndFrom(doc, doc.tokens[k].start + 1) : -1;
    if (end > 0) return [doc.tokens[k].start + 1, Math.min(end, doc.tokens[hi - 1].end)];
  }
  return null;
}

/** Where the longest mention starting at character `at` ends, or -1. */
function mentionEndFrom(doc: Doc, at: number): number {
  let end = -1;
  for (const e of doc.input.entities) for (const m of e.mentions) if (m.start === at) end = Math.max(end, m.end);
  return end;
}
