import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { gapChars } from '../gaps.js';
import { gapHas, hitStartsAt, sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { relativeGender } from './antecedent.js';
import { isStopWord } from './speaker-words.js';
import { KANA } from './subjects.js';

// A cue's written subject between كان and the verb when no قد stands before the verb (قد is read in
// cue-subject-before.ts): وكانت الحكومة التركية اكدت.

/** Longest quoted name inside a subject between كان and its verb, in characters. */
const MAX_QUOTED_NAME_CHARS = 40;
/** Clause marks that a subject between كان and its verb never spans (quotation marks may: شبكتا «…» و«…»). */
const KANA_BREAK = gapChars(',\u060C:;\u061B.!?\u061F()');

/**
 * وكانت الحكومة التركية اكدت تزامنا مع …، وكانت شبكتا «…» و«…» أكدتا: كان/كانت, a subject, then the verb with no قد
 * (قد is read by subjectBefore): the words between are the subject, and what follows the verb (تزامنا) is not.
 */
export function kanaSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  if (hit.prefixed || hit.cue.kind !== 'verb') return null;
  const floor = sentenceStart(doc, hit.start);
  // Words inside quotation marks are not counted against MAX_SPEAKER_TOKENS (a quoted name is one).
  for (let k = hit.start - 1, words = 0; k >= floor && words <= MAX_SPEAKER_TOKENS; k--) {
    // وكأن "as if" shares the match key of وكان: the hamza, as written, tells them apart.
    if (KANA.has(doc.keys[k]) && !doc.tokens[k].text.includes('\u0623')) {
      // وكانت … قال: a feminine كان heads no masculine verb's subject.
      const feminine = doc.keys[k].endsWith('ت');
      // فإن النائب الذي كان أول المؤيدين … قال: كان right after a relative pronoun is the relative clause's own verb.
      if (k > floor && relativeGender(doc.keys[k - 1])) return null;
      return k + 1 < hit.start && !(feminine && hit.cue.gender === 'm') ? [k + 1, hit.start] : null;
    }
    // «سي ان ان تورك»: a function word inside quotation marks is part of a quoted name, and
    const quoted = inShortQuote(doc, k);
    // و standing alone joins two quoted names (شبكتا «…» و«…»).
    if ((isStopWord(doc, k) && !quoted && doc.keys[k] !== 'و') || hitStartsAt(doc, k) || gapHas(doc, k + 1, KANA_BREAK)) return null;
    if (!quoted) words++;
  }
  return null;
}

/** True when token k lies inside a quotation of at most MAX_QUOTED_NAME_CHARS (a loop, not quotes.some: kanaSubject asks at
 * every word back from every verb, and a closure per ask cost more than the test). */
function inShortQuote(doc: Doc, k: number): boolean {
  const { start, end } = doc.tokens[k];
  for (const q of doc.quotes) if (q.start <= start && end <= q.end && q.end - q.start <= MAX_QUOTED_NAME_CHARS) return true;
  return false;
}
