import { MAX_TOKENS_TO_COMPLEMENT } from '../constants.js';
import { clauseEnd, colonBefore, commaBefore, contentRange, quoteTokensAt } from '../clause.js';
import { speechQuoteAt } from '../ar/content.js';
import { cueStartsAt, gapBefore, gapHas, sourceStartsAt } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { afterAddressee, isTimeAt, quoteAfterAddressee } from './addressee.js';
import { objectWords } from './objects.js';
import { beforeCoordinatedSubject } from './coordinated-subject.js';
import { beforeParticipleSubject } from './participle-subject.js';
import { englishAfter, englishBefore } from './speaker.js';
import { DOCUMENTS } from './speaker-before.js';
import { afterAdjunct } from './adjunct-before-clause.js';
import { COORDINATORS } from './verb-reading.js';

/** A dash, a comma or a colon (before a quotation after a topic or a source aside). */
const DASH_COMMA_COLON = gapChars('\u2014\u2013,:');
/** A comma, a semicolon or a colon (ends a run of time words). */
const COMMA_SEMI_COLON = gapChars(',;:');

export interface EnContent { range: [number, number]; direct: boolean; from: number; complement: boolean }

const cls = (doc: Doc, i: number) => doc.lex.words.get(doc.keys[i]);

/**
 * What an English cue reports, from token `from`: a quotation that opens at once (or after a colon),
 * else the clause after "that" found within a few tokens (told reporters that …), else the rest of the
 * clause (the object of denied/accused …, "if …" after said).
 */
export function englishContent(doc: Doc, from: number, keepObject: boolean, limit: number, clausal = false, tell = false): EnContent | null {
  let i = from;
  // remarked, "Today I am …": a quotation opening right after the cue is what was said, its first words included.
  const opening = speechQuoteAt(doc, i);
  if (opening) return { range: opening.chars, direct: true, from: i, complement: false };
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
  if (i >= end) return null;
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

/** Calling it a "culture of death" the archbishop said …: an object ends where the next cue's subject starts. */
function beforeNextSubject(doc: Doc, i: number, end: number): number {
  const h = doc.hits.find((x) => x.type === 'cue' && x.start > i + 1 && x.start < end);
  if (!h) return end;
  const s = englishBefore(doc, h.start, i + 1);
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

/**
 * A semicolon outside a quotation ends the reported clause (claimed X; Redouane claimed Y); so does a
 * sentence end inside a quotation ("He announced this will not be effective today. We will …", "… claimed they have
 * support [...] But now …").
 */
function semicolonEnd(doc: Doc, i: number, end: number): number {
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
    if (!gap.includes(';')) continue;
    if (!doc.quotes.some((q) => q.start < at && q.end > at)) return k;
  }
  return end;
}

/** Most tokens of an addressee after "to" before a wh-clause or "that" (explained to the state broadcaster why …). */
const MAX_ADDRESSEE_TOKENS = 4;

/** Words after which a cue form is a noun (all claims that …, the reports that …). */
const NOUN_LEADS = new Set(['the', 'a', 'an', 'all', 'any', 'such', 'these', 'those', 'no', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words that open a reported question (explained why …, asked whether …). */
const WH_OPENERS = new Set(['why', 'how', 'what', 'whether', 'when', 'where', 'who']);

/** Adverbs of a later time that, after a comma and a coordinator, open the speaker's next act (…, but later revised …). */
const SEQUELS = new Set(['later', 'then', 'subsequently', 'afterwards', 'afterward', 'since', 'soon']);

/** A past verb at token k: a regular -ed form or a common irregular one. */
function pastAt(doc: Doc, k: number): boolean {
  const w = doc.keys[k] ?? '';
  return /^[a-z]+ed$/.test(w) || PAST.has(w);
}

/** "accused both sides of …", "urged both Lee and Ray to …": "both" before a noun or a name opens the object, no adverb. */
function bothOfObject(doc: Doc, i: number, limit: number): boolean {
  if (doc.keys[i] !== 'both' || i + 1 >= limit || gapHas(doc, i + 1, DASH_COMMA_COLON)) return false;
  const next = cls(doc, i + 1);
  return next === undefined || next === 'determiner' || next === 'pronoun';
}

/** Contrast adverbs that, between commas, end a reported clause (…, however, …). */
const CONTRASTS = new Set(['however', 'nevertheless', 'nonetheless']);

/** Modals listed as adverbs (skipped before a cue: "will announce") but kept at a content's start ("said would allow"). */
const MODALS = new Set(['will', 'would', 'shall']);

/** Subject pronouns that open a bare reported clause (announced he would resign). */
const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Finite words after "it" or "there" that make it a clause's subject (announced it would …, said there was …). */
const AUX = new Set(['would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'could', 'can', 'might', 'may', 'should', 'must', 'did', 'does']);

/** A bare reported clause opens at token i: a subject pronoun, or a finite auxiliary within its first words. */
export function isClauseStart(doc: Doc, i: number): boolean {
  if (SUBJECTS.has(doc.keys[i]) || ((doc.keys[i] === 'it' || doc.keys[i] === 'there') && AUX.has(doc.keys[i + 1]))) return true;
  // alleged Mahan had …, denied the claims were true: a finite auxiliary within the first words.
  for (let k = i + 1; k < Math.min(doc.keys.length, i + 4); k++) {
    if (commaBefore(doc, k) || cls(doc, k) === 'preposition' || cls(doc, k) === 'complement') return false;
    if (AUX.has(doc.keys[k])) return true;
    // concluded evidence supported his murder: a past form right after a short subject, with an object after it.
    // (a clause-cue before an object reports nothing, so it is a plain verb here: "claimed X first complained of theft")
    if (k <= i + 2 && PAST_FORM.test(doc.tokens[k].text) && (!cueStartsAt(doc, k) || clauseCueAt(doc, k)) && k + 1 < doc.keys.length && !commaBefore(doc, k + 1)
      && (cls(doc, k + 1) === 'determiner' || OBJECT_POSSESSIVES.has(doc.keys[k + 1]))) return true;
  }
  return false;
}

/** True when a one-word cue whose lemma reports only a clause (objects.tsv: clause-cue) starts at token k. */
function clauseCueAt(doc: Doc, k: number): boolean {
  const clauseCues = objectWords().get('clause-cue')!;
  return doc.hits.some((h) => h.type === 'cue' && h.start === k && h.end === k + 1 && clauseCues.has(h.cue.lemma));
}

/** A lower-case past form (supported, killed). */
const PAST_FORM = /^\p{Ll}+ed$/u;
/** Possessive pronouns that open an object (supported his murder). */
const OBJECT_POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Furthest token (from the addressee) at which a quotation after a tell-cue's adjuncts may open. */
const MAX_TOKENS_TO_LATE_QUOTE = 16;

/** Longest aside between commas inside a reported clause's subject (the new region, to be called X, would …), in tokens. */
const MAX_ASIDE_TOKENS = 8;

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
function objectEnd(doc: Doc, i: number, end: number): number {
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
function nextComma(doc: Doc, from: number, end: number): number {
  let k = from + 1;
  while (k < end && !commaBefore(doc, k)) k++;
  return k;
}
