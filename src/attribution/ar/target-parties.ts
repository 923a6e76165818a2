// The party phrases targets are made of (GUIDELINES `targets`): where a party opens (a name, a title or body word, a
// quantifier, an armed group's head), how far its phrase runs, and the parties conjoined to it. targets.ts and the
// target-*.ts rules read objects, duties and accusations with these.
import { MAX_QUOTED_NAME_TOKENS, MAX_TARGET_TOKENS } from '../constants.js';
import { charRange, commaBefore, quoteTokensAt } from '../clause.js';
import { firstForms } from '../cues.js';
import { quoteOpeningAt, titleAt } from '../doc.js';
import { lazyKeySet } from '../lexicon/index.js';
import { firstWordAt } from '../../text/words.js';
import { matchKey } from '../../text/normalize/arabic.js';
import type { Doc } from '../types.js';
import { startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { definiteAt, isStopWord } from './speaker-words.js';

/** Quantifiers that open an object party (دعا جميع الأطراف، طالب كافة الدول), as match keys. */
export const QUANTIFIERS = new Set(['جميع', 'كافه', 'كل', 'الجميع']);
/** How a listed name was found: the gazetteer's own names and its capitals (بيونغ يانغ for North Korea). */
const LISTED_VIA = new Set(['gazetteer', 'capital']);
/** True when token i opens a party: an entity mention, a title or body word (الحكومة، الوزير) or a quantifier (جميع). */
export function partyAt(doc: Doc, i: number): boolean {
  return startsMention(doc, i) || !!titleAt(doc, i) || QUANTIFIERS.has(doc.keys[i]) || forceAt(doc, i);
}

/** data/lexicons/ar/targets-forces.tsv: heads of an armed or organised group, as match keys. */
const forces = lazyKeySet('ar', 'targets-forces.tsv');

/** True when token i heads a group named by what follows it (قوات الحوثي، القوات الهندية): a name or a definite word, no comma between. */
export function forceAt(doc: Doc, i: number): boolean {
  return forces().has(doc.keys[i]) && i + 1 < doc.tokens.length && !commaBefore(doc, i + 1) && (startsMention(doc, i + 1) || definiteAt(doc, i + 1));
}

/** True when an entity mention starts where token i starts (باكستان; not بإيران, whose mention starts after ب). */
export function nameAt(doc: Doc, i: number): boolean {
  const at = doc.tokens[i].start;
  return doc.input.entities.some((e) => e.mentions.some((m) => m.start === at));
}

/** Token after the end of an entity mention that starts at token i (a listed one's only, when `listed`), or -1. */
export function mentionEnd(doc: Doc, i: number, listed = false): number {
  const at = doc.tokens[i].start;
  let best = -1;
  for (const e of doc.input.entities) for (const m of e.mentions) {
    if (m.start !== at || listed && !LISTED_VIA.has(m.via)) continue;
    let j = i;
    while (j < doc.tokens.length && doc.tokens[j].end <= m.end) j++;
    best = Math.max(best, j);
  }
  return best;
}
/** A party phrase and the parties conjoined to it by و (المستوطنون والحكومة الإسرائيلية), each apart; none without the first. */
export function withConjoined(doc: Doc, first: [number, number] | null, end: number): [number, number][] {
  if (!first) return [];
  const out = [first];
  for (let k = firstWordAt(doc.tokens, first[1]); k < end && out.length < MAX_CONJOINED_PARTIES; ) {
    if (!doc.keys[k].startsWith('و') || commaBefore(doc, k) || !(mentionAfterWaw(doc, k) || titleAfterWaw(doc, k))) break;
    const at = doc.tokens[k].start + 1;
    // (The subject phrase is read without the و, as a ل-source's is.)
    const e = mentionAfterWaw(doc, k) ? mentionEndAt(doc, at, end) : titlePhraseEnd(doc, k, end);
    // (وقوات alone: a force's head names a party only with what names the force after it.)
    if (e <= k || e - k > MAX_TARGET_TOKENS || e === k + 1 && forces().has(doc.keys[k].slice(1))) break;
    out.push([at, doc.tokens[e - 1].end]);
    k = e;
  }
  return out;
}

/** Demonstratives that point at people (هؤلاء، أولئك), as match keys. */
const PEOPLE_DEMONSTRATIVES = new Set(['هؤلاء', 'أولئك'].map(matchKey));
/** Most parties an accused subject and its conjuncts name. */
const MAX_CONJOINED_PARTIES = 4;

/** True when a mention starts right after the و attached to token k (وحزب الله). */
function mentionAfterWaw(doc: Doc, k: number): boolean {
  const at = doc.tokens[k].start + 1;
  return doc.input.entities.some((e) => e.mentions.some((m) => m.start === at));
}

/** True when token k is و + a title or body word, bare or definite (والحكومة، وجماعة), or a force's head (وفلول، وقوات). */
function titleAfterWaw(doc: Doc, k: number): boolean {
  const rest = doc.keys[k].slice(1);
  return doc.lex.titleWords.has(rest) || rest.startsWith('ال') && doc.lex.titleWords.has(rest.slice(2)) || forces().has(rest);
}

/** True when token k joins a party to the one before it: و + a name, a title or body word or a force's head. */
export function conjoinedPartyAt(doc: Doc, k: number): boolean {
  return k < doc.tokens.length && doc.keys[k].startsWith('و') && !commaBefore(doc, k) && (mentionAfterWaw(doc, k) || titleAfterWaw(doc, k));
}

/**
 * Token after a title or body phrase opening at token k (والحكومة السورية، وجماعة الحوثي): its head, then the
 * adjectives or the name in construct after it, up to a و, a comma or a function word.
 */
export function titlePhraseEnd(doc: Doc, k: number, end: number): number {
  let e = k + 1;
  while (e < end && e - k < MAX_TARGET_TOKENS && !doc.keys[e].startsWith('و') && !commaBefore(doc, e) && !quoteOpeningAt(doc, e) && !doc.lex.words.has(doc.keys[e])
    && (definiteAt(doc, e) || startsMention(doc, e))) {
    // (وقوات علي عبد الله صالح: a name in construct is taken whole.)
    const m = startsMention(doc, e) ? mentionEnd(doc, e) : -1;
    e = m > e && m <= end && m - k <= MAX_TARGET_TOKENS ? m : e + 1;
  }
  return e;
}

/** Token after the longest mention starting at character `at`, within `end`, or -1. */
export function mentionEndAt(doc: Doc, at: number, end: number): number {
  let best = -1;
  for (const e of doc.input.entities) for (const m of e.mentions) {
    if (m.start !== at) continue;
    let j = firstWordAt(doc.tokens, at);
    while (j < end && doc.tokens[j].end <= m.end) j++;
    best = Math.max(best, j);
  }
  return best;
}

/** The subject opening a clause at token lo when it names a party: a short quoted name, a mention, a title or body phrase. */
export function clauseSubject(doc: Doc, lo: number, end: number): [number, number] | null {
  // هؤلاء السفهاء: a demonstrative of people before a definite noun names a party.
  if (PEOPLE_DEMONSTRATIVES.has(doc.keys[lo]) && lo + 1 < end && definiteAt(doc, lo + 1)) return charRange(doc, lo, titlePhraseEnd(doc, lo + 1, end));
  const q = quoteTokensAt(doc, lo);
  if (q && q.to - q.from <= MAX_QUOTED_NAME_TOKENS && q.to < end) {
    for (let k = q.from; k < q.to; k++) if (isStopWord(doc, k)) return null;
    return charRange(doc, q.from, q.to);
  }
  const m = startsMention(doc, lo) ? mentionEnd(doc, lo) : -1;
  if (m > lo) return charRange(doc, lo, Math.min(m, end));
  // (قوات الحوثي: a group's head and what names it, titlePhraseEnd.)
  if (!titleAt(doc, lo)) return forceAt(doc, lo) ? charRange(doc, lo, titlePhraseEnd(doc, lo, end)) : null;
  const e = arabicSubject(doc, lo, end, true);
  return e > lo && e - lo <= MAX_TARGET_TOKENS ? charRange(doc, lo, e) : null;
}

/**
 * The noun phrase at token `from` bound by a duty after على (يتعين على اليونان الآن، على النظام السوري أن) or doing
 * the deed after its verb (ارتكب المستوطنون): a subject-like phrase, whatever its head (يتوجب على الدول العظمى).
 */
export function boundPhrase(doc: Doc, from: number, end: number): [number, number] | null {
  if (from >= end || doc.lex.words.has(doc.keys[from]) && !QUANTIFIERS.has(doc.keys[from]) || quoteOpeningAt(doc, from)) return null;
  let e = arabicSubject(doc, from, end, true);
  // يجب على كل مواطن يجب أن: the phrase stops at a lead.
  for (let k = from + 1; k < e; k++) if (doc.lex.leads.first(doc.keys, k, firstForms(doc, doc.keys[k]))) { e = k; break; }
  return e > from && e - from <= MAX_TARGET_TOKENS ? charRange(doc, from, e) : null;
}
