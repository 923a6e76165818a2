import { CONDITION_WINDOW } from './constants.js';
import { firstForms } from './cues.js';
import type { ConditionPart } from './lexicon/index.js';
import type { Doc } from './types.js';

/**
 * A harm that follows an act or an omission is a warning (GUIDELINES, dev-arnews `about`): a condition (في حال،
 * ما لم) with a future or possible consequence (لن، سيتم، قد) a few words before or after it, as in
 * `لن تعود المفاوضات في حال انسحبت الحكومة` or `قد ترتفع الأسعار ما لم تتدخل الوزارة`. Either half alone is
 * a plain condition or a plain forecast, which stays an assertion. `at`: the content's tokens that may start a part
 * (stance.ts reads them off its per-word table), in order; a part must end before token `hi`.
 */
export function warnsOnCondition(doc: Doc, at: readonly number[], hi: number): boolean {
  const ifs: number[] = [], thens: number[] = [];
  // The end of the last `whether` read (فيما إذا كان …): an `if` inside it asks, and opens no condition.
  let asked = -1;
  for (const i of at) {
    const m = doc.lex.conditions.first(doc.keys, i, firstForms(doc, doc.keys[i]));
    if (!m || i + m[1] > hi) continue;
    const part: ConditionPart = m[0].value;
    if (part === 'whether') asked = i + m[1];
    else if (part === 'if') { if (i >= asked) ifs.push(i); }
    else thens.push(i);
  }
  return ifs.some((c) => thens.some((t) => Math.abs(t - c) <= CONDITION_WINDOW));
}
