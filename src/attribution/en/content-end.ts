import { commaBefore } from '../clause.js';
import { gapBefore } from '../doc.js';
import type { Doc } from '../types.js';
import { AUX, SUBJECTS } from './clause-start.js';
import { cls } from './phrase-bounds.js';
import { COORDINATORS } from './verb-reading.js';

// Where what an English cue reports ends (content.ts): a reported clause at a semicolon or a turn to the article's own
// voice (semicolonEnd), an object phrase at a comma, a time adjunct or a second predicate (objectEnd).

/**
 * A semicolon outside a quotation ends the reported clause (claimed X; Redouane claimed Y); so does a
 * sentence end inside a quotation ("He announced this will not be effective today. We will …", "… claimed they have
 * support [...] But now …").
 */
export function semicolonEnd(doc: Doc, i: number, end: number): number {
  for (let k = i + 1; k < end; k++) {
    const gap = gapBefore(doc, k);
    // (… public support [...] But now …: an elision mark in brackets ends the sentence before it as well)
    if (/[.!?…]\]?\s/u.test(gap) && /^\p{Lu}/u.test(doc.tokens[k].text) && doc.tokens[k - 1].text.length > 1
      && doc.quotes.some((q) => q.start <= doc.tokens[i].start && q.end > doc.tokens[k].start)) return k;
    const at = doc.tokens[k].start;
    // "…was due to a lack of airtime, and he accused …": a comma, a coordinator and a subject pronoun open a clause of
    // the article's own (outside a quotation).
    if (gap.includes(',') && COORDINATORS.has(doc.keys[k]) && SUBJECTS.has(doc.keys[k + 1] ?? '')
      && !doc.quotes.some((q) => q.start < at && q.end > at)) return k;
    // "…said 12 people had died, but later revised the figure": a comma, a coordinator, a sequence adverb and a past
    // verb go on with the speaker's own later act, no part of what was said.
    if (gap.includes(',') && COORDINATORS.has(doc.keys[k]) && SEQUELS.has(doc.keys[k + 1] ?? '') && pastAt(doc, k + 2)
      && !doc.quotes.some((q) => q.start < at && q.end > at)) return k;
    // "…denied all claims that X was slain, however, a report concluded …": a contrast adverb between commas turns to
    // the article's own voice.
    // (only after a whole clause: "said the port, however, was closed" goes on)
    if (gap.includes(',') && CONTRASTS.has(doc.keys[k]) && gapBefore(doc, k + 1).includes(',')
      && doc.keys.slice(i, k).some((w) => AUX.has(w)) && !doc.quotes.some((q) => q.start < at && q.end > at)) return k;
    // "…were killed on Monday night, while footage from the scene showed …": a comma and a contrasting "while" turn to
    // another source or the article's own voice (or, before a participle, to the speaker's next act: "…, while noting").
    if (gap.includes(',') && CONTRAST_CONJUNCTIONS.has(doc.keys[k]) && !doc.quotes.some((q) => q.start < at && q.end > at)) return k;
    if (!gap.includes(';')) continue;
    if (!doc.quotes.some((q) => q.start < at && q.end > at)) return k;
  }
  return end;
}

/** Adverbs of a later time that, after a comma and a coordinator, open the speaker's next act (…, but later revised …). */
const SEQUELS = new Set(['later', 'then', 'subsequently', 'afterwards', 'afterward', 'since', 'soon']);

/** A past verb at token k: a regular -ed form or a common irregular one. */
function pastAt(doc: Doc, k: number): boolean {
  const w = doc.keys[k] ?? '';
  return /^[a-z]+ed$/.test(w) || PAST.has(w);
}

/** Conjunctions that, after a comma, open a contrasting clause with its own subject (…, while others …). */
const CONTRAST_CONJUNCTIONS = new Set(['while', 'whereas']);

/** Contrast adverbs that, between commas, end a reported clause (…, however, …). */
const CONTRASTS = new Set(['however', 'nevertheless', 'nonetheless']);

/** Longest aside between commas inside a reported clause's subject (the new region, to be called X, would …), in tokens. */
export const MAX_ASIDE_TOKENS = 8;

/** Words that end an object phrase: a time adjunct follows (announced his resignation shortly before midnight). */
const OBJECT_STOPS = new Set(['after', 'before', 'following', 'during', 'amid', 'shortly', 'since', 'despite', 'via']);
/** Words that open a phrase extending an object after a comma (…, beyond …; …, including …). */
const ELABORATIONS = new Set(['beyond', 'including', 'excluding', 'besides', 'except', 'notably', 'especially', 'particularly', 'mainly', 'chiefly', 'plus']);
/** Relative pronouns opening an aside inside an object (asked X, who is …, to resign). */
const RELATIVE = new Set(['who', 'which', 'whose']);
/** Common irregular past forms that start a second predicate after "and" (urged X to reconsider and spoke with …). */
const PAST = new Set(['spoke', 'met', 'went', 'left', 'gave', 'made', 'took', 'sent', 'held', 'began', 'came', 'paid', 'led', 'won', 'lost', 'met', 'saw', 'wrote', 'told', 'said']);

/**
 * Where an object phrase from token i ends: at the first comma, unless the comma opens a list of noun
 * phrases closed by and/or (…for the Persian Gulf, the Gulf of Oman and the Strait of Hormuz) or an aside
 * (", who …,"); before a time adjunct, a time expression, or "and" + a past verb.
 */
export function objectEnd(doc: Doc, i: number, end: number): number {
  const times = doc.input.times;
  let stop = i + 1;
  while (stop < end) {
    const k = doc.keys[stop];
    const inQuote = doc.quotes.some((q) => q.start < doc.tokens[stop].start && q.end > doc.tokens[stop].start && q.start >= doc.tokens[i].start - 1);
    if (commaBefore(doc, stop) && !inQuote) {
      const next = nextComma(doc, stop, end);
      if (RELATIVE.has(k) && next < end) { stop = next + 1; continue; }
      // announced a withdrawal from the region, beyond the one announced last week: a phrase that widens or narrows
      // the object after its comma is still what was announced.
      if (ELABORATIONS.has(k)) { stop = next; continue; }
      // announced the new region, to be called X, would govern itself: an aside, then a finite verb — the object
      // was the subject of a reported clause, which runs on.
      if (next < end && AUX.has(doc.keys[next]) && next - stop <= MAX_ASIDE_TOKENS) { stop = next + 1; continue; }
      const segment = doc.keys.slice(stop, next);
      const nounStart = cls(doc, stop) === 'determiner' || /^\p{Lu}/u.test(doc.tokens[stop].text) || doc.keys[stop] === 'formerly';
      if (nounStart && (segment.includes('and') || segment.includes('or')) && !segment.some((w) => w === 'said' || w === 'says')) { stop = next + 1; continue; }
      break;
    }
    if (OBJECT_STOPS.has(k)) break;
    // underlined the call for cooperation by saying "…": "by" and a participle open the manner, no part of the object.
    if (k === 'by' && /ing$/.test(doc.keys[stop + 1] ?? '')) break;
    // announced the decision that night: a demonstrative time adjunct.
    if (k === 'that' && cls(doc, stop + 1) === 'time') break;
    if (k === 'and' && (PAST.has(doc.keys[stop + 1]) || /ed$/.test(doc.keys[stop + 1] ?? '') && cls(doc, stop + 2) !== undefined)) break;
    const t = doc.tokens[stop].start;
    if (times.some((x) => x.start === t)) { if (cls(doc, stop - 1) === 'preposition' && stop - 1 > i) stop--; break; }
    stop++;
  }
  return Math.min(stop, end);
}

/** The token after the next comma from token `from` (exclusive), or `end`. */
export function nextComma(doc: Doc, from: number, end: number): number {
  let k = from + 1;
  while (k < end && !commaBefore(doc, k)) k++;
  return k;
}
