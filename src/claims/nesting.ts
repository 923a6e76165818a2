import { lexicon } from '../attribution/lexicon/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { tokenize } from '../text/tokens.js';
import { keysOf } from './lexicon.js';
import { leads, relays, speakerAt } from './nested-lead.js';
import { POSITION_OF, type ClaimSource, type SourceStatement } from './types.js';

// Statements inside another's content (frame.ts `carrier`, `inner`): a reported clause the outer statement carries
// (`said that the Pentagon could not confirm …`), or a piece of the outer statement that states nothing of its own.

/** Characters looked back from a nested speaker for the word that opens its clause. */
const CLAUSE_LOOKBACK_CHARS = 24;

/**
 * Does the speaker of `t`, inside the content of `s`, open a reported clause (`…أن البنتاغون لم يتمكن`,
 * `said that the Pentagon …`)? The word before it is a complementizer of the function-word lexicon. A
 * "speaker" that is the object of a verbal noun (`رفض الكونجرس للاتفاق …`, Congress's rejection) is not.
 */
function opensClause(src: ClaimSource, s: SourceStatement, t: SourceStatement): boolean {
  const at = speakerAt(src, s, t);
  if (at < 0) return false;
  // ("X said Y had resigned, a spokesman said": an inner speaker opening the outer content opens its clause too)
  if (leads(src, s, at)) return true;
  const before = tokenize(src.text, Math.max(0, at - CLAUSE_LOOKBACK_CHARS), at).at(-1);
  const words = lexicon(src.lang === 'ar' ? 'ar' : 'en').words;
  return Boolean(before) && keysOf(before!.text).some((k) => words.get(k) === 'complement');
}

/** Is `t` (speaker and content) inside the content of `s`? */
const nestedIn = (s: SourceStatement, t: SourceStatement) => t !== s && t.content.start >= s.content.start && t.content.end <= s.content.end
  && t.content.end - t.content.start < s.content.end - s.content.start && Boolean(t.speaker.text) && s.content.text.includes(t.speaker.text);

/** Does `s` report another statement of the article (nested attribution), which then carries the claim? */
export function isCarrier(src: ClaimSource, s: SourceStatement): boolean {
  return src.statements.some((t) => nestedIn(s, t) && opensClause(src, s, t) && !relays(src, s, t));
}

/** Is `t` a piece of another statement's content rather than a statement (see Frame.inner)? */
export function isInner(src: ClaimSource, t: SourceStatement): boolean {
  return src.statements.some((s) => (nestedIn(s, t) && !opensClause(src, s, t)) || heldClause(s, t));
}

/**
 * Is `t` a doubt or denial inside its own speaker's assertion `s` (`… يشير إلى أن تكرار الهجوم يستبعد أن تكون المناطق قد
 * تعرضت للهجوم عن طريق الخطأ`, the clause after `يستبعد` read as the speaker's doubt)? What the assertion rules out or
 * questions is a piece of it, not a proposition the speaker states beside it. Not an assertion inside a denial (`أرفض
 * … يزعم أن …`): there the clause is most often what another, unnamed, claimed (the extractor gave it the outer speaker),
 * the proposition the denial answers.
 */
const heldClause = (s: SourceStatement, t: SourceStatement) => t !== s && t.content.start >= s.content.start && t.content.end <= s.content.end
  && t.content.end - t.content.start < s.content.end - s.content.start && sameSpeaker(s, t)
  && POSITION_OF[s.stance] === 'for' && POSITION_OF[t.stance] !== 'for';

/** One speaker: the same entity, or the same words when neither is linked. */
const sameSpeaker = (s: SourceStatement, t: SourceStatement) =>
  s.speaker.entity ? s.speaker.entity === t.speaker.entity : !t.speaker.entity && matchKey(s.speaker.text) === matchKey(t.speaker.text);
