import { commaBefore } from '../clause.js';
import { gapHas } from '../doc.js';
import { gapChars } from '../gaps.js';
import { lazyKeySet } from '../lexicon/index.js';
import type { Doc } from '../types.js';
import { ARTICLES, cls } from './phrase-bounds.js';
import { englishAfter } from './speaker.js';
import { afterAdjunct } from './adjunct-before-clause.js';
import { isClauseStart } from './clause-start.js';

// The one told after a tell-cue (told reporters, told the BBC on Monday, told state television): where it ends, the
// reported clause or quotation begins.

/** Marks that end a phrase inside a clause. */
const COMMA_SEMI_COLON = gapChars(',;:');

/** Token after the addressee of "told" (a name, the press, reporters) and a following time word or expression. */
export function afterAddressee(doc: Doc, i: number, end: number): number {
  let k = englishAfter(doc, i, end);
  if (k === i || (k === i + 1 && cls(doc, i) === 'determiner')) {
    if (cls(doc, i) === 'determiner') k = i + 2;
    else if (/^\p{Ll}/u.test(doc.tokens[i].text) && !cls(doc, i)) k = i + 1;
    else return i;
    // told state television the army …, told a news conference the talks …: one more plain word before an article is
    // the addressee's head.
    if (k + 1 < end && /^\p{Ll}+$/u.test(doc.tokens[k].text) && !cls(doc, k) && !/(ed|ing)$/.test(doc.keys[k]) && !doc.hitStarts[k]
      && !gapHas(doc, k, COMMA_SEMI_COLON) && !gapHas(doc, k + 1, COMMA_SEMI_COLON)
      && (ARTICLES.has(doc.keys[k + 1]) || k + 2 < end && cls(doc, k + 1) === 'preposition' && isTimeAt(doc, k + 2))) k++;
    // told local radio station DZR the …: lower-case words before a name are the medium's, the name ends the addressee.
    else k = namedMediumEnd(doc, k, end);
  }
  if (k < end && commaBefore(doc, k)) return i;
  // told Reuters the army had …, told the BBC the talks …: an article right after a name opens the reported clause's
  // subject, no part of the addressee.
  for (let a = i + 1; a < k; a++) {
    if (ARTICLES.has(doc.keys[a]) && /^\p{Lu}/u.test(doc.tokens[a - 1].text) && !cls(doc, a - 1)) { k = a; break; }
  }
  // told Reuters on Monday the army …: a time after a preposition is skipped as a bare time is.
  if (k + 1 < end && cls(doc, k) === 'preposition' && isTimeAt(doc, k + 1)) k++;
  while (k < end && (isTimeAt(doc, k) || doc.input.times.some((t) => t.start === doc.tokens[k].start))) k++;
  if (cls(doc, k - 1) === 'preposition') return i;
  // told CNN in an interview he would …: an occasion phrase before the clause is skipped too.
  return afterAdjunct(doc, k, end, isClauseStart);
}


/** True when token k is a time word (not "this") or inside a time expression. */
export function isTimeAt(doc: Doc, k: number): boolean {
  // (past the last token, as after a cue ending the text: no time)
  return k < doc.tokens.length && (cls(doc, k) === 'time' && doc.keys[k] !== 'this'
    || doc.input.times.some((t) => t.start <= doc.tokens[k].start && t.end >= doc.tokens[k].end));
}

/** told X "…" / told X after the verdict "…": the quotation opens right after the addressee or a prepositional phrase. */
export function quoteAfterAddressee(doc: Doc, i: number, k: number, end: number): boolean {
  const a = afterAddressee(doc, i, end);
  return a > i && (a === k || cls(doc, a) === 'preposition' && a < k);
}

/** Most lower-case words between the addressee's first word and a name (local radio station DZR). */
const MAX_WORDS_BEFORE_NAME = 2;

/** Match keys of nouns of a medium before its name (radio station DZR), from data/lexicons/en/media-nouns.tsv. */
const mediaNouns = lazyKeySet('en', 'media-nouns.tsv');

/** End of "… station DZR" when plain lower-case words from `k`, the last a medium noun, lead to a name; else `k`. */
function namedMediumEnd(doc: Doc, k: number, end: number): number {
  let m = k;
  while (m < end && m - k < MAX_WORDS_BEFORE_NAME && /^\p{Ll}+$/u.test(doc.tokens[m].text) && !cls(doc, m) && !doc.hitStarts[m]
    && !/(ed|ing)$/.test(doc.keys[m]) && !gapHas(doc, m, COMMA_SEMI_COLON)) m++;
  // (told reporters Russia had …: only a medium noun right before it makes the name the addressee's)
  if (m === k || m >= end || !mediaNouns().has(doc.keys[m - 1]) || !/^\p{Lu}/u.test(doc.tokens[m].text) || gapHas(doc, m, COMMA_SEMI_COLON)) return k;
  const e = englishAfter(doc, m, end);
  return e > m ? e : k;
}
