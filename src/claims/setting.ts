import { lexicon } from '../attribution/lexicon/index.js';
import type { Lang } from '../model/index.js';
import { tokenize } from '../text/tokens.js';
import { SETTING_LOOKBACK_CHARS, SETTING_TAIL_WORDS } from './constants.js';
import { hasRole, type FrameWordRole } from './frame-words.js';

// An event phrase right after a word of sequence (`بعد الهجوم`, `after the attack`) dates the statement's proposition
// rather than states it: `جلسة استثنائية للحكومة … بعد الهجوم` reports a session held about the attack, a reaction to it
// and another claim (R6 of the claims gold), whatever the attack's concept. Frame.ts reads no event from such a phrase.

/**
 * Does the event phrase starting at `at` in `text` stand right after a word of sequence (within [from, at)), at the end of
 * the content (`to`, at most SETTING_TAIL_WORDS words after it)? A trailing time adverbial dates the clause; an event
 * phrase after `بعد` inside the clause is as often its subject's deed (`قتل … بعد غارة استهدفت …`). `roles`: the frame
 * words (frame-words.ts) that set a time; a word of sequence by default.
 */
export function isSetting(text: string, lang: Lang, from: number, at: number, to: number, roles: readonly FrameWordRole[] = ['after']): boolean {
  if (tokenize(text, at, to).length > SETTING_TAIL_WORDS) return false;
  const toks = tokenize(text, Math.max(from, at - SETTING_LOOKBACK_CHARS), at);
  // A determiner may stand between (`after the attack`).
  const skip = toks.length > 1 && determiner(toks.at(-1)!.text, lang) ? 1 : 0;
  const before = toks.at(-1 - skip);
  return before !== undefined && roles.some((r) => hasRole(before.text, lang, r));
}

/** Is the word a determiner of the language's function-word lexicon (`the`)? */
const determiner = (word: string, lang: Lang) => lexicon(lang === 'ar' ? 'ar' : 'en').words.get(word.toLowerCase()) === 'determiner';

/**
 * Does the phrase starting at `at` stand right after a noun of manner (frame-words.ts `manner`, within [from, at):
 * `بشكل غير قانوني`, `in an unlawful manner` — the noun after the phrase in English)? An evaluation so placed says how
 * an act was done (an adverb), not what the speaker thinks of the statement's proposition.
 */
export function isManner(text: string, lang: Lang, from: number, at: number, end: number): boolean {
  const before = tokenize(text, Math.max(from, at - SETTING_LOOKBACK_CHARS), at).at(-1);
  if (before !== undefined && hasRole(before.text, lang, 'manner')) return true;
  const after = lang === 'en' ? tokenize(text, end, end + SETTING_LOOKBACK_CHARS)[0] : undefined;
  return after !== undefined && hasRole(after.text, lang, 'manner');
}
