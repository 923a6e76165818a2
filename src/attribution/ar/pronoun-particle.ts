import { CLAUSE_MARKS } from '../clause.js';
import { gapHas, sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';

// لكنه اتهم السفير بـ، إلا أنها أكدت أن: a contrast particle carrying a pronoun right before a bare verb holds the
// verb's subject (the one last spoken of), so the noun after the verb is its object, never its subject, and the verb
// is no verbal noun after أن. Only contrasts: after a plain أنه (قال إنه أكد) the verb is reported inside a clause.

/** لكن with a pronoun, و/ف allowed before it, as a match key. */
const BUT_PRONOUN = /^[وف]?لكن(ه|ها|هم|هما)$/;
/** أن with a pronoun, as a match key, and the words that make it a contrast before it (إلا أنه، غير أنها، بيد أنهم). */
const AN_PRONOUN = /^ان(ه|ها|هم|هما)$/;
const CONTRAST_BEFORE_AN = new Set(['الا', 'غير', 'بيد', 'والا']);

/** True when the cue verb of `hit` follows, with no mark between, a contrast particle that carries its subject. */
export function pronounParticleBefore(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): boolean {
  const i = hit.start - 1;
  if (hit.prefixed || hit.cue.kind !== 'verb' || i < sentenceStart(doc, hit.start) || gapHas(doc, hit.start, CLAUSE_MARKS)) return false;
  if (BUT_PRONOUN.test(doc.keys[i])) return true;
  return AN_PRONOUN.test(doc.keys[i]) && i >= 1 && CONTRAST_BEFORE_AN.has(doc.keys[i - 1]) && !gapHas(doc, i, CLAUSE_MARKS);
}

/** Words opening a concession (رغم أن، وعلى الرغم من أن), as match keys, before the أن whose subject it names. */
const CONCESSIONS = new Set(['رغم', 'ورغم', 'برغم', 'وبرغم', 'علي', 'وعلي', 'الرغم', 'من']);
/** Most words from the sentence start to the concession's أن (وعلى الرغم من أن). */
const MAX_CONCESSION_TOKENS = 4;

/**
 * ورغم أن أردوغان لم يشر …، إلا أنه قال: the party named right after the concession's أن at the sentence start, which
 * the pronoun on the contrast particle takes up; null when the sentence opens otherwise or no titled or known party is
 * named there.
 */
export function concessionSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, subjectEnd: (s: number) => number,
  namesParty: (s: number) => boolean): [number, number] | null {
  const floor = sentenceStart(doc, hit.start);
  let k = floor;
  while (k < floor + MAX_CONCESSION_TOKENS && k < hit.start && CONCESSIONS.has(doc.keys[k])) k++;
  if (!doc.keys.slice(floor, k).some((w) => w.endsWith('رغم')) || doc.keys[k] !== 'ان' || k + 1 >= hit.start || !namesParty(k + 1)) return null;
  const e = subjectEnd(k + 1);
  return e > k + 1 && e < hit.start ? [k + 1, e] : null;
}
