import { accordingTo } from '../according-to.js';
import { nestedDoubt } from '../hedge.js';
import type { Doc, Hit, Rule } from '../types.js';
import { clauseEnd, commaBefore, contentRange } from '../clause.js';
import { isClauseStart } from './clause-start.js';
import { gapBefore, sentenceEnd, sentenceStart } from '../doc.js';
import { speechQuoteAt } from '../ar/content.js';
import { firstWordAt } from '../../text/words.js';
import { inTime } from './phrase-bounds.js';
import { englishSource } from './source-phrase.js';
import { englishAfter, englishBefore, POSSESSIVES } from './speaker.js';
import { DOCUMENTS } from './speaker-before.js';
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
    // "According to a March 14, 2019 NATO press release, …": the comma inside the date that opens the source cuts neither
    // the source nor what it reports.
    const dated = englishSource(doc, hit.end, sentenceEnd(doc, hit.start));
    if (d.speaker.kind === 'span' && dated > hit.end && d.speaker.end < doc.tokens[dated - 1].end && d.content[0] < doc.tokens[dated - 1].end
      && inTime(doc, doc.tokens.findIndex((t) => t.end === (d.speaker as { end: number }).end))) {
      const range = contentRange(doc, dated, firstWordAt(doc.tokens, d.content[1]));
      if (range) Object.assign(d, { speaker: { ...d.speaker, end: doc.tokens[dated - 1].end }, content: range });
    }
    // "According to figures released by the ministry on Monday, 40 people died": the source's time phrase, up to its
    // comma, is no part of what it reports.
    if (d.speaker.kind === 'span') {
      const opened = timePhraseEnd(doc, firstWordAt(doc.tokens, d.content[0]), firstWordAt(doc.tokens, d.content[1]));
      if (opened && firstWordAt(doc.tokens, d.speaker.end) === firstWordAt(doc.tokens, d.content[0])) d.content = [doc.tokens[opened].start, d.content[1]];
    }
    // "according to a tweet on Monday by X", "according to a statement from X": the document's author is the source.
    const author = documentAuthor(doc, hit.end, sentenceEnd(doc, hit.start));
    if (author) d.speaker = { kind: 'span', start: doc.tokens[author[0]].start, end: doc.tokens[author[1] - 1].end, gender: '-' };
    // "…, according to health officials, ranging …": after a clause of its own the source reports that clause.
    // "President Erdogan said — as reported by Hurriyet Daily News — "…"": the quotation after the source.
    const srcEnd = englishSource(doc, hit.end, sentenceEnd(doc, hit.start));
    const q = srcEnd > hit.end && srcEnd < doc.tokens.length ? speechQuoteAt(doc, srcEnd) : undefined;
    if (q && !commaBefore(doc, hit.start)) return { ...d, content: q.chars, direct: true };
    // "…this year and according to the ministry he died in the morning": after a coordinator, a source with no comma
    // after it reports the clause that follows it.
    if (['and', 'but'].includes(doc.keys[hit.start - 1]) && srcEnd < sentenceEnd(doc, hit.start) && !commaBefore(doc, srcEnd)
      && isClauseStart(doc, srcEnd)) {
      const range = contentRange(doc, srcEnd, Math.min(sentenceEnd(doc, hit.start), clauseEnd(doc, srcEnd)));
      if (range) return { ...d, content: range };
    }
    // "According to Dr. Tom Frieden, formerly the director of the CDC, the pandemic is …": the source's apposition is
    // no part of what it reports.
    const apposed = appositionEnd(doc, d.content[0], d.content[1]);
    if (apposed) d.content = [doc.tokens[apposed].start, d.content[1]];
    let start = sentenceStart(doc, hit.start);
    for (let i = start + 1; i < hit.start; i++) if (/;|:\s/.test(gapBefore(doc, i))) start = i;
    // "X had … and, according to CNN, was called …": a clause after the source that opens with a finite verb has its
    // subject before the source; the content is that clause, from its subject.
    const after = firstWordAt(doc.tokens, d.content[0]);
    if (after > hit.end && doc.tokens[after]?.start === d.content[0] && FINITE.has(doc.keys[after]) && commaBefore(doc, hit.start)) {
      const range = contentRange(doc, clauseSubject(doc, start, hit.start), firstWordAt(doc.tokens, d.content[1]));
      if (range) return { ...d, content: range };
    }
    // "Rescuers, working in the cold, according to the ministry recovered ten survivors": a past verb right after the
    // source, with no comma between, is the predicate of the subject before it; the content is that whole clause.
    const predicate = predicateAfterSource(doc, hit.start, srcEnd);
    if (predicate) {
      const range = contentRange(doc, clauseSubject(doc, start, hit.start), Math.min(sentenceEnd(doc, hit.start), clauseEnd(doc, srcEnd)));
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

/** Most tokens of a source's apposition (formerly the director of the United States' Centers for Disease Control). */
const MAX_APPOSITION_TOKENS = 14;
/** Words that open an apposition after a source's name (the director of …, formerly …, a spokesman for …). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'formerly', 'former', 'now', 'then']);

/**
 * The token after an apposition that opens the content range [from, to) of a source after "according to" (…, the
 * director of X, the pandemic is …): a determiner-led phrase with no cue, closed by a comma with a clause after it.
 */
function appositionEnd(doc: Doc, from: number, to: number): number | null {
  const first = doc.tokens.findIndex((t) => t.start === from);
  // (According to Lee, who spoke to the BBC, …: a relative clause about the source holds a verb of its own)
  const relative = doc.keys[first] === 'who';
  if (first < 1 || !commaBefore(doc, first) || !APPOSITION_OPENERS.has(doc.keys[first]) && !relative) return null;
  const last = firstWordAt(doc.tokens, to);
  for (let k = first + 1; k < Math.min(last, first + MAX_APPOSITION_TOKENS + 1); k++) {
    if (!relative && (doc.hitStarts[k] || FINITE.has(doc.keys[k])) || /[;:.!?"“”]/.test(gapBefore(doc, k))) return null;
    if (commaBefore(doc, k)) return last - k >= MIN_BEFORE_TOKENS - 1 && isClauseStart(doc, k) ? k : null;
  }
  return null;
}

/** Words that open a time phrase between a document and its author (a tweet on Monday by X). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'last', 'this', 'earlier']);
/** Most tokens of that time phrase. */
const MAX_AUTHOR_TIME_TOKENS = 4;

/**
 * The token after a time phrase at `from` closed by a comma with at least MIN_BEFORE_TOKENS - 1 words after it before
 * `to` (on Monday, late on Tuesday, last week, earlier this month), else null.
 */
function timePhraseEnd(doc: Doc, from: number, to: number): number | null {
  let k = from;
  while (k < to && k - from < MAX_AUTHOR_TIME_TOKENS && !(k > from && commaBefore(doc, k))
    && (TIME_PREPOSITIONS.has(doc.keys[k]) || TIME_WORDS.has(doc.keys[k]) || inTime(doc, k) || doc.lex.words.get(doc.keys[k]) === 'time')) k++;
  return k > from && k < to && commaBefore(doc, k) && inTimeBetween(doc, from, k) && to - k >= MIN_BEFORE_TOKENS - 1 ? k : null;
}

/** Words of a time phrase besides its dates (late on Monday, early this week). */
const TIME_WORDS = new Set(['late', 'early', 'week', 'month', 'year']);

/** True when some token in [from, to) is a date or time the time stage found, or a time word of the lexicon. */
function inTimeBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (inTime(doc, k) || doc.lex.words.get(doc.keys[k]) === 'time') return true;
  return false;
}

/**
 * Tokens [start, end) of X in "a tweet (on Monday) by X", "a statement from X", "its press release by X" at `from`:
 * a determiner or possessive, a document word (speaker-before.ts: DOCUMENTS) and by/from after an optional time phrase.
 */
function documentAuthor(doc: Doc, from: number, end: number): [number, number] | null {
  let k = from;
  if (!['a', 'an', 'the'].includes(doc.keys[k]) && !POSSESSIVES.has(doc.keys[k])) return null;
  k++;
  if (doc.keys[k] === 'press' || doc.keys[k] === 'news') k++;
  if (k >= end || !DOCUMENTS.has(doc.keys[k])) return null;
  k++;
  const t0 = k;
  while (k < end && k - t0 < MAX_AUTHOR_TIME_TOKENS && doc.keys[k] !== 'by' && doc.keys[k] !== 'from'
    && (TIME_PREPOSITIONS.has(doc.keys[k]) || inTime(doc, k) || doc.lex.words.get(doc.keys[k]) === 'time')) k++;
  if (doc.keys[k] !== 'by' && doc.keys[k] !== 'from') return null;
  const e = englishSource(doc, k + 1, end);
  return e > k + 1 ? [k + 1, e] : null;
}

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

/**
 * True when a past-tense predicate opens right after the source phrase ending at `srcEnd` (no comma between) and a
 * comma closes the subject's phrase before the source words at `hitStart`: an -ed form or a finite auxiliary followed
 * by no "by" (a source "officials quoted by X" goes on with its own participle).
 */
function predicateAfterSource(doc: Doc, hitStart: number, srcEnd: number): boolean {
  if (srcEnd >= doc.tokens.length || doc.sentOf[srcEnd] !== doc.sentOf[hitStart] || commaBefore(doc, srcEnd) || !commaBefore(doc, hitStart)) return false;
  if (/[;:"“”()]/.test(gapBefore(doc, srcEnd)) || !/^\p{Ll}/u.test(doc.tokens[srcEnd].text)) return false;
  const k = doc.keys[srcEnd];
  return (FINITE.has(k) || (/ed$/.test(k) && !doc.lex.words.get(k))) && doc.keys[srcEnd + 1] !== 'by';
}

/** Tokens a clause before "according to" needs to be its content. */
const MIN_BEFORE_TOKENS = 4;

/** "X could not confirm Y" (also nested: "noted that the Pentagon could not confirm …"). */
export const enCouldNotConfirm: Rule = {
  id: 'en-could-not-confirm', on: 'hedge', apply: (doc, hit) => nestedDoubt(doc, hit, 'en-could-not-confirm', englishBefore),
};
