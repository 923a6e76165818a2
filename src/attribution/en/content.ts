import { MAX_TOKENS_TO_COMPLEMENT } from '../constants.js';
import { clauseEnd, colonBefore, commaBefore, contentRange, quoteTokensAt } from '../clause.js';
import { speechQuoteAt } from '../ar/content.js';
import { cueStartsAt, gapHas, sourceStartsAt } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { afterAddressee, isTimeAt, quoteAfterAddressee } from './addressee.js';
import { beforeCoordinatedSubject } from './coordinated-subject.js';
import { beforeParticipleSubject } from './participle-subject.js';
import { beforeTrailingSource } from './trailing-source.js';
import { englishAfter, englishBefore } from './speaker.js';
import { DOCUMENTS } from './speaker-before.js';
import { afterAdjunct } from './adjunct-before-clause.js';
import { AUX, isClauseStart } from './clause-start.js';
import { MAX_ASIDE_TOKENS, nextComma, objectEnd, semicolonEnd } from './content-end.js';
import { cls } from './phrase-bounds.js';
import { COORDINATORS } from './verb-reading.js';

// What an English cue reports (englishContent): a quotation, the clause after "that", a bare clause or an object, with
// the adjuncts and asides before it skipped. Where a bare clause opens is in clause-start.ts; where a clause or an
// object ends, in content-end.ts.

/** A dash, a comma or a colon (before a quotation after a topic or a source aside). */
const DASH_COMMA_COLON = gapChars('\u2014\u2013,:');
/** A comma, a semicolon or a colon (ends a run of time words). */
const COMMA_SEMI_COLON = gapChars(',;:');

export interface EnContent { range: [number, number]; direct: boolean; from: number; complement: boolean }

/**
 * What an English cue reports, from token `from`: a quotation that opens at once (or after a colon),
 * else the clause after "that" found within a few tokens (told reporters that …), else the rest of the
 * clause (the object of denied/accused …, "if …" after said).
 */
export function englishContent(doc: Doc, from: number, keepObject: boolean, limit: number, clausal = false, tell = false): EnContent | null {
  let i = from;
  // remarked, "Today I am …": a quotation opening right after the cue is what was said, its first words included.
  const opening = speechQuoteAt(doc, i);
  // (said "three gunmen" were killed: a quoted subject before its verb opens the reported clause, below)
  const quotedSubject = opening && quotedSubjectAt(doc, opening, limit);
  if (opening && !quotedSubject) return { range: opening.chars, direct: true, from: i, complement: false };
  while (i < limit && cls(doc, i) === 'adverb' && !MODALS.has(doc.keys[i]) && !bothOfObject(doc, i, limit)) i++;
  // said on Friday "…", said yesterday the talks …: a time adjunct right after the cue is not what was said.
  i = afterLeadingTime(doc, i, limit);
  // commented on the matter — which … — "However …": after a topic, a quotation later in the sentence is what was said.
  if ((doc.keys[i] === 'on' || doc.keys[i] === 'about') && cls(doc, i + 1) === 'determiner') {
    for (let k = i + 2; k < limit; k++) {
      const q = gapHas(doc, k, DASH_COMMA_COLON) && speechQuoteAt(doc, k);
      if (q) return { range: q.chars, direct: true, from: k, complement: false };
    }
  }
  // said — as reported by Hurriyet Daily News — "…": the source aside is not part of what was said.
  if (sourceStartsAt(doc, i)) {
    for (let k = i + 2; k < Math.min(limit, i + 14); k++) {
      if (gapHas(doc, k, DASH_COMMA_COLON)) { i = k; break; }
    }
  }
  // alleged, by way of example, Mahan had …: a short prepositional aside between commas is skipped.
  // (claimed, as of Thursday, it was …: "as of" opens such an aside too.)
  if (i < limit && commaBefore(doc, i) && (cls(doc, i) === 'preposition' || doc.keys[i] === 'as' && doc.keys[i + 1] === 'of')) {
    const next = nextComma(doc, i, limit);
    if (next < limit && next - i <= 4 && !quoteTokensAt(doc, i)) i = next;
  }
  // explained to CNN why …, admitted to police that …: the addressee before a wh-clause or "that" is not what was said.
  if (doc.keys[i] === 'to' && !tell) {
    for (let k = i + 2; k < Math.min(limit, i + MAX_ADDRESSEE_TOKENS + 2); k++) {
      if (gapHas(doc, k, COMMA_SEMI_COLON) || doc.hitStarts[k]) break;
      if (WH_OPENERS.has(doc.keys[k]) || cls(doc, k) === 'complement') { i = k; break; }
    }
  }
  // said in a statement it was ready: the adjunct before a bare clause is skipped.
  i = afterAdjunct(doc, i, limit, isClauseStart);
  if (i >= limit) return null;
  let end = semicolonEnd(doc, i, Math.min(limit, clauseEnd(doc, i)));
  // "…used by the assailant, reported by The Guardian as convicted of …, to gain entry": a reduced passive describing
  // the noun before it is no new clause; what was said runs on past it.
  while (end < limit && describedBy(doc, end, limit)) end = semicolonEnd(doc, i, Math.min(limit, clauseEnd(doc, end + 1)));
  // "reported a government source, whom it did not name, said …": the inner report is what was reported, its cue no end.
  if (end < limit && subjectAsideBefore(doc, i, end)) end = semicolonEnd(doc, i, Math.min(limit, clauseEnd(doc, end + 1)));
  // "…no trace of explosives despite Znak.com claiming …": the participle's subject opens another source's statement.
  end = beforeParticipleSubject(doc, i, end);
  end = beforeCoordinatedSubject(doc, i, end);
  end = beforeTrailingSource(doc, i, end);
  if (i >= end) return null;
  if (quotedSubject) {
    const range = contentRange(doc, i, end);
    return range && { range: [opening.chars[0], range[1]], direct: true, from: i, complement: false };
  }
  const q = speechQuoteAt(doc, i);
  if (q) return { range: q.chars, direct: true, from: i, complement: false };
  if (colonBefore(doc, i)) {
    const range = contentRange(doc, i, end);
    return range && { range, direct: false, from: i, complement: false };
  }
  for (let k = i + 1; k < Math.min(end, i + MAX_TOKENS_TO_COMPLEMENT); k++) {
    // told the Daily Mail, "…": a quotation a few words on, after a comma or a colon.
    // told the BBC after the verdict "…": after an addressee the quotation needs no comma.
    const later = (commaBefore(doc, k) || colonBefore(doc, k) || tell && quoteAfterAddressee(doc, i, k, end)) && speechQuoteAt(doc, k);
    // (regrets that X: "…," said Ms. Lee: a quotation with a cue of its own after it is that cue's.)
    if (later && !cueAfterQuote(doc, later.chars[1])) return { range: later.chars, direct: true, from: k, complement: false };
  }
  // said there was no evidence that …, said it was clear that …: a clause that opens at once holds a later "that".
  const clause = isClauseStart(doc, i);
  // cautioned against taking the data as proof that …: what one warns against is the content, not a later "that".
  const against = doc.keys[i] === 'against';
  for (let k = i; !against && k < Math.min(end, i + MAX_TOKENS_TO_COMPLEMENT); k++) {
    // claimed, without providing evidence, that …: "that" after an aside still opens the clause.
    if (k > i && commaBefore(doc, k) && cls(doc, k) !== 'complement') break;
    if (clause && k > i && AUX.has(doc.keys[k])) break;
    // reported its source said that …: a "that" after an inner cue is that cue's; the inner report is the content.
    // (denied all claims that …: a cue form after a determiner is a noun.)
    // (said in a statement posted online that …: a cue form right after a document noun describes the document.)
    if (k > i && cueStartsAt(doc, k) && !NOUN_LEADS.has(doc.keys[k - 1]) && !DOCUMENTS.has(doc.keys[k - 1])) break;
    if (cls(doc, k) !== 'complement') continue;
    // ruled on the appeal of that decision: "that" right after a preposition is a demonstrative.
    if (k > i && (cls(doc, k - 1) === 'preposition' || doc.keys[k - 1] === 'of')) continue;
    // announced the decision that night: "that" before a time word that ends the clause is a demonstrative.
    if (cls(doc, k + 1) === 'time' && (k + 2 >= end || gapHas(doc, k + 2, COMMA_SEMI_COLON))) continue;
    const start = keepObject && k > i ? i : k + 1;
    const inner = speechQuoteAt(doc, k + 1);
    if (inner && start === k + 1) return { range: inner.chars, direct: true, from: start, complement: true };
    const range = contentRange(doc, start, end);
    return range && { range, direct: false, from: start, complement: true };
  }
  // told a guard at the door, in French and English, "they raped me": after an addressee and its adjuncts, a quotation
  // that closes the clause, with no "that" or cue before it.
  if (tell) {
    for (let k = i + MAX_TOKENS_TO_COMPLEMENT; k < Math.min(end, i + MAX_TOKENS_TO_LATE_QUOTE); k++) {
      if (cls(doc, k) === 'complement' || doc.hitStarts[k]) break;
      const q = commaBefore(doc, k) && speechQuoteAt(doc, k);
      if (q && q.to >= end - 1) return { range: q.chars, direct: true, from: k, complement: false };
    }
  }
  // told reporters today the talks …: after the addressee (and a time), the rest is the reported clause.
  // (told residents to leave: an object and an infinitive, below.)
  if (tell) {
    const k = afterAddressee(doc, i, end);
    if (k > i && end - k >= 3 && !doc.keys.slice(k, k + 2).includes('to') && cls(doc, k) !== 'preposition') {
      const range = contentRange(doc, k, end);
      return range && { range, direct: false, from: k, complement: false };
    }
  }
  // A bare clause (said the law has …, announced he would …) runs to the clause end.
  if (clausal || isClauseStart(doc, i)) {
    const range = contentRange(doc, i, end);
    return range && { range, direct: false, from: i, complement: false };
  }
  const range = contentRange(doc, i, objectEnd(doc, i, beforeNextSubject(doc, i, end)));
  return range && { range, direct: false, from: i, complement: false };
}

/**
 * True when the tokens [i, k) are a subject and a relative aside in commas (a source, whom it did not name,) and a verb
 * cue starts at k: the cue is the subject's, inside the clause from i.
 */
function subjectAsideBefore(doc: Doc, i: number, k: number): boolean {
  if (!commaBefore(doc, k) || !doc.hits.some((h) => h.type === 'cue' && h.start === k && h.cue.kind === 'verb')) return false;
  let w = i + 1;
  while (w < k && !commaBefore(doc, w)) w++;
  if (w >= k || w - i > MAX_ASIDE_TOKENS || !RELATIVE_ASIDE.has(doc.keys[w]) || k - w > MAX_ASIDE_TOKENS) return false;
  for (let x = w + 1; x < k; x++) if (commaBefore(doc, x)) return false;
  return true;
}

/** Relative pronouns opening an aside about a subject (a source, whom they did not name, said). */
const RELATIVE_ASIDE = new Set(['who', 'whom', 'which', 'whose']);

/** Most tokens between a quotation's end and a cue that claims it (", said X" / ", X said"). */
const MAX_TOKENS_TO_OWN_CUE = 4;

/** True when a cue starts within a few tokens after the quotation ending at character `end`, in its sentence. */
export function cueAfterQuote(doc: Doc, end: number): boolean {
  const t = doc.tokens.findIndex((x) => x.start >= end);
  if (t <= 0) return false;
  // (…", and called the demand …: a coordinated cue goes on with the subject, it claims no quotation)
  return doc.hits.some((h) => h.type === 'cue' && h.start >= t && h.start < t + MAX_TOKENS_TO_OWN_CUE && doc.sentOf[h.start] === doc.sentOf[t - 1]
    && !doc.keys.slice(t, h.start).some((w) => COORDINATORS.has(w)));
}

/** ", reported by X as …" at token k: a one-word -ed cue after a comma, then "by", a source phrase and "as". */
function describedBy(doc: Doc, k: number, limit: number): boolean {
  if (!commaBefore(doc, k) || !/ed$/.test(doc.keys[k]) || doc.keys[k + 1] !== 'by' || !doc.hits.some((h) => h.type === 'cue' && h.start === k && h.end === k + 1)) return false;
  const e = englishAfter(doc, k + 2, limit);
  return e > k + 2 && doc.keys[e] === 'as' && !gapHas(doc, e, COMMA_SEMI_COLON);
}

/** Conjunctions that open a subordinate clause inside an object (threatened sanctions if the fighting continued). */
const SUBORDINATORS = new Set(['if', 'unless', 'when', 'because', 'until', 'once', 'while', 'whether']);

/** Calling it a "culture of death" the archbishop said …: an object ends where the next cue's subject starts. */
function beforeNextSubject(doc: Doc, i: number, end: number): number {
  const h = doc.hits.find((x) => x.type === 'cue' && x.start > i + 1 && x.start < end);
  if (!h) return end;
  const s = englishBefore(doc, h.start, i + 1);
  // (threatened sanctions if the fighting continued: a subordinate clause's subject is inside the object)
  if (SUBORDINATORS.has(doc.keys[s - 1])) return end;
  return s < h.start && s > i + 1 && (cls(doc, s) === 'determiner' || /^\p{Lu}/u.test(doc.tokens[s].text)) ? s : end;
}

/** Tokens of a time adjunct at `from` (on Friday, yesterday, last week) skipped, when at least two tokens remain after it. */
function afterLeadingTime(doc: Doc, from: number, limit: number): number {
  let k = from;
  if (k + 1 < limit && cls(doc, k) === 'preposition' && isTimeAt(doc, k + 1)) k++;
  if (!isTimeAt(doc, k)) return from;
  while (k < limit && isTimeAt(doc, k) && !(k > from && gapHas(doc, k, COMMA_SEMI_COLON))) k++;
  return limit - k >= 2 ? k : from;
}

/** Most tokens of an addressee after "to" before a wh-clause or "that" (explained to the state broadcaster why …). */
const MAX_ADDRESSEE_TOKENS = 4;

/** Words after which a cue form is a noun (all claims that …, the reports that …). */
const NOUN_LEADS = new Set(['the', 'a', 'an', 'all', 'any', 'such', 'these', 'those', 'no', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words that open a reported question (explained why …, asked whether …). */
const WH_OPENERS = new Set(['why', 'how', 'what', 'whether', 'when', 'where', 'who']);

/** "accused both sides of …", "urged both Lee and Ray to …": "both" before a noun or a name opens the object, no adverb. */
function bothOfObject(doc: Doc, i: number, limit: number): boolean {
  if (doc.keys[i] !== 'both' || i + 1 >= limit || gapHas(doc, i + 1, DASH_COMMA_COLON)) return false;
  const next = cls(doc, i + 1);
  return next === undefined || next === 'determiner' || next === 'pronoun';
}

/** Modals listed as adverbs (skipped before a cue: "will announce") but kept at a content's start ("said would allow"). */
const MODALS = new Set(['will', 'would', 'shall']);

/** Furthest token (from the addressee) at which a quotation after a tell-cue's adjuncts may open. */
const MAX_TOKENS_TO_LATE_QUOTE = 16;

/** Most tokens of a quoted subject before its verb (said "three gunmen" were killed). */
const MAX_QUOTED_SUBJECT_TOKENS = 4;
/** Finite words that, right after a short quotation, make it a clause's subject (besides AUX). */
const SUBJECT_FINITE = new Set(['have', 'remain', 'remains']);

/**
 * True when the short quotation [from, to) is followed at once, with no mark but its closing one between, by a finite
 * auxiliary (said "serious mistakes" had been made): the quotation is the subject of the reported clause.
 */
function quotedSubjectAt(doc: Doc, q: { from: number; to: number }, limit: number): boolean {
  const { from, to } = q;
  if (to >= limit || to - from > MAX_QUOTED_SUBJECT_TOKENS || !AUX.has(doc.keys[to]) && !SUBJECT_FINITE.has(doc.keys[to])) return false;
  return !/[,;:.!?\u2014\u2013]/.test(doc.text.slice(doc.tokens[to - 1].end, doc.tokens[to].start));
}
