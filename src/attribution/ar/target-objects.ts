import { colonBefore, isComplement } from '../clause.js';
import { quoteOpeningAt, sentenceEnd } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import type { Stance } from '../../model/index.js';
import type { Doc, Draft } from '../types.js';
import { withConjoined } from './target-parties.js';
import { accusedParties } from './targets.js';
import { startsMention } from './mention-marks.js';
import { demandedClauseSubject, openedDemandParty } from './target-openers.js';
import { deniedSayer, markerParty } from './target-disagree.js';
import { markerDoer, wrongOwner } from './target-accused.js';
import { definiteAt, HONORIFICS } from './speaker-words.js';
import { conditionParty, threatObject } from './target-threat.js';
import { cueObject, innerCueObjects, passedObject } from './unread-objects.js';
import { laterDuty } from './target-duty.js';
import { agentAfter, committedBy, CONJUNCTION } from './target-doers.js';
import { deniedHolder, doubtedParty } from './target-doubt-deny.js';

// Targets read off a finished Arabic statement (its cue, speaker and content spans) when the rule that made it named
// none: the one a listed threat falls on (ستقوم بمحاسبة X) or a warning's condition names (في حال قيام X,
// target-threat.ts), the cue's object as the verb rule reads it (for rules that read none), the object the rule passed
// before a frame preposition (داعيا X إلى) and the objects of cues opening the content (نطالب X بـ, unread-objects.ts),
// a duty laid later in a demand (يتوجب على X, target-duty.ts), the doers of a wrong (يرتكبها X و Y، من قبل X,
// target-doers.ts), the subject of a doubted clause (لا يثق بأن X) and the one a denial says has no part (لا وجود لـX,
// target-doubt-deny.ts) and the accused subject of a told clause for rules that read none; and every Arabic target
// tidied (an honorific, God, a word past the phrase).

/** God (الله، المولى), as match keys: the one asked in a prayer is no party. */
const GOD = new Set(['الله', 'المولي']);
/** Letters of the article's match key: a word no longer (آل) is no definite noun. */
const ARTICLE_KEY_LENGTH = 2;

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

/** True when the content at token lo is a told clause: after a particle, a colon or a quotation mark, or quoted. */
function toldClause(doc: Doc, d: Draft, lo: number): boolean {
  return d.direct || isComplement(doc, lo) || lo > 0 && isComplement(doc, lo - 1) || colonBefore(doc, lo) || !!quoteOpeningAt(doc, lo);
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
