import { lexicon } from '../attribution/lexicon/index.js';
import type { Lang } from '../model/index.js';
import { tokenize } from '../text/tokens.js';
import { JUDGEMENT_MAX_SUBJECT_WORDS } from './constants.js';
import { hasRole } from './frame-words.js';
import { keysOf } from './lexicon.js';

// A copular judgement of an event (R3 of the claims gold): the content's subject names the event and an indefinite
// predicate says what it is (`هذا الهجوم الإرهابي هو عمل انتقامي`, `the bombing was an act of revenge`). It is a verdict
// on the event, not a proposition about what happened, whatever words the verdict uses (no list of verdicts needed).
// A definite predicate identifies rather than judges (`الهجوم هو الأعنف`, the deadliest), and a complementizer opens a
// proposition (`الاحتمال الأكبر هو أن …`).

const ARABIC_ARTICLE = 'ال';
/** Function-word classes that open no predicate noun (`أن`, `في`, `هذا`): after the copula they start a clause or phrase. */
const NOT_PREDICATE = new Set(['complement', 'preposition', 'pronoun', 'demonstrative', 'determiner']);
const DIGITS = /^[\d٠-٩]/u;

/**
 * Is the content at [start, end) of `text` a copular judgement of the event phrase that ends at `eventEnd` (an event or
 * detail phrase inside the subject)?
 */
export function isJudgement(text: string, lang: Lang, start: number, end: number, eventEnd: number): boolean {
  const toks = tokenize(text, start, end);
  const last = Math.min(JUDGEMENT_MAX_SUBJECT_WORDS, toks.length - 2);
  for (let c = 1; c <= last; c++) {
    if (!hasRole(toks[c].text, lang, 'copula')) continue;
    if (eventEnd > toks[c].start) return false;
    const next = toks[c + 1].text;
    if (lang === 'en') return hasRole(next.toLowerCase(), lang, 'article');
    const functionWords = lexicon('ar').words;
    const keys = keysOf(next);
    return !DIGITS.test(next) && !next.startsWith(ARABIC_ARTICLE)
      && !keys.some((k) => k.startsWith(ARABIC_ARTICLE) || NOT_PREDICATE.has(functionWords.get(k) ?? ''));
  }
  return false;
}
