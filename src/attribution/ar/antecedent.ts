import { MAX_SPEAKER_TOKENS } from '../constants.js';
import type { Gender } from '../lexicon/index.js';
import { CLAUSE_MARKS, commaBefore, NP_END } from '../clause.js';
import { gapChars } from '../gaps.js';
import { gapHas, hitStartsAt, sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { isNisba } from './nisba.js';
import { openingSubject } from './lead-subject.js';
import { startsMention } from './mention-marks.js';
import { arabicSubject, FORMER } from './speaker.js';
import { arabicSubjectBefore } from './speaker-before.js';
import { hasPronounSuffix, isStopWord, isTitle } from './speaker-words.js';
import { possessedPartyAt } from './possessed-party.js';

// Who speaks in a cue right after a relative pronoun or a resumptive فيه: the antecedent the clause hangs on
// (ممثل الصندوق الذي قال، تصريحات المرشد … التي أكد فيها، أصدر الجيش بيانا أعرب فيه).

const COMMA = gapChars(',\u060C');
/**
 * Longest relative clause between a fronted subject and its verb (سلمى التي حاولت الهرب من البيت قالت), in tokens: the
 * reach of MAX_RELATIVE_TOKENS in 01-verb-subject.ts, not tuned (the dev-arnews clauses are 8 and 10 tokens).
 */
const MAX_FRONTED_RELATIVE_TOKENS = 14;

/** Resumptive pronouns after a verb in a relative clause (في وقت أعلن فيه الجيش، التي أكد فيها). */
export const RESUMPTIVE = new Set(['فيه', 'فيها', 'فيهم']);
/** Relative pronouns and the verb gender they agree with. */
export const RELATIVES: Record<string, Gender> = { 'الذي': 'm', 'التي': 'f', 'الذين': 'pl', 'اللذين': 'du', 'اللتين': 'du' };

/** The gender a relative pronoun (also with و: والذين) agrees with, if the key is one. */
export const relativeGender = (key: string): Gender | undefined => RELATIVES[key] ?? (key.startsWith('و') ? RELATIVES[key.slice(1)] : undefined);


/**
 * A cue right after a relative pronoun: undefined when there is none; the speaker span when the
 * antecedent speaks (ممثل الصندوق الذي قال، تصريحات المرشد … التي أكد فيها); null when the antecedent
 * is no speaker (الإجراءات التي تدعو إلى). A verb that does not agree (الدول التي قال إنها) has its own
 * dropped subject: undefined.
 */
export function relativeSpeaker(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null | undefined {
  const r = hit.start - 1, floor = sentenceStart(doc, hit.start);
  const g = r >= floor ? relativeGender(doc.keys[r]) : undefined;
  if (!g) return RESUMPTIVE.has(doc.keys[hit.end]) && r > floor ? statementIssuer(doc, r, floor) ?? issuerBefore(doc, hit, floor) : undefined;
  if (RESUMPTIVE.has(doc.keys[hit.end])) {
    // التي أكد فيها: the antecedent is a speech noun; its possessor is the speaker.
    for (let n = r - 1; n >= Math.max(floor, r - MAX_SPEAKER_TOKENS); n--) {
      if (doc.lex.words.get(doc.keys[n]) !== 'speech') continue;
      const e = arabicSubject(doc, n + 1, r);
      return e > n + 1 ? [n + 1, e] : undefined;
    }
    return undefined;
  }
  if (g !== hit.cue.gender) return undefined;
  // خصومه الذين يتهمونه: a relation noun with its possessor (ar/possessed-party.ts).
  if (r - 1 >= floor && possessedPartyAt(doc, r - 1)) return [r - 1, r];
  const a = antecedentHead(doc, r, floor);
  return a >= 0 ? [a, r] : null;
}

/**
 * The title heading the noun phrase right before token r (ممثل البنك الدولي، الرئيس التركي رجب طيب
 * إردوغان), or -1 when that phrase is headed by no title (الإجراءات اللازمة). Walks back over nisba
 * adjectives, name words, and definite nouns in construct with a title before them.
 */
export function antecedentHead(doc: Doc, r: number, floor: number): number {
  for (let t = r - 1; t >= Math.max(floor, r - MAX_SPEAKER_TOKENS); t--) {
    if (isStopWord(doc, t) || (t < r - 1 && gapHas(doc, t + 1, NP_END))) return -1;
    if (isTitle(doc, t)) {
      // ممثل صندوق النقد: a title in construct before a body.
      while (t - 1 >= floor && isTitle(doc, t - 1) && !doc.keys[t - 1].startsWith('ال') && !gapHas(doc, t, COMMA)) t--;
      return t;
    }
    const key = doc.keys[t];
    // (الرئيس السابق الذي: "former" is the title's adjective, as in speaker.ts.)
    if (!key.startsWith('ال') || isNisba(key) || FORMER.has(key)) continue; // a name word or a nisba adjective
    if (familyAfterGivenName(doc, t, floor)) continue;
    // البنك in ممثل البنك, الوزارة in باسم الوزارة: a definite noun continues only in construct.
    const prev = t > floor ? doc.keys[t - 1] : '';
    if (prev !== 'باسم' && !(t > floor && isTitle(doc, t - 1) && !prev.startsWith('ال'))) return -1;
  }
  return -1;
}

/**
 * وزير الخارجية السعودي عادل الجبير الذي: a definite word after a given name that follows a title or a nisba adjective
 * is the family name, not a noun in construct.
 */
function familyAfterGivenName(doc: Doc, t: number, floor: number): boolean {
  const given = t - 1;
  if (given - 1 < floor || doc.keys[given].startsWith('ال') || isStopWord(doc, given) || isTitle(doc, given) || gapHas(doc, t, NP_END)) return false;
  return isTitle(doc, given - 1) || isNisba(doc.keys[given - 1]);
}

/**
 * كما أصدر الجيش بيانا أعرب فيه عن …: a speech noun, then a verb with فيه: the speaker is the subject of
 * the verb that issued the speech (the definite phrase after the clause's first word).
 */
function statementIssuer(doc: Doc, noun: number, floor: number): [number, number] | undefined {
  const key = doc.keys[noun];
  const bare = key.endsWith('ا') ? key.slice(0, -1) : key;
  if (doc.lex.words.get(key) !== 'speech' && doc.lex.words.get(bare) !== 'speech') return undefined;
  let c = noun - 1;
  while (c > floor && !isStopWord(doc, c - 1) && !commaBefore(doc, c)) c--;
  if (noun - c < 2 || !doc.keys[c + 1].startsWith('ال')) return undefined;
  const e = arabicSubject(doc, c + 1, noun);
  return e > c + 1 ? [c + 1, e] : undefined;
}

/** Most words between a speech noun and the resumptive cue after it (بيانا حصلت عليه رويترز، قال فيه), not tuned. */
const MAX_ISSUER_GAP_TOKENS = 8;
/** The verb of giving a statement after its noun (تصريحات أدلى بها مسؤول), and the pronouns on its بـ, as match keys. */
const GAVE = new Set(['ادلي', 'ادلت']);
const GAVE_BI = new Set(['به', 'بها']);

/** True when token i is a speech noun (بيان، بيانا، تصريحات). */
function speechNoun(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  return doc.lex.words.get(key) === 'speech' || (key.endsWith('ا') && doc.lex.words.get(key.slice(0, -1)) === 'speech');
}

/**
 * A speech noun a few words before a cue with فيه, with a clause between: تصريحات أدلى بها مسؤول أميركي لصحيفة …
 * قال فيها: the subject of أدلى gave them; وأصدر النائب فلان، …، بيانا حصلت عليه رويترز، قال فيه: the subject of the
 * sentence's opening verb issued it (the clause after the noun is the one who obtained it).
 */
function issuerBefore(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, floor: number): [number, number] | undefined {
  let n = hit.start - 2;
  while (n > floor && hit.start - n <= MAX_ISSUER_GAP_TOKENS && !speechNoun(doc, n)) n--;
  if (n <= floor || !speechNoun(doc, n)) return undefined;
  if (GAVE.has(doc.keys[n + 1]) && GAVE_BI.has(doc.keys[n + 2])) {
    const s = n + 3;
    const e = s < hit.start && (isTitle(doc, s) || startsMention(doc, s)) ? arabicSubject(doc, s, hit.start) : s;
    return e > s ? [s, e] : undefined;
  }
  // …، بيانا حصلت عليه رويترز، قال فيه: only past a clause set off by a comma before the cue (the noun's own relative clause).
  return commaBefore(doc, hit.start) ? openingSubject(doc, floor, n, hit.cue.gender) ?? undefined : undefined;
}

/**
 * سلمى التي حاولت الهرب من البيت قالت إن …: a subject at the sentence start with a relative clause on it, then the
 * cue (no و/ف, agreeing with the relative pronoun): the phrase before the pronoun, or null. No punctuation and no
 * other cue between the sentence start and the cue (الوزير الذي قال … is read by relativeSpeaker).
 */
export function frontedRelativeSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  const floor = sentenceStart(doc, hit.start);
  if (hit.prefixed) return null;
  let r = -1;
  for (let k = floor + 1; k < hit.start - 1 && k - floor <= MAX_SPEAKER_TOKENS; k++) {
    if (gapHas(doc, k, CLAUSE_MARKS)) return null;
    if (RELATIVES[doc.keys[k]]) { r = k; break; }
  }
  if (r < 0 || RELATIVES[doc.keys[r]] !== hit.cue.gender || hit.start - r - 1 > MAX_FRONTED_RELATIVE_TOKENS) return null;
  for (let k = r + 1; k <= hit.start; k++) if (gapHas(doc, k, CLAUSE_MARKS) || (k < hit.start && hitStartsAt(doc, k))) return null;
  if (isStopWord(doc, floor)) return null;
  // بشرى التي: a lone name may look like a ب-phrase to the chunker; at the sentence start, before the pronoun, it is the subject.
  const lone = r === floor + 1 && !/^(بال|لل|كال)/.test(doc.keys[floor]) && !hasPronounSuffix(doc, floor);
  if (!lone && arabicSubject(doc, floor, r, true) !== r) return null;
  return [floor, r];
}

/**
 * The particle that fronts a subject before its relative clause and verb (فإن فلان الذي … قال), as a match key. Not أن/إن:
 * inside a reported clause (أوضح أن التقارير التي تصله تشير) the verb is part of what is reported.
 */
const FRONTING = 'فان';

/**
 * …، فإن النائب الذي كان أول المؤيدين للخطة أبلغ «الصحيفة» أن; فإن سامي العلي، الذي …، قال: a subject fronted by the
 * particle فإن (mid-sentence, so frontedRelativeSubject does not read it), with a relative clause agreeing with the cue
 * (set off by commas or not) between it and the verb: the phrase between the particle and the pronoun.
 */
export function particleRelativeSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  if (hit.prefixed || hit.cue.kind !== 'verb') return null;
  const floor = sentenceStart(doc, hit.start);
  // The relative pronoun, with no hit and no clause mark after it but one comma right before the verb.
  let r = hit.start - 1;
  for (; r > floor && hit.start - r <= MAX_FRONTED_RELATIVE_TOKENS + 1; r--) {
    if (RELATIVES[doc.keys[r]]) break;
    if (hitStartsAt(doc, r) || (r + 1 < hit.start && gapHas(doc, r + 1, CLAUSE_MARKS))) return null;
    if (r + 1 === hit.start && gapHas(doc, hit.start, CLAUSE_MARKS) && !commaBefore(doc, hit.start)) return null;
  }
  if (r <= floor || RELATIVES[doc.keys[r]] !== hit.cue.gender) return null;
  const s = arabicSubjectBefore(doc, r, floor);
  if (s >= r || s - 1 < floor || doc.keys[s - 1] !== FRONTING || gapHas(doc, s, CLAUSE_MARKS)) return null;
  return hasPronounSuffix(doc, s) ? null : [s, r];
}
