import { MAX_TARGET_TOKENS, STANCE_LEAD_WORDS } from '../constants.js';
import { charRange, commaBefore, isComplement } from '../clause.js';
import { quoteOpeningAt } from '../doc.js';
import { firstWordAt } from '../../text/words.js';
import type { Stance } from '../../model/index.js';
import type { Doc, Draft, Hit } from '../types.js';
import { partyAt } from './target-parties.js';
import { arabicObjectTarget } from './object-target.js';
import { definiteAt, HONORIFICS } from './speaker-words.js';

// Objects of a finished Arabic statement its rule did not read as targets (target-objects.ts asks): the cue's object
// where the rule reads none (a headline's), the object the rule passed before a frame preposition (داعيا X إلى), and
// the objects of cues of the statement's stance opening its content (نطالب X بـ), each read as object-target.ts reads
// the verb rule's.

/** Frame prepositions that close an object the rule passed before the content (داعيا X إلى، حذر X من), by cue stance, as match keys. */
const CLOSES_OBJECT: Partial<Record<Stance, ReadonlySet<string>>> = {
  demand: new Set(['الي', 'علي']),
  warn: new Set(['من']),
};
/** Words that may stand before a cue at a content's start (إن نطالب، كما نطالب، ونحن نطالب), as match keys. */
const BEFORE_INNER_CUE = new Set(['كما', 'نحن', 'ونحن', 'اننا', 'انا', 'واننا']);
/** The preposition after a demand cue before the one asked (طلب من X، نطالب من X), as a match key. */
const ASKED_OF = 'من';

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
 * after the cue or its frame preposition, read as the verb rule reads it (ar/object-target.ts).
 */
export function cueObject(doc: Doc, d: Draft, lo: number, end: number): [number, number] | null {
  const object = afterCue(doc, d);
  if (object !== lo && !(object === lo - 1 && doc.lex.words.get(doc.keys[object]) === 'preposition')) return null;
  return arabicObjectTarget(doc, { stance: d.stance, content: { from: lo, complement: false }, object, preposition: object === lo ? -1 : object, end });
}

/**
 * داعيا الكونغرس إلى رفض الاتفاق: the rule took the content after the frame preposition, passing the object before it;
 * the one asked or warned is that object when it names a party (after the speaker, when the speaker follows the cue).
 */
export function passedObject(doc: Doc, d: Draft, lo: number, end: number): [number, number] | null {
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
export function innerCueObjects(doc: Doc, stance: Stance, lo: number, hi: number, end: number): [number, number][] {
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
