import { firstWordAt } from '../../text/words.js';
import type { Doc } from '../types.js';
import { isComplement } from '../clause.js';
import { genitiveName } from './target-owners.js';
import { clauseSubject } from './target-parties.js';
import { commaBefore } from '../clause.js';
import { titleAt } from '../doc.js';
import { definiteAt } from './speaker-words.js';
import { startsMention } from './mention-marks.js';
import { subjectAfterDuty } from './target-duty.js';

// أكد ضرورة مساهمة باكستان في الجهود، شدد على وجوب التزام إيران بالاتفاق: a demand whose content opens with a need
// (stance-openers.tsv `demand`: ضرورة، وجوب، الحاجة إلى) asks its act of the party named in construct after the act's
// verbal noun, as طالب برحيل الأسد names الأسد (ar/target-owners.ts genitiveName); one whose content is a clause after أن
// (يطالب أن تلتزم اليونان بسياسة صارمة) asks it of the clause's subject after its verb.

/**
 * The listed name after the verbal noun that follows a demand opener at the content's start (token lo), or null: no
 * opener, or no verbal noun and name after it (على الحكومة أن, علينا التوجه: a definite word or a pronoun, read elsewhere).
 */
export function openedDemandParty(doc: Doc, lo: number, hi: number): [number, number] | null {
  const o = doc.lex.openers.first(doc.keys, lo, [doc.keys[lo]]);
  if (!o || o[0].value !== 'demand') return null;
  const act = lo + o[1];
  if (act >= hi) return null;
  const end = Math.min(hi, firstWordAt(doc.tokens, doc.tokens[hi - 1].end));
  // (ضرورة التزام الحكومة بتعهداتها: else a title or body phrase in construct after the act.)
  return genitiveName(doc, act, end) ?? neededActDoer(doc, act, end);
}

/** يطالب أن تلتزم اليونان، دعا إلى أن تتحمل الحكومة: the party after the imperfect verb of a demanded clause at token lo (after its أن, or opening with it), or null. */
export function demandedClauseSubject(doc: Doc, lo: number, hi: number): [number, number] | null {
  if (isComplement(doc, lo)) return subjectAfterDuty(doc, lo, hi);
  return lo > 0 && isComplement(doc, lo - 1) ? subjectAfterDuty(doc, lo - 1, hi) : null;
}

/**
 * The title or body phrase in construct after the verbal noun at token `act` (التزام الحكومة، تدخل المجتمع الدولي),
 * or null: the act is no name, no definite word and no function word but a noun that opens an object (التزام).
 */
function neededActDoer(doc: Doc, act: number, end: number): [number, number] | null {
  const k = act + 1, kind = doc.lex.words.get(doc.keys[act]);
  // (التزام: a listed noun may begin with the letters of the article.)
  const noun = kind ? kind === 'object' : !definiteAt(doc, act);
  if (k >= end || startsMention(doc, act) || !noun || commaBefore(doc, k) || !titleAt(doc, k)) return null;
  return clauseSubject(doc, k, end);
}
