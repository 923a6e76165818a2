import { STANCE_LEAD_WORDS } from '../constants.js';
import { commaBefore } from '../clause.js';
import { firstForms } from '../cues.js';
import { titleAt } from '../doc.js';
import type { Doc } from '../types.js';
import { definiteAt } from './speaker-words.js';
import { objectOwner } from './target-owners.js';
import { clauseSubject, partyAt } from './target-parties.js';

// يختلف مع انتقادات الأمير X، نختلف في الرأي مع X: a denial told as disagreeing with someone (stance-markers.tsv, a
// `deny` marker ending in مع) names the one whose claim is denied (GUIDELINES `targets`) right after its مع; a doubt
// told as distrust (ليس لدينا ثقة بملاحقة حكومة X) names the party its ب-object is about.

/** With (مع), as a match key: the word that ends a marker of disagreement. */
const WITH = 'مع';

/**
 * The party a marker near the content's start (token lo) names after it: after a deny marker ending in مع, the owner
 * of a saying (انتقادات الأمير X) or a party phrase (a name, a title or body phrase); after a doubt marker, the party
 * of its ب-object (distrusted); else null.
 */
export function markerParty(doc: Doc, lo: number, hi: number): [number, number] | null {
  for (let i = lo; i < Math.min(hi - 1, lo + STANCE_LEAD_WORDS); i++) {
    if (i > lo && commaBefore(doc, i)) return null;
    const m = doc.lex.markers.first(doc.keys, i, firstForms(doc, doc.keys[i]));
    if (!m) continue;
    const at = i + m[1];
    if (at >= hi || commaBefore(doc, at)) return null;
    if (m[0].value === 'doubt') return distrusted(doc, at, hi);
    if (m[0].value !== 'deny' || m[0].keys[m[0].keys.length - 1] !== WITH) return null;
    return objectOwner(doc, at, hi) ?? titledName(doc, at, hi) ?? clauseSubject(doc, at, hi);
  }
  return null;
}

/** An adverb in the accusative (نهائيا، إطلاقا), as a match key's ending: a word between a marker and its object. */
const ACCUSATIVE_ADVERB = /^[\u0621-\u064A]{3,}ا$/u;

/**
 * ليس لدينا ثقة نهائيا بملاحقة حكومة إسرائيل: after a doubt marker (and an adverb), the party a ب-object names —
 * the name written after the ب, or the party after the act's verbal noun (a clause after بأن is read elsewhere).
 */
function distrusted(doc: Doc, at: number, hi: number): [number, number] | null {
  const b = ACCUSATIVE_ADVERB.test(doc.keys[at]) && !doc.lex.words.has(doc.keys[at]) && at + 1 < hi && !commaBefore(doc, at + 1) ? at + 1 : at;
  const key = doc.keys[b];
  if (!key.startsWith('ب') || key === 'بان' || key === 'بانه') return null;
  const named = mentionFrom(doc, doc.tokens[b].start + 1);
  if (named > 0) return [doc.tokens[b].start + 1, Math.min(named, doc.tokens[hi - 1].end)];
  return b + 1 < hi && !commaBefore(doc, b + 1) && partyAt(doc, b + 1) ? clauseSubject(doc, b + 1, hi) : null;
}

/** Where the longest mention starting at character `at` ends, or -1. */
function mentionFrom(doc: Doc, at: number): number {
  let end = -1;
  for (const e of doc.input.entities) for (const m of e.mentions) if (m.start === at) end = Math.max(end, m.end);
  return end;
}

/** A title and the name right after it (الأمير بندر بن سلطان), up to the name's end, or null. */
function titledName(doc: Doc, at: number, hi: number): [number, number] | null {
  if (at + 1 >= hi || !titleAt(doc, at)) return null;
  const start = doc.tokens[at + 1].start;
  let end = -1;
  for (const e of doc.input.entities) for (const m of e.mentions) if (m.start === start) end = Math.max(end, m.end);
  return end > start && end <= doc.tokens[hi - 1].end ? [doc.tokens[at].start, end] : null;
}

/** What (ما), as a match key: a relative opening what a party said or did. */
const WHAT = 'ما';
/** A preposition with an attached pronoun after a verb of saying (ذهب إليه، تحدث عنه), as match keys. */
const RESUMED_PREPOSITION = /^(اليه|اليها|عنه|عنها|به|بها)$/;

/**
 * رفض ما ذهب إليه أوباما، نفى ما ذكرته الصحيفة: a denial of what a party said names that party, the subject after
 * the verb of the ما-clause opening the content (a preposition with its pronoun may stand between); or null.
 */
export function deniedSayer(doc: Doc, lo: number, hi: number): [number, number] | null {
  if (doc.keys[lo] !== WHAT || lo + 2 >= hi) return null;
  const verb = lo + 1;
  if (doc.lex.words.has(doc.keys[verb]) || definiteAt(doc, verb) || commaBefore(doc, verb + 1)) return null;
  const at = RESUMED_PREPOSITION.test(doc.keys[verb + 1]) ? verb + 2 : verb + 1;
  return at < hi && !commaBefore(doc, at) && partyAt(doc, at) ? clauseSubject(doc, at, hi) : null;
}
