import { MAX_SPEAKER_TOKENS } from '../constants.js';
import { afterInitial, cueStartsAt, gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { ARTICLES, BREAK, CAPITAL, cls, inTime } from './phrase-bounds.js';
import { inPhrase } from './speaker.js';

// The source phrase after "according to" or "as reported by" (03-according-to.ts, passive.ts): unlike a speaker
// phrase (speaker.ts) it may hold lower-case words (state media, a court clerk) and a date right after its article
// (a May 3 press release); any other time ends it.

/** Lower-case words a source phrase after "according to" may hold (health officials, a court clerk). */
const SOURCE_LOWER_WORDS = 3;
/** Words that link a source's head to the rest of it (a poll published by NBC News, the ministry of health). */
const SOURCE_LINKS = new Set(['of', 'by', 'from', 'for']);
/** Words that open a time phrase (last week, next month), never part of a source. */
const TIME_LEADS = new Set(['last', 'next', 'earlier', 'later']);
/** True when token i is in a time the time stage found or is a time word of the lexicon (Monday, week). */
const dated = (doc: Doc, i: number) => inTime(doc, i) || doc.lex.words.get(doc.keys[i]) === 'time';

/**
 * End of the source phrase after "according to" (or "as reported by"): a name or title phrase, else up to
 * three lower-case words (prosecutor Josh Bash, current president Emmerson Mnangagwa, state media,
 * a poll published by NBC News), stopping at punctuation, a cue, or a past form not followed by "by".
 */
export function englishSource(doc: Doc, from: number, end: number): number {
  let k = from, lower = 0;
  while (k < end && k - from < MAX_SPEAKER_TOKENS + SOURCE_LOWER_WORDS) {
    if (k > from && gapHas(doc, k, BREAK) && !afterInitial(doc, k)) break;
    const key = doc.keys[k];
    // "a May 3 company press release", "a March 14, 2019 NATO press release": a date right after the article dates the
    // source and is part of it.
    if (k === from + 1 && ARTICLES.has(doc.keys[from]) && inTime(doc, k)) {
      let t = k + 1;
      while (t < end && inTime(doc, t)) t++;
      if (t < end && !gapHas(doc, t, BREAK)) { k = t; continue; }
    }
    if (inTime(doc, k) || TIME_LEADS.has(key)) break;
    // "the ministry late on Monday": late/early before a date opens a time phrase (never "the late president").
    if ((key === 'late' || key === 'early') && k > from && [k + 1, k + 2].some((t) => t < end && dated(doc, t) && doc.keys.slice(k + 1, t).every((w) => w === 'on'))) break;
    if (inPhrase(doc, k)) { k++; continue; }
    if (key === 'and' && k > from && k + 1 < end && inPhrase(doc, k + 1) && CAPITAL.test(doc.tokens[k - 1].text)) { k++; continue; }
    if (SOURCE_LINKS.has(key) && k > from && k + 1 < end && !gapHas(doc, k + 1, BREAK)) { k++; continue; }
    const plain = /^\p{Ll}/u.test(doc.tokens[k].text) && !cls(doc, k) && !cueStartsAt(doc, k);
    if (!plain || lower >= SOURCE_LOWER_WORDS) break;
    if (/ed$/.test(key) && doc.keys[k + 1] !== 'by') break;
    lower++;
    k++;
  }
  while (k > from && (SOURCE_LINKS.has(doc.keys[k - 1]) || cls(doc, k - 1) === 'determiner')) k--;
  return k;
}
