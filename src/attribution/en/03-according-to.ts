import { accordingTo } from '../according-to.js';
import { nestedDoubt } from '../hedge.js';
import type { Doc, Hit, Rule } from '../types.js';
import { commaBefore, contentRange } from '../clause.js';
import { gapBefore, sentenceEnd, sentenceStart } from '../doc.js';
import { speechQuoteAt } from '../ar/content.js';
import { firstWordAt } from '../../text/words.js';
import { englishAfter, englishBefore, englishSource } from './speaker.js';
import { citingAs } from './06-label.js';

/** "according to X", "as reported by X". */
export const enAccordingTo: Rule = {
  id: 'en-according-to',
  on: 'source',
  apply(doc, hit) {
    if (hit?.type !== 'source') return null;
    // "citing the move as a "grave abuse"": the subject's own judgement (06-label.ts).
    if (doc.keys[hit.start] === 'citing') { const c = citingAs(doc, hit); if (c) return c; }
    // "citing security": only a name or a title phrase is a source after "citing"; "citing COVID-19 safety concerns":
    // a name before a lower-case noun names what is cited, not who.
    if (doc.keys[hit.start] === 'citing' && namesAThing(doc, hit.end, sentenceEnd(doc, hit.start))) return null;
    // per cent, per day, per the doctrines: "per" names a source only when a capitalised or title word follows in its phrase.
    if (doc.keys[hit.start] === 'per' && !perSource(doc, hit)) return null;
    const d = accordingTo(doc, hit, 'en-according-to', doc.keys[hit.start] === 'citing' ? englishAfter : englishSource);
    if (!d) return null;
    // "…, according to health officials, ranging …": after a clause of its own the source reports that clause.
    // "President Erdogan said — as reported by Hurriyet Daily News — "…"": the quotation after the source.
    const srcEnd = englishSource(doc, hit.end, sentenceEnd(doc, hit.start));
    const q = srcEnd > hit.end && srcEnd < doc.tokens.length ? speechQuoteAt(doc, srcEnd) : undefined;
    if (q && !commaBefore(doc, hit.start)) return { ...d, content: q.chars, direct: true };
    let start = sentenceStart(doc, hit.start);
    for (let i = start + 1; i < hit.start; i++) if (/;|:\s/.test(gapBefore(doc, i))) start = i;
    // "X had … and, according to CNN, was called …": a clause after the source that opens with a finite verb has its
    // subject before the source; the content is that clause, from its subject.
    const after = firstWordAt(doc.tokens, d.content[0]);
    if (after > hit.end && doc.tokens[after]?.start === d.content[0] && FINITE.has(doc.keys[after]) && commaBefore(doc, hit.start)) {
      const range = contentRange(doc, clauseSubject(doc, start, hit.start), firstWordAt(doc.tokens, d.content[1]));
      if (range) return { ...d, content: range };
    }
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

/** True when the name phrase at `from` goes on with a lower-case noun (COVID-19 safety concerns, Kremlin pressure). */
function namesAThing(doc: Doc, from: number, end: number): boolean {
  const k = englishAfter(doc, from, end);
  return k > from && k < end && !commaBefore(doc, k) && /^\p{Ll}/u.test(doc.tokens[k].text) && !doc.lex.words.get(doc.keys[k])
    && !doc.lex.titleWords.has(doc.keys[k]);
}

/**
 * "Per The Associated Press", "per the decree signed by the Pope", "Per numbers reported by The Associated Press": after
 * "per" and its listed words, a capitalised word or "the" opens a phrase that holds a capitalised or title word. Never
 * per cent, per day, per request of X (a request is no source).
 */
function perSource(doc: Doc, hit: Extract<Hit, { type: 'source' }>): boolean {
  const seq = hit.source.skip.find((q) => q.every((k, n) => doc.keys[hit.end + n] === k));
  const s = hit.end + (seq?.length ?? 0);
  if (s >= doc.tokens.length || !(/^\p{Lu}/u.test(doc.tokens[s].text) || doc.keys[s] === 'the')) return false;
  const e = englishSource(doc, s, sentenceEnd(doc, hit.start));
  for (let i = s; i < e; i++) if (/^\p{Lu}/u.test(doc.tokens[i].text) || doc.lex.titleWords.has(doc.keys[i])) return true;
  return false;
}

/** Finite verbs and auxiliaries that open a predicate without its subject (was called, has said, would be). */
const FINITE = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must']);

/** The subject of the clause that ends at token `before`: the last word after a comma that opens a noun phrase (a
 * capitalised word or an article), else the clause start `start`. */
function clauseSubject(doc: Doc, start: number, before: number): number {
  for (let j = before - 1; j > start; j--) {
    if (commaBefore(doc, j) && (/^\p{Lu}/u.test(doc.tokens[j].text) || doc.lex.words.get(doc.keys[j]) === 'determiner')) return j;
  }
  return start;
}

/** Tokens a clause before "according to" needs to be its content. */
const MIN_BEFORE_TOKENS = 4;

/** "X could not confirm Y" (also nested: "noted that the Pentagon could not confirm …"). */
export const enCouldNotConfirm: Rule = {
  id: 'en-could-not-confirm', on: 'hedge', apply: (doc, hit) => nestedDoubt(doc, hit, 'en-could-not-confirm', englishBefore),
};
