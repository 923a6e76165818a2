import { commaBefore } from '../clause.js';
import { gapBefore } from '../doc.js';
import type { Doc, Hit, SpeakerRef } from '../types.js';
import { commonNounSubject } from './common-noun-subject.js';
import { objectWords } from './objects.js';
import { asAfterObject } from './said-object.js';
import { englishAfter, skipBackAdverbs } from './speaker.js';
import { subordinateSubject } from './subordinate-subject.js';
import { skipTimeBack, span } from './speaker-before.js';
import { isNameWord, passiveBefore, SPOKEN } from './verb-reading.js';

type CueHit = Extract<Hit, { type: 'cue' }>;

/**
 * "spoke", a cue only before a quotation (spoke on Fox News, "…"), mostly reports nothing (spoke to students in …): it
 * gives a later participle of its sentence no speaker of its own; so does any colon-only cue (responded, continued)
 * that reported nothing before the participle. (Held back once for claims dev8 0.313 → 0.299, the right speaker's
 * statements joining another claim; landed with src/claims/entity-roles.ts, which keeps them apart.)
 */
const colonOnly = (doc: Doc, h: Hit, at: number) => h.type === 'cue'
  && (h.cue.lemma === 'speak' || h.cue.frame.size === 1 && h.cue.frame.has('colon') && !reportsBefore(doc, h, at)
    // (so does an as-cue with no "as" phrase: "Ortiz praised the rescue, saying …" reports nothing by "praised")
    || objectWords().get('as-cue')!.has(h.cue.lemma) && !asAfterObject(doc, h.end, at));

/**
 * True when a colon-only cue (responded, defended) reports something before token `at`: a quotation or a colon after
 * it. "Trump, who …, responded to her letter on Twitter, calling for …" reports nothing by "responded": the participle
 * is the named subject's.
 */
function reportsBefore(doc: Doc, h: Hit, at: number): boolean {
  const from = doc.tokens[h.start].end, to = doc.tokens[at].start;
  return doc.text.slice(from, to).includes(':') || doc.quotes.some((q) => q.open >= from && q.open < to);
}

/** Leading "On Monday," / "In a statement,": the subject starts after the first comma within a few tokens. */
function subjectStart(doc: Doc, floor: number, limit: number): number {
  const c = doc.lex.words.get(doc.keys[floor]);
  if (c !== 'preposition' && c !== 'time' && c !== 'boundary' && c !== 'adverb') return floor;
  for (let i = floor + 1; i < Math.min(limit, floor + 6); i++) if (commaBefore(doc, i)) return i;
  return floor;
}

/** Verbs that name the one quoted before "as saying" (quoted X as saying, cited X as saying). */
const QUOTING = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);
/** Most tokens between the quoting verb and "as" (the name and an aside in commas). */
const MAX_QUOTED_AS_TOKENS = 16;

/** The name phrase after "quoted" in "quoted X(, an aside,) as saying", for the participle `hit` after "as"; else null. */
function quotedAs(doc: Doc, hit: CueHit, floor: number): SpeakerRef | null {
  const as = hit.start - 1;
  if (as <= floor || doc.keys[as] !== 'as' || hit.cue.kind !== 'participle' && !/ing$/.test(doc.keys[hit.start])) return null;
  for (let j = as - 1; j >= Math.max(floor, as - MAX_QUOTED_AS_TOKENS); j--) {
    if (!QUOTING.has(doc.keys[j])) continue;
    const e = englishAfter(doc, j + 1, as);
    return e > j + 1 ? span(doc, j + 1, e) : commonNounPhrase(doc, j + 1, as) ? span(doc, j + 1, as) : null;
  }
  return null;
}

/** Most words after the article of an unnamed source quoted (a senior military official). */
const MAX_QUOTED_NOUN_WORDS = 4;

/**
 * "quoted a senior official as saying": an article and a few words of no listed class filling [s, e) with no mark
 * between them, a phrase englishAfter leaves when no word in it is a title.
 */
function commonNounPhrase(doc: Doc, s: number, e: number): boolean {
  if (doc.lex.words.get(doc.keys[s]) !== 'determiner' || e - s < 2 || e - s > MAX_QUOTED_NOUN_WORDS + 1) return false;
  for (let k = s + 1; k < e; k++) if (doc.lex.words.get(doc.keys[k]) || doc.hitStarts[k] || /[^\s]/.test(gapBefore(doc, k))) return false;
  return true;
}

/** Most lower-case words left of a head phrase before its apposed name (former Trump adviser). */
const MAX_HEAD_TAIL_WORDS = 3;
/** Most words of an apposed name (Sebastian Gorka). */
const MAX_APPOSED_NAME_WORDS = 4;

/**
 * "Another former Trump adviser, Sebastian Gorka, …": the capitalised name between commas right after the rest of the
 * subject's head phrase (from token `e`, at most MAX_HEAD_TAIL_WORDS words of no listed class); null when none.
 */
function apposedName(doc: Doc, e: number, before: number): SpeakerRef | null {
  let k = e;
  while (k < before && k - e < MAX_HEAD_TAIL_WORDS && !commaBefore(doc, k) && !doc.lex.words.get(doc.keys[k]) && !doc.hitStarts[k]) k++;
  if (k >= before || !commaBefore(doc, k) || !/^\p{Lu}/u.test(doc.tokens[k].text)) return null;
  let n = k;
  while (n < before && n - k < MAX_APPOSED_NAME_WORDS && /^\p{Lu}/u.test(doc.tokens[n].text) && !doc.lex.words.get(doc.keys[n]) && (n === k || !/[^\s]/.test(gapBefore(doc, n)))) n++;
  return n > k + 1 && n < before && commaBefore(doc, n) ? span(doc, k, n) : null;
}

/** Prepositions that tie an accusation to the act it blames (accused of, blamed for, criticised over). */
const ACCUSED_ACT = new Set(['of', 'for', 'over']);

const inherit = (doc: Doc, hit: CueHit): SpeakerRef => ({ kind: 'inherit', gender: '-', sentence: doc.sentOf[hit.start] });

/**
 * The speaker of a cue with no subject right before it, found in its clause: the subject of a first verb coordinated
 * with it (… declined the request and said …: 'en-coordinated'), or of the sentence a participle ends (Blaming …,
 * X said …, noting …: 'en-participle'). Null when the cue reports nothing.
 */
export function clauseSubject(doc: Doc, hit: CueHit, floor: number, end: number): { speaker: SpeakerRef; rule: string } | null {
  const { cue } = hit;
  // (… and on several occasions have called for …: a time phrase between the conjunction and the cue is skipped)
  const before = skipTimeBack(doc, skipBackAdverbs(doc, hit.start, floor), floor) - 1;
  if (before >= floor && (doc.keys[before] === 'and' || doc.keys[before] === 'but')) {
    if (cue.kind === 'verb' && doc.keys[before] === 'and' && passiveBefore(doc, before, floor) && !SPOKEN.has(cue.lemma)
      && (hit.end >= end || doc.keys[hit.end] === 'of' || doc.lex.words.get(doc.keys[hit.end]) === 'preposition')) return null;
    // … declined the request and said … / has not conceded, and has claimed …: the subject of the first verb.
    let f0 = subjectStart(doc, floor, before);
    for (let i = f0 + 1; i < before; i++) if (gapBefore(doc, i).includes(';')) f0 = i;
    // The attacker is reported to have … and claimed …: a common noun after a determiner is a subject too.
    const e = Math.max(englishAfter(doc, f0, before), commonNounSubject(doc, f0, before));
    // "Another former adviser, Sam Noor, also spoke … and urged …": the name in commas after the head phrase.
    const named = e > f0 ? apposedName(doc, e, before) : null;
    if (named) return { speaker: named, rule: 'en-coordinated' };
    const quoted = doc.quotes.some((q) => q.open <= doc.tokens[f0].start && q.end > doc.tokens[f0].start);
    const speaker: SpeakerRef = quoted ? inherit(doc, hit)
      : doc.lex.words.get(doc.keys[f0]) === 'pronoun' ? { kind: 'pronoun', start: doc.tokens[f0].start, end: doc.tokens[f0].end, gender: '-' }
      : e > f0 && !doc.lex.words.get(doc.keys[f0]) || e > f0 + 1 ? span(doc, f0, e) : inherit(doc, hit);
    return { speaker, rule: 'en-coordinated' };
  }
  // "blamed the mayor for saying nothing", "accused X of claiming …": the gerund is what the accused said, part of the
  // accusation, not a statement of the accuser's.
  if (cue.kind === 'participle' && ACCUSED_ACT.has(doc.keys[hit.start - 1])
    && doc.hits.some((h) => h.type === 'cue' && h.start >= floor && h.start < hit.start - 1 && h.cue.stance === 'accuse')) return null;
  // (… underlined the call by saying "…": a participle after "by" is an adjunct of the sentence's verb as well.)
  const byParticiple = doc.keys[hit.start - 1] === 'by' && /ing$/.test(doc.keys[hit.start]);
  if (cue.kind !== 'participle' && !commaBefore(doc, hit.start) && hit.start !== floor && !byParticiple) return null;
  // "Politico quoted Tim Manning, a former official, as saying …": the one quoted speaks, not the outlet.
  const quoted = quotedAs(doc, hit, floor);
  if (quoted) return { speaker: quoted, rule: 'en-quoted-as' };
  let speaker: SpeakerRef | null = fronted(doc, hit, floor, end);
  // Blaming …, Saying …: the subject of the sentence, else the last speaker.
  // '"…," she said, asking …' / "X said …, noting …": the speaker of the sentence's earlier cue.
  if (!speaker && doc.quotes.some((q) => q.open <= doc.tokens[floor].start && q.end > doc.tokens[floor].start)
    || !speaker && doc.hits.some((h) => h.type === 'cue' && h.start >= floor && h.start < hit.start && !isNameWord(doc, h) && !colonOnly(doc, h, hit.start))) {
    speaker = inherit(doc, hit);
  }
  // "Senator Ann Lee spoke to students …, calling for …": a colon-only cue that reported nothing leaves a named
  // subject the participle's; a pronoun subject (He continued by noting …) still takes the last speaker.
  const f1 = subjectStart(doc, floor, hit.start);
  if (!speaker && doc.lex.words.get(doc.keys[f1]) === 'pronoun'
    && doc.hits.some((h) => h.start >= floor && h.start < hit.start && colonOnly(doc, h, hit.start))) {
    speaker = inherit(doc, hit);
  }
  // "…, where Dr. X was met with applause upon announcing …": the subject of the clause the participle ends.
  if (!speaker) speaker = subordinateSubject(doc, floor, hit.start);
  const f0 = subjectStart(doc, floor, hit.start);
  if (!speaker && doc.lex.words.get(doc.keys[f0]) === 'pronoun') {
    speaker = { kind: 'pronoun', start: doc.tokens[f0].start, end: doc.tokens[f0].end, gender: '-' };
  }
  // ("The bank raised rates, warning …": a determiner and common nouns before a past form are a subject too.)
  const e = Math.max(englishAfter(doc, f0, hit.start), commonNounSubject(doc, f0, hit.start));
  // (after an article the head may be common nouns: "A senior official, Jane Roe, …, saying")
  const head = doc.lex.words.get(doc.keys[f0]) === 'determiner' ? f0 + 1 : e;
  const apposed = !speaker && head > f0 ? apposedName(doc, head, hit.start) : null;
  // "Since then, a Republican, Mark Amodei, has voiced support …, telling …": the name in commas after the subject.
  speaker ??= apposed ?? (e > f0 ? span(doc, f0, e) : inherit(doc, hit));
  return { speaker, rule: 'en-participle' };
}

/**
 * "Saying "…", President Fernández elaborated, …": a participle that opens its sentence has the subject of the sentence's
 * next cue, when that subject is a name phrase alone between a comma and the cue.
 */
function fronted(doc: Doc, hit: CueHit, floor: number, end: number): SpeakerRef | null {
  if (hit.start !== floor) return null;
  const next = doc.hits.find((h) => h.type === 'cue' && h.start >= hit.end && h.start < end);
  if (!next) return null;
  let c = next.start - 1;
  while (c > hit.end && !commaBefore(doc, c)) c--;
  return c > hit.end && commaBefore(doc, c) && englishAfter(doc, c, next.start) === next.start ? span(doc, c, next.start) : null;
}
