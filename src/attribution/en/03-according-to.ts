import { accordingTo } from '../according-to.js';
import { nestedDoubt } from '../hedge.js';
import type { Rule } from '../types.js';
import { commaBefore, contentRange } from '../clause.js';
import { gapBefore, sentenceEnd, sentenceStart } from '../doc.js';
import { speechQuoteAt } from '../ar/content.js';
import { englishAfter, englishBefore, englishSource } from './speaker.js';

/** "according to X", "as reported by X". */
export const enAccordingTo: Rule = {
  id: 'en-according-to',
  on: 'source',
  apply(doc, hit) {
    if (hit?.type !== 'source') return null;
    // "citing security": only a name or a title phrase is a source after "citing".
    const d = accordingTo(doc, hit, 'en-according-to', doc.keys[hit.start] === 'citing' ? englishAfter : englishSource);
    if (!d) return null;
    // "…, according to health officials, ranging …": after a clause of its own the source reports that clause.
    // "President Erdogan said — as reported by Hurriyet Daily News — "…"": the quotation after the source.
    const srcEnd = englishSource(doc, hit.end, sentenceEnd(doc, hit.start));
    const q = srcEnd > hit.end && srcEnd < doc.tokens.length ? speechQuoteAt(doc, srcEnd) : undefined;
    if (q && !commaBefore(doc, hit.start)) return { ...d, content: q.chars, direct: true };
    let start = sentenceStart(doc, hit.start);
    for (let i = start + 1; i < hit.start; i++) if (/;|:\s/.test(gapBefore(doc, i))) start = i;
    const cue = doc.tokens[hit.start].start;
    const opener = doc.lex.words.get(doc.keys[start]);
    // not after "and," (largely Kurdish and, according to Turkey, supportive of …) nor a fronted phrase (As a result of …,)
    if (d.content[0] > cue && hit.start - start >= MIN_BEFORE_TOKENS && doc.keys[hit.end] !== 'which'
      && !['and', 'but', 'or'].includes(doc.keys[hit.start - 1]) && opener !== 'preposition' && doc.keys[start] !== 'as') {
      const range = contentRange(doc, start, hit.start);
      if (range) d.content = range;
    }
    return d;
  },
};

/** Tokens a clause before "according to" needs to be its content. */
const MIN_BEFORE_TOKENS = 4;

/** "X could not confirm Y" (also nested: "noted that the Pentagon could not confirm …"). */
export const enCouldNotConfirm: Rule = {
  id: 'en-could-not-confirm', on: 'hedge', apply: (doc, hit) => nestedDoubt(doc, hit, 'en-could-not-confirm', englishBefore),
};
