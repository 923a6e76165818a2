import { charRange, commaBefore } from '../clause.js';
import type { Gender } from '../lexicon/index.js';
import { lightNormalize, matchKey } from '../../text/normalize/arabic.js';
import { firstWordAt } from '../../text/words.js';
import type { Stance } from '../../model/index.js';
import type { Doc, Draft, Hit } from '../types.js';
import { startsMention } from './mention-marks.js';
import { definiteAt } from './speaker-words.js';

// The party an object pronoun on the cue stands for (وطالبهم بـ، اتهمه بـ، الانقلابيين الذين وصفهم بـ): English reads
// it off the speaker chain (coref-object.ts); Arabic reads it here, off the sentence, and only where one party can be
// meant. A wrong target is worse than none, so every doubt (two candidates, a thing, the speaker's own agreement)
// gives none.

/** Object pronouns on a verb and what they agree with; the dual (هما) and the feminine plural (هن) are left out. */
const SUFFIXES: readonly [string, Gender][] = [['هم', 'pl'], ['ها', 'f'], ['ه', 'm']];
/** The relative pronoun agreeing with each object pronoun (الذين وصفهم، التي وصفها، الذي وصفه), as match keys. */
const RELATIVE_OF: Partial<Record<Gender, string>> = { pl: 'الذين', f: 'التي', m: 'الذي' };
/** Stances whose cue's object is the accused, the one asked or the one warned (as en/targets.ts). */
const OBJECT_STANCES = new Set<Stance>(['accuse', 'demand', 'warn']);
/** وصف "described", as a lemma's match key: the one described is whom an assertion is about (GUIDELINES). */
const DESCRIBED = matchKey('وصف');
/**
 * People in the plural, written with the article: a participle's (المتضررين، المتظاهرين) or a nisba's (الانقلابيين)
 * sound plural. Other words in ين/ون are too often a dual, a number, a day or a thing (الاثنين، البلدين، التعاون).
 */
const PEOPLE_PLURAL = /^(ال|بال|وال)(م\S{4,}|\S{3,}ي)ين$/;
/** Any word shaped as such a plural (المحتجين، المزارعين، الاثنين): one not told people may still be who is meant. */
const PLURAL_SHAPE = /^(ال|بال|وال)\S{3,}ين$/;
/** Entity types a feminine or a masculine pronoun may stand for. */
const FEMININE_TYPES = new Set(['country']);
const MASCULINE_TYPES = new Set(['person']);
/** Words a relative clause's antecedent phrase may run back over (القوات السورية التي), in tokens. */
const MAX_ANTECEDENT_TOKENS = 4;

/**
 * The antecedent of an object pronoun written on the statement's one-word cue, as its target: after an agreeing
 * relative pronoun, the party the relative clause is on (الانقلابيين الذين وصفهم); else, for an accusation, a demand
 * or a warning, the one party of the pronoun's agreement named earlier in the sentence that is not the speaker
 * (استقبل المتضررين … وطالبهم). Null when none is found or more than one might be meant.
 */
export function objectPronounTarget(doc: Doc, d: Draft, stance: Stance): [number, number] | null {
  const verb = cueVerb(doc, d);
  if (verb < 0) return null;
  const hit = doc.hits.find((h): h is Extract<Hit, { type: 'cue' }> => h.type === 'cue' && h.start === verb && h.end === verb + 1);
  const g = hit ? objectAgreement(doc, verb, hit) : null;
  if (!hit || !g) return null;
  const described = matchKey(hit.cue.lemma) === DESCRIBED;
  if (!OBJECT_STANCES.has(stance) && !described) return null;
  // (الذين وصفهم، التي وصفها: a relative that cannot be the verb's subject, by agreement, is its object; الوزير الذي
  // وصفه may be the one who described.)
  if (verb >= 2 && doc.keys[verb - 1] === RELATIVE_OF[g]) {
    const t = hit.cue.gender !== g ? relativeAntecedent(doc, verb - 1, g) : null;
    return t && !speakerParty(doc, d, t) ? t : null;
  }
  // (ووصفته بأنه …: what is described is mostly a thing, named anywhere before; only a relative clause shows it.)
  if (!OBJECT_STANCES.has(stance) || doc.keys[verb - 1] === 'ما' || doc.keys[verb - 1] === 'كما') return null;
  // (قال الوزير … وطالبهم: an unnamed speaker of the pronoun's agreement may be the one it stands for.)
  if (d.speaker.kind !== 'span' && d.speaker.gender === g) return null;
  return soleEarlierParty(doc, d, verb, g);
}

/** True when target t is the speaker's phrase or names the speaker's entity (X accused him is never X). */
function speakerParty(doc: Doc, d: Draft, t: [number, number]): boolean {
  if (d.speaker.kind !== 'span') return false;
  const { start, end } = d.speaker;
  const inSpeaker = (a: number, b: number) => a < end && start < b;
  return inSpeaker(t[0], t[1]) || doc.input.entities.some((e) => e.mentions.some((m) => inSpeaker(m.start, m.end)) && e.mentions.some((m) => m.start === t[0] && m.end === t[1]));
}

/** The token of a one-word cue (the verb the pronoun is written on), or -1. */
function cueVerb(doc: Doc, d: Draft): number {
  const k = firstWordAt(doc.tokens, d.cue[0] + 1) - 1;
  return k >= 0 && doc.tokens[k].end >= d.cue[1] ? k : -1;
}

/** What the object pronoun written on verb token k agrees with, when the listed form carries one its lemma does not. */
function objectAgreement(doc: Doc, k: number, hit: Extract<Hit, { type: 'cue' }>): Gender | null {
  if (hit.cue.kind !== 'verb') return null;
  // Diacritics and the tatweel left out (lightNormalize) before reading the last letters.
  const word = lightNormalize(doc.tokens[k].text), lemma = lightNormalize(hit.cue.lemma);
  for (const [suffix, g] of SUFFIXES) {
    if (word.endsWith(suffix)) return lemma.endsWith(suffix) || word.length - suffix.length < 2 ? null : g;
  }
  return null;
}

/** The party a relative clause at token rel is on: a name ending right before it, or a party phrase of the agreement. */
function relativeAntecedent(doc: Doc, rel: number, g: Gender): [number, number] | null {
  const last = rel - 1;
  if (commaBefore(doc, rel)) return null;
  const before = doc.tokens[last].end;
  for (const e of doc.input.entities) for (const m of e.mentions) {
    if (m.end === before && agrees(g, e.type)) return [m.start, m.end];
  }
  // القوات السورية التي، المحتجين الذين: the leftmost party word of the definite run before the relative.
  let head = -1;
  for (let j = last; j >= 0 && last - j < MAX_ANTECEDENT_TOKENS && definiteAt(doc, j); j--) {
    if (j < last && commaBefore(doc, j + 1)) break;
    if (partyWord(doc, j, g)) head = j;
  }
  if (head < 0 || afterDefinite(doc, head)) return null;
  const [s, e] = charRange(doc, head, rel);
  return [s + lamOffset(doc, head), e];
}

/**
 * The one party of agreement `g` named in the pronoun's sentence before the cue, outside the speaker's phrase and
 * not the speaker's entity; null when there is none or more than one.
 */
function soleEarlierParty(doc: Doc, d: Draft, verb: number, g: Gender): [number, number] | null {
  const from = doc.sentTokens[doc.sentOf[verb]][0];
  const span = d.speaker.kind === 'span' ? d.speaker : null;
  const inSpeaker = (a: number, b: number) => !!span && a < span.end && span.start < b;
  const speakerEntity = (id: string) => !!span && doc.input.entities.some((e) => e.id === id && e.mentions.some((m) => inSpeaker(m.start, m.end)));
  // Candidates by who they are: an entity's id, else the party word itself.
  const found: { at: [number, number]; who: string }[] = [];
  const lo = doc.tokens[from].start, hi = doc.tokens[verb].start;
  for (const e of doc.input.entities) {
    if (!agrees(g, e.type) || speakerEntity(e.id)) continue;
    for (const m of e.mentions) if (m.start >= lo && m.end <= hi && !inSpeaker(m.start, m.end)) found.push({ at: [m.start, m.end], who: e.id });
  }
  for (let j = from; j < verb; j++) {
    const t = doc.tokens[j];
    if (inSpeaker(t.start, t.end) || !definiteAt(doc, j)) continue;
    // (لقائه المحتجين والمزارعين: a plural this reading cannot tell from a thing may be the one meant: no guess.)
    if (g === 'pl' && !partyWord(doc, j, g) && PLURAL_SHAPE.test(doc.keys[j]) && !startsMention(doc, j)) return null;
    if (!partyWord(doc, j, g)) continue;
    // (الرئيس أوباما: a title before a name is the named one.)
    if (j + 1 < verb && startsMention(doc, j + 1) || found.some(({ at: [a, b] }) => a < t.end && t.start < b)) continue;
    if (afterDefinite(doc, j)) return null;
    const at: [number, number] = [t.start + lamOffset(doc, j), t.end];
    found.push({ at, who: matchKey(doc.text.slice(at[0], at[1])) });
  }
  // (The same party named twice is still one; the nearest naming is the target.)
  if (new Set(found.map((f) => f.who)).size !== 1) return null;
  return found.reduce((a, b) => (b.at[0] > a.at[0] ? b : a)).at;
}

/** True when a listed entity of `type` may be what a pronoun of agreement `g` stands for. */
function agrees(g: Gender, type: string): boolean {
  return g === 'm' ? MASCULINE_TYPES.has(type) : g === 'f' ? FEMININE_TYPES.has(type) : false;
}

/** True when token j is a party word of agreement `g`: a title or body word of that gender, or (plural) people. */
function partyWord(doc: Doc, j: number, g: Gender): boolean {
  const key = doc.keys[j];
  // (للانقلابيين: after ل the article's alef is not written, so no part of the word names the party as a reader would.)
  if (key.startsWith('لل')) return false;
  const title = doc.lex.titleWords.get(key);
  if (title) return title.gender === g && title.kind !== 'unnamed';
  return g === 'pl' && PEOPLE_PLURAL.test(key);
}

/**
 * True when a plural party word at j follows a definite word other than a title or a name (الطلاب المتفوقين، القوات
 * الحكومية المتمردين): it may be that word's adjective or a second object, so which party is meant is not told.
 */
function afterDefinite(doc: Doc, j: number): boolean {
  if (j < 1 || !PEOPLE_PLURAL.test(doc.keys[j]) || !definiteAt(doc, j - 1) || commaBefore(doc, j)) return false;
  // (استقبل الوزير المتظاهرين: a title or a name before it is the verb's subject, which no adjective follows.)
  return !doc.lex.words.has(doc.keys[j - 1]) && !doc.lex.titleWords.has(doc.keys[j - 1]) && !startsMention(doc, j - 1);
}

/** Characters of a ب or و written before the article (بالمحتجين، والمحتجين): the party starts after it. */
function lamOffset(doc: Doc, j: number): number {
  return /^(بال|وال)/.test(doc.keys[j]) ? 1 : 0;
}
