import type { Lang, Stance } from '../model/index.js';
import { tokenize } from '../text/tokens.js';
import { CALL_NEED_MAX_WORDS } from './constants.js';
import { hasRole } from './frame-words.js';

// A call for an act (stance `demand`: `urged the parties to stop the shelling`, `دعا إلى وقف القصف`) and an account of
// what is, was or will be (assert, accuse, warn, deny, doubt: `the shelling went on for a week`) are two propositions
// (R1), however many words they share. The rules that join statements of one article as details or halves of one point
// by their shared words (speaker-detail.ts, event-details.ts, continuation.ts for one speaker's halves) join an account
// to an account and a call to a call. Across articles the echo rules do not ask: another outlet reprints the same
// sentence read with another stance as often as not.
// Session 17 (precision), the three together: dev9 P 0.636 → 0.700 (continuation.ts and speaker-detail.ts both needed:
// either alone leaves the call joined through the other), dev10 0.451 → 0.482 (speaker-detail.ts), dev8 0.684 → 0.765
// (event-details.ts, on top of continuation.ts's entities rule); no set lost a right pair but dev10 (R 0.198 → 0.196).

/** What the act of a statement is read from: its stance, and the opening of its content. */
export interface ActSide {
  stance: Stance;
  content: string;
  lang: Lang;
}

/** Characters of a content read for its opening words (CALL_NEED_MAX_WORDS words fit well within). */
const OPENING_CHARS = 200;

/**
 * Is the statement a call for an act: a demand, or a content that opens with a need (frame-words.tsv role `need`, not
 * right after a negation: `لسنا بحاجة` tells there is none) or a duty (`duty`: `يجب`, `must`, negated or not) among its
 * first CALL_NEED_MAX_WORDS words: `المجتمع الدولي أصبح بحاجة إلى مواجهة …` and `the need to address the situation`
 * call for an act, whatever stance the extractor read (an assertion).
 */
export function isCall(a: ActSide): boolean {
  if (a.stance === 'demand') return true;
  const toks = tokenize(a.content.slice(0, OPENING_CHARS)).slice(0, CALL_NEED_MAX_WORDS);
  const need = (i: number) => hasRole(toks[i].text, a.lang, 'need') && !hasRole(toks[i - 1]?.text, a.lang, 'negation');
  return toks.some((t, i) => need(i) || hasRole(t.text, a.lang, 'duty'));
}

/** Do two stances make the same kind of act: both calls for one (`demand`), or both accounts? */
export const sameAct = (a: Stance, b: Stance): boolean => (a === 'demand') === (b === 'demand');

/** Do two statements make the same kind of act: both calls for one (`isCall`), or both accounts? */
export const sameActOf = (a: ActSide, b: ActSide): boolean => isCall(a) === isCall(b);
