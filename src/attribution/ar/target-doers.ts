import { charRange, commaBefore, quoteTokensAt } from '../clause.js';
import type { Doc } from '../types.js';
import { boundPhrase, partyAt } from './target-parties.js';
import { committedAt } from './target-owners.js';
import { startsMention } from './mention-marks.js';
import { definiteAt } from './speaker-words.js';

// The doers an accusation's or a demand's content names (GUIDELINES `targets`): the subject after a "commits it" verb
// (يرتكبها X) and the agent after من قبل (by); the construct and quoted-name tests here serve target-threat.ts too.

/** A word with an attached و (and …), which joins another party. */
export const CONJUNCTION = /^و/;
/** Quoted target names longer than this, in tokens, are quotations, not names (بمحاسبة "قتلة سوروتش"). */
export const MAX_QUOTED_TARGET_TOKENS = 3;

/** The doer after a "commits it" verb in an accusation's content (its subject follows it: VSO), when it names a party. */
export function committedBy(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i + 1 < hi; i++) {
    // (ارتكبتها قوات التمرد: a head in construct with a definite noun names the doer too.)
    const construct = i + 2 < hi && !doc.lex.words.has(doc.keys[i + 1]) && !commaBefore(doc, i + 2) && definiteAt(doc, i + 2);
    if (!committedAt(doc, i)) continue;
    // (ما فعله "الدواعش": a short quoted name is the doer, as after a listed threat.)
    const q = quoteTokensAt(doc, i + 1);
    if (q && q.to <= hi) return q.to - q.from <= MAX_QUOTED_TARGET_TOKENS ? charRange(doc, q.from, q.to) : null;
    if (!(partyAt(doc, i + 1) || definiteAt(doc, i + 1) || construct)) continue;
    return boundPhrase(doc, i + 1, hi);
  }
  return null;
}

/** من قبل (by), as match keys. */
const BY = ['من', 'قبل'];
/** Most words of an accused act before its agent (الهجمات العنيفة وزعزعة الاستقرار من قبل X). */
export const MAX_ACT_TOKENS = 8;

/** أدان الهجمات من قبل تنظيم القاعدة: the agent after من قبل near the start of an accusation's or a demand's content, when a party. */
export function agentAfter(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i + 2 < hi && i < lo + MAX_ACT_TOKENS; i++) {
    if (i > lo && commaBefore(doc, i)) return null;
    if (doc.keys[i] !== BY[0] || doc.keys[i + 1] !== BY[1] || commaBefore(doc, i + 2)) continue;
    // (تنظيمي القاعدة: a head in construct with a name or a definite noun; الحوثيين: a definite noun, as an agent is a doer.)
    const named = partyAt(doc, i + 2) || definiteAt(doc, i + 2) && !doc.lex.words.has(doc.keys[i + 2]) || i + 3 < hi && !doc.lex.words.has(doc.keys[i + 2]) && !commaBefore(doc, i + 3) && startsMention(doc, i + 3)
      || constructHead(doc, i + 2, hi);
    if (!named) return null;
    // (الحوثيين وقوات علي عبد الله صالح: a one-word agent before a long conjunct stands alone; withConjoined adds the rest.)
    return boundPhrase(doc, i + 2, hi) ?? (i + 3 < hi && CONJUNCTION.test(doc.keys[i + 3]) && !commaBefore(doc, i + 3) ? charRange(doc, i + 2, i + 3) : null);
  }
  return null;
}

/** True when token i heads a construct phrase (علماء الذرة، والدة الأسير): no function word, a definite noun right after it. */
export function constructHead(doc: Doc, i: number, hi: number): boolean {
  return i + 1 < hi && !doc.lex.words.has(doc.keys[i]) && !definiteAt(doc, i) && !commaBefore(doc, i + 1) && definiteAt(doc, i + 1);
}
