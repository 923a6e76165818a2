import { join } from 'node:path';
import { MAX_TARGET_TOKENS, STANCE_LEAD_WORDS } from '../constants.js';
import { charRange, colonBefore, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { quoteOpeningAt, sentenceEnd } from '../doc.js';
import { defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/tsv.js';
import { firstWordAt } from '../../text/words.js';
import { matchKey } from '../../text/normalize/arabic.js';
import { firstForms } from '../cues.js';
import type { Stance } from '../../model/index.js';
import type { Doc, Draft, Hit } from '../types.js';
import { boundPhrase, clauseSubject, partyAt, withConjoined } from './target-parties.js';
import { accusedParties, arabicObjectTarget, IMPERFECT } from './targets.js';
import { committedAt } from './target-owners.js';
import { startsMention } from './mention-marks.js';
import { demandedClauseSubject, openedDemandParty } from './target-openers.js';
import { deniedSayer, markerParty } from './target-disagree.js';
import { markerDoer, wrongOwner } from './target-accused.js';
import { definiteAt, HONORIFICS } from './speaker-words.js';

// Targets read off a finished Arabic statement (its cue, speaker and content spans) when the rule that made it named
// none: the one a listed threat falls on (ستقوم بمحاسبة X), the cue's object as the verb rule reads it (for rules that
// read none), the object the rule passed before a frame preposition (داعيا X إلى), the objects of cues opening the
// content (نطالب X بـ), a duty laid later in a demand (يتوجب على X), the doers of a wrong (يرتكبها X و Y، من قبل X),
// the party a warning's condition names (في حال قيام X), the subject of a doubted clause (لا يثق بأن X), the one a
// denial says has no part (لا وجود لـX) and the accused subject of a told clause for rules that read none; and every
// Arabic target tidied (an honorific, God, a word past the phrase).

/** Frame prepositions that close an object the rule passed before the content (داعيا X إلى، حذر X من), by cue stance, as match keys. */
const CLOSES_OBJECT: Partial<Record<Stance, ReadonlySet<string>>> = {
  demand: new Set(['الي', 'علي']),
  warn: new Set(['من']),
};
/** Words that may stand before a cue at a content's start (إن نطالب، كما نطالب، ونحن نطالب), as match keys. */
const BEFORE_INNER_CUE = new Set(['كما', 'نحن', 'ونحن', 'اننا', 'انا', 'واننا']);
/** The preposition after a demand cue before the one asked (طلب من X، نطالب من X), as a match key. */
const ASKED_OF = 'من';
/** God (الله، المولى), as match keys: the one asked in a prayer is no party. */
const GOD = new Set(['الله', 'المولي']);
/** Letters of the article's match key: a word no longer (آل) is no definite noun. */
const ARTICLE_KEY_LENGTH = 2;
/** A word with an attached و (and …), which joins another party. */
const CONJUNCTION = /^و/;
/** Quoted target names longer than this, in tokens, are quotations, not names (بمحاسبة "قتلة سوروتش"). */
const MAX_QUOTED_TARGET_TOKENS = 3;

let threatCache: string[][] | undefined;

/** data/lexicons/ar/targets-warn.tsv: phrases whose object is the one a warning threatens, as match-key sequences. */
function threatPhrases(): string[][] {
  return threatCache ??= readTsv(join(defaultLexiconDir(), 'ar', 'targets-warn.tsv'), ['form'])
    .map((r) => r.cells[0].split(/\s+/).map(matchKey));
}

/**
 * Targets of an Arabic statement its rule named none for, under `stance` (after the content shifted it), the first
 * reading that finds one: a warning's listed threat, the cue's object, the object passed before the frame
 * preposition, the objects of cues of that stance opening the content or a clause of it, a later duty (a demand) or
 * the doer of a committed wrong (an accusation).
 */
export function arabicStatementTargets(doc: Doc, d: Draft, stance: Stance): [number, number][] {
  const lo = firstWordAt(doc.tokens, d.content[0]);
  if (lo >= doc.tokens.length) return [];
  const hi = Math.max(lo + 1, firstWordAt(doc.tokens, d.content[1]));
  const end = sentenceEnd(doc, lo);
  // هدد بحرمان الحجاج: a listed threat names the one warned before any object reading does.
  const threatened = stance === 'warn' ? threatObject(doc, lo, hi) ?? conditionParty(doc, lo, hi) : null;
  if (threatened) return [threatened];
  const object = cueObject(doc, d, lo, end) ?? passedObject(doc, d, lo, end);
  if (object) return [object];
  if (stance === 'demand' || stance === 'accuse' || stance === 'warn') {
    const inner = innerCueObjects(doc, stance, lo, hi, end);
    if (inner.length) return inner;
  }
  // أكد ضرورة مساهمة باكستان: the party after a need's verbal noun (ar/target-openers.ts).
  const later = stance === 'demand' ? laterDuty(doc, lo, hi) ?? openedDemandParty(doc, lo, hi) ?? demandedClauseSubject(doc, lo, hi) : null;
  if (later) return [later];
  // دعا إلى الوقف الفوري للعنف من قبل الحوثيين وقوات صالح: the agents of the act demanded are the ones asked.
  const agents = stance === 'demand' ? withConjoined(doc, agentAfter(doc, lo, hi), hi) : [];
  if (agents.length) return agents;
  // الجرائم التي يرتكبها المستوطنون والحكومة الإسرائيلية: each doer apart.
  const doers = stance === 'accuse' ? withConjoined(doc, committedBy(doc, lo, hi) ?? agentAfter(doc, lo, hi), hi) : [];
  if (doers.length) return doers;
  // (يختلف مع X، ليس لدينا ثقة بـX: the party a deny or doubt marker names after it, ar/target-disagree.ts.)
  const doubted = stance === 'doubt' ? doubtedParty(doc, lo, hi) ?? markerParty(doc, lo, hi) : stance === 'deny' ? deniedHolder(doc, lo, hi) ?? markerParty(doc, lo, hi) ?? deniedSayer(doc, lo, hi) : null;
  if (doubted) return [doubted];
  // تقرير أممي: الحوثيون ارتكبوا جرائم حرب: a rule that reads no content targets (a headline's, a participle's) leaves
  // the accused subject of a told clause to be read here, as ar/targets.ts reads it for the verb rules.
  const told = stance === 'accuse' && !d.contentTargets && toldClause(doc, d, lo) ? accusedParties(doc, isComplement(doc, lo) ? lo + 1 : lo, Math.min(end, hi)) : [];
  // (… تعكس الموقف العدائي لإيران: else the owner of a wrong it names, ar/target-accused.ts.)
  const owner = !told.length && stance === 'accuse' ? wrongOwner(doc, lo, hi) ?? markerDoer(doc, lo, hi) : null;
  return owner ? [owner] : told;
}

/**
 * لا يثق بأن إيران ستلتزم، يشكك في أن الحكومة …: a doubt about a told clause names the party it doubts as the
 * clause's subject (after the content's own particle, or its first one within the lead words).
 */
function doubtedParty(doc: Doc, lo: number, hi: number): [number, number] | null {
  const first = lo > 0 && isComplement(doc, lo - 1) ? doubtedSubject(doc, lo, hi) : null;
  if (first) return first;
  for (let k = lo; k < Math.min(hi - 1, lo + STANCE_LEAD_WORDS); k++) {
    if (k > lo && commaBefore(doc, k)) return null;
    if (isComplement(doc, k)) return doubtedSubject(doc, k + 1, hi);
  }
  return null;
}

/** The subject of a clause at token k, before its verb or right after it (أن تلتزم الحكومة: VSO), when it names a party. */
function doubtedSubject(doc: Doc, k: number, hi: number): [number, number] | null {
  const before = clauseSubject(doc, k, hi);
  if (before || k + 1 >= hi || !IMPERFECT.test(doc.keys[k]) || doc.lex.words.has(doc.keys[k]) || definiteAt(doc, k) || commaBefore(doc, k + 1)) return before;
  return partyAt(doc, k + 1) ? clauseSubject(doc, k + 1, hi) : null;
}

/** Negators that open a denial of what a party has or does (لا وجود لـ، ليس لـ), as match keys. */
const NEGATORS = new Set(['لا', 'ليس', 'ليست']);
/** The preposition of having (لدى), as a match key. */
const HAVING = 'لدي';

/**
 * لا وجود لبشار الأسد في مستقبل سوريا، لا نية لدى الحكومة، ليس لوزارة المالية أي دور: the party a denial says has no
 * part, presence or aim — after a negator opening the content (past its particle), one noun at most, then ل + a name
 * or لدى + a party.
 */
function deniedHolder(doc: Doc, lo: number, hi: number): [number, number] | null {
  const neg = isComplement(doc, lo) ? lo + 1 : lo;
  if (!NEGATORS.has(doc.keys[neg] ?? '')) return null;
  for (let k = neg + 1; k < Math.min(hi, neg + 3); k++) {
    if (commaBefore(doc, k)) return null;
    if (doc.keys[k] === HAVING) return k + 1 < hi && partyAt(doc, k + 1) ? boundPhrase(doc, k + 1, hi) : null;
    // (لبشار: the name's mention starts after the ل written on it.)
    const end = doc.keys[k].startsWith('ل') ? mentionEndFrom(doc, doc.tokens[k].start + 1) : -1;
    if (end > 0) return [doc.tokens[k].start + 1, Math.min(end, doc.tokens[hi - 1].end)];
  }
  return null;
}

/** Where the longest mention starting at character `at` ends, or -1. */
function mentionEndFrom(doc: Doc, at: number): number {
  let end = -1;
  for (const e of doc.input.entities) for (const m of e.mentions) if (m.start === at) end = Math.max(end, m.end);
  return end;
}

/** True when the content at token lo is a told clause: after a particle, a colon or a quotation mark, or quoted. */
function toldClause(doc: Doc, d: Draft, lo: number): boolean {
  return d.direct || isComplement(doc, lo) || lo > 0 && isComplement(doc, lo - 1) || colonBefore(doc, lo) || !!quoteOpeningAt(doc, lo);
}

/**
 * "… اتفاق رهيب يجب رفضه. يتوجب على الكونغرس أن …": a duty laid with على on a party further into a demand's content
 * (the lead at its start, ar/targets.ts, laid none).
 */
function laterDuty(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < hi; i++) {
    const lead = doc.lex.leads.first(doc.keys, i, firstForms(doc, doc.keys[i]));
    if (!lead || lead[0].value !== 'demand' || doc.keys[i + lead[1]] !== 'علي') continue;
    const at = i + lead[1] + 1;
    if (at < hi && partyAt(doc, at)) return boundPhrase(doc, at, hi);
  }
  return null;
}

/** The doer after a "commits it" verb in an accusation's content (its subject follows it: VSO), when it names a party. */
function committedBy(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i + 1 < hi; i++) {
    // (ارتكبتها قوات التمرد: a head in construct with a definite noun names the doer too.)
    const construct = i + 2 < hi && !doc.lex.words.has(doc.keys[i + 1]) && !commaBefore(doc, i + 2) && definiteAt(doc, i + 2);
    if (!committedAt(doc, i)) continue;
    // (ما فعله "الدواعش": a short quoted name is the doer, as after a listed threat.)
    const q = quoteTokensAt(doc, i + 1);
    if (q && q.to <= hi) return q.to - q.from <= MAX_QUOTED_TARGET_TOKENS ? charRange(doc, q.from, q.to) : null;
    if (!(partyAt(doc, i + 1) || definiteAt(doc, i + 1) || construct)) continue;
    return boundPhrase(doc, i + 1, hi);
  }
  return null;
}

/** من قبل (by), as match keys. */
const BY = ['من', 'قبل'];
/** Most words of an accused act before its agent (الهجمات العنيفة وزعزعة الاستقرار من قبل X). */
const MAX_ACT_TOKENS = 8;

/** أدان الهجمات من قبل تنظيم القاعدة: the agent after من قبل near the start of an accusation's or a demand's content, when a party. */
function agentAfter(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i + 2 < hi && i < lo + MAX_ACT_TOKENS; i++) {
    if (i > lo && commaBefore(doc, i)) return null;
    if (doc.keys[i] !== BY[0] || doc.keys[i + 1] !== BY[1] || commaBefore(doc, i + 2)) continue;
    // (تنظيمي القاعدة: a head in construct with a name or a definite noun; الحوثيين: a definite noun, as an agent is a doer.)
    const named = partyAt(doc, i + 2) || definiteAt(doc, i + 2) && !doc.lex.words.has(doc.keys[i + 2]) || i + 3 < hi && !doc.lex.words.has(doc.keys[i + 2]) && !commaBefore(doc, i + 3) && startsMention(doc, i + 3)
      || constructHead(doc, i + 2, hi);
    if (!named) return null;
    // (الحوثيين وقوات علي عبد الله صالح: a one-word agent before a long conjunct stands alone; withConjoined adds the rest.)
    return boundPhrase(doc, i + 2, hi) ?? (i + 3 < hi && CONJUNCTION.test(doc.keys[i + 3]) && !commaBefore(doc, i + 3) ? charRange(doc, i + 2, i + 3) : null);
  }
  return null;
}

/** Token after the cue, and after the speaker when it follows the cue (VSO): where the cue's object starts. */
function afterCue(doc: Doc, d: Draft): number {
  // (ودعا معاليه الجميع إلى: an honorific standing for the speaker comes before the object.)
  const cueEnd = firstWordAt(doc.tokens, d.cue[1]);
  const from = cueEnd < doc.tokens.length && HONORIFICS.has(doc.keys[cueEnd]) && d.speaker.kind !== 'span' ? cueEnd + 1 : cueEnd;
  const after = d.speaker.kind === 'span' && firstWordAt(doc.tokens, d.speaker.start) === from ? firstWordAt(doc.tokens, d.speaker.end) : from;
  // دقت كوريا الجنوبية ناقوس الخطر: the phrase the cue requires stands before its object.
  const hit = doc.hits.find((h) => h.type === 'cue' && h.end === cueEnd);
  return hit?.type === 'cue' && hit.required && hit.required[0] === after ? hit.required[1] : after;
}

/**
 * السلطات تحذر مواطنيها من …: the object a rule that reads no objects (a headline's) left at the content's start, right
 * after the cue or its frame preposition, read as the verb rule reads it (ar/targets.ts).
 */
function cueObject(doc: Doc, d: Draft, lo: number, end: number): [number, number] | null {
  const object = afterCue(doc, d);
  if (object !== lo && !(object === lo - 1 && doc.lex.words.get(doc.keys[object]) === 'preposition')) return null;
  return arabicObjectTarget(doc, { stance: d.stance, content: { from: lo, complement: false }, object, preposition: object === lo ? -1 : object, end });
}

/**
 * Every Arabic target as a party: past the speaker's honorific that opens it (ودعا معاليه الجميع إلى), up to a word
 * past its noun phrase (cutAtIndefinite), and none that names God (ودعا الله أن يحفظ البلاد: a prayer, no party asked).
 */
export function tidyArabicTargets(doc: Doc, targets: [number, number][]): [number, number][] {
  return targets.flatMap((t): [number, number][] => {
    if (namesGod(doc, t)) return [];
    const k = tokenHolding(doc, t[0]);
    const next = doc.tokens[k + 1];
    const u: [number, number] = HONORIFICS.has(doc.keys[k]) ? next && next.end <= t[1] ? [next.start, t[1]] : [0, 0] : t;
    return u[1] > u[0] ? [cutAtIndefinite(doc, u)] : [];
  });
}

/**
 * A target up to an indefinite word after a definite one (طالب التنظيم إطلاق سراحه، مديري التعليم استخدام صلاحياتهم):
 * an adjective agrees with its noun, so such a word opens the next object; a name (الرئيس فرنسوا) goes on.
 */
function cutAtIndefinite(doc: Doc, t: [number, number]): [number, number] {
  for (let k = tokenHolding(doc, t[0]) + 1; k < doc.tokens.length && doc.tokens[k].end <= t[1]; k++) {
    // (آل مرعي: آل is a family, not the article.)
    if (!definiteAt(doc, k - 1) || doc.keys[k - 1].length <= ARTICLE_KEY_LENGTH || definiteAt(doc, k) || startsMention(doc, k) || CONJUNCTION.test(doc.keys[k]) || doc.lex.titleWords.has(doc.keys[k])) continue;
    return [t[0], doc.tokens[k - 1].end];
  }
  return t;
}

/** The token a target starts in: a party split off after an attached و (وحزب الله) starts inside its word. */
const tokenHolding = (doc: Doc, at: number) => Math.max(0, firstWordAt(doc.tokens, at + 1) - 1);

/** True when a target phrase holds the name of God (دعا الله أن: a prayer, no party asked). */
function namesGod(doc: Doc, t: [number, number]): boolean {
  const from = tokenHolding(doc, t[0]);
  for (let k = from; k < doc.tokens.length && doc.tokens[k].end <= t[1]; k++) {
    // (حزب الله، عبد الله: a name in construct with it, after an indefinite head, is a party.)
    if (GOD.has(doc.keys[k]) && (k === from || definiteAt(doc, k - 1))) return true;
  }
  return false;
}

/**
 * داعيا الكونغرس إلى رفض الاتفاق: the rule took the content after the frame preposition, passing the object before it;
 * the one asked or warned is that object when it names a party (after the speaker, when the speaker follows the cue).
 */
function passedObject(doc: Doc, d: Draft, lo: number, end: number): [number, number] | null {
  const closes = CLOSES_OBJECT[d.stance];
  if (!closes || !closes.has(doc.keys[lo - 1] ?? '')) return null;
  const from = afterCue(doc, d);
  const to = lo - 1;
  if (from >= to || to - from > MAX_TARGET_TOKENS || to > end || !(partyAt(doc, from) || definiteAt(doc, from))) return null;
  for (let k = from; k < to; k++) {
    if (k > from && (commaBefore(doc, k) || quoteOpeningAt(doc, k))) return null;
    if (doc.lex.words.has(doc.keys[k]) || doc.hitStarts[k]) return null;
  }
  return charRange(doc, from, to);
}

/**
 * نطالب المجتمع الدولي بالتحرك، كما نطالب أميركا …: a cue of the statement's stance opening its content (after a
 * particle or a pronoun) or a clause of it after كما names its own object; every such object is a target.
 */
function innerCueObjects(doc: Doc, stance: Stance, lo: number, hi: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (const h of doc.hits) {
    if (h.type !== 'cue' || h.start < lo || h.start >= hi || h.cue.stance !== stance || !opensClause(doc, h, lo)) continue;
    const from = h.end;
    // نطالب من حزب العمال بإخراج قواعده: after من the object is the one asked, as after طلب من.
    const asked = stance === 'demand' && doc.keys[from] === ASKED_OF && from + 1 < hi ? from : -1;
    const at = asked < 0 ? from : asked + 1;
    const t = arabicObjectTarget(doc, { stance, content: { from: at, complement: isComplement(doc, at) }, object: from, preposition: asked, end: Math.min(end, hi) });
    if (t) out.push(t);
  }
  return out;
}

/** True when cue hit `h` opens the content at `lo` (past a particle or a pronoun) or follows كما / a comma inside it. */
function opensClause(doc: Doc, h: Extract<Hit, { type: 'cue' }>, lo: number): boolean {
  let k = lo;
  while (k < h.start && k - lo < 2 && (isComplement(doc, k) || BEFORE_INNER_CUE.has(doc.keys[k]))) k++;
  if (k === h.start) return true;
  return h.start > lo && (doc.keys[h.start - 1] === 'كما' || commaBefore(doc, h.start) && h.start - lo > STANCE_LEAD_WORDS);
}

/** The verbal noun of acting (في حال قيام X بـ): the doer after it is a party. */
const ACTING = 'قيام';

/**
 * سيتم التصدي لها في حال قيام المليشيات بأي تحرك، في حال أوقفت أمريكا الاتفاق: the party a warning's condition
 * (warn-conditions.tsv `if`) names as the one who would act, right after it or after its verb.
 */
function conditionParty(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < hi; i++) {
    const c = doc.lex.conditions.first(doc.keys, i, firstForms(doc, doc.keys[i]));
    if (!c || c[0].value !== 'if') continue;
    const k = i + c[1];
    if (k >= hi || commaBefore(doc, k)) continue;
    if (doc.keys[k] === ACTING) return k + 1 < hi && (partyAt(doc, k + 1) || definiteAt(doc, k + 1)) ? boundPhrase(doc, k + 1, hi) : null;
    if (partyAt(doc, k)) return boundPhrase(doc, k, hi);
    // (في حال وافق الرئيس: a verb, then its subject.)
    return k + 1 < hi && !doc.lex.words.has(doc.keys[k]) && !definiteAt(doc, k) && !commaBefore(doc, k + 1) && partyAt(doc, k + 1) ? boundPhrase(doc, k + 1, hi) : null;
  }
  return null;
}

/** ستقوم بمحاسبة "قتلة X"، لن تتهاون مع المتمردين: the one a listed threat phrase falls on, near the content's start. */
function threatObject(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < Math.min(hi, lo + STANCE_LEAD_WORDS); i++) {
    const phrase = threatPhrases().find((p) => p.every((w, n) => doc.keys[i + n] === w || doc.keys[i + n] === `و${w}`));
    if (!phrase) continue;
    const at = i + phrase.length;
    const q = quoteTokensAt(doc, at);
    if (q) return q.to - q.from <= MAX_QUOTED_TARGET_TOKENS ? charRange(doc, q.from, q.to) : null;
    // (باغتيال علماء الذرة: a head in construct with a definite noun names the one threatened too.)
    return at < hi && (partyAt(doc, at) || definiteAt(doc, at) || constructHead(doc, at, hi)) ? boundPhrase(doc, at, hi) : null;
  }
  return null;
}

/** True when token i heads a construct phrase (علماء الذرة، والدة الأسير): no function word, a definite noun right after it. */
function constructHead(doc: Doc, i: number, hi: number): boolean {
  return i + 1 < hi && !doc.lex.words.has(doc.keys[i]) && !definiteAt(doc, i) && !commaBefore(doc, i + 1) && definiteAt(doc, i + 1);
}
