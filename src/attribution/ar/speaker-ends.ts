import { matchKey } from '../../text/normalize/arabic.js';
import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';
import { BREAK_GAP, definiteAt, QUANTIFIERS } from './speaker-words.js';

// Words that end a speaker phrase read forwards (arabicSubject, speaker.ts) though they could pass for its words:
// what the speaker's office serves, and the office a named speaker is charged with.

/** Participles of an office charged with something (المكلف بـ، المسؤول عن، المعني بـ), as match keys. */
const CHARGED = new Set(['المكلف', 'المكلفة', 'المعني', 'المعنية', 'المختص', 'المختصة', 'المسؤول', 'المسؤولة', 'المسئول', 'المسئولة'].map(matchKey));
/** Prepositions of such a participle's charge (المسؤول عن، المشرف على), as match keys. */
const CHARGE_PREPOSITIONS = new Set(['عن', 'علي']);
/** Quantifiers after ل (لعدد من، لبعض، لكل), as match keys, beside QUANTIFIERS. */
const COUNTED = new Set(['عدد', 'العديد', 'مجموعه', ...QUANTIFIERS]);

/**
 * True when token k (after the phrase's first word, `named` when a name word was read) ends the speaker phrase:
 * - المستشار العقاري لعدد من الشركات: ل + a quantifier tells whom the office serves, never who speaks;
 * - وقال جيركي كتاينن المكلف بشؤون النمو: after a name, a definite participle of office with its charge (بـ، عن، على)
 *   is an apposition describing the speaker, who is the name.
 */
export function endsSpeakerAt(doc: Doc, k: number, limit: number, named: boolean): boolean {
  const key = doc.keys[k];
  if (key.length > 1 && key.startsWith('ل') && COUNTED.has(key.slice(1))) return true;
  if (!named || !CHARGED.has(key) || !definiteAt(doc, k) || k + 1 >= limit || gapHas(doc, k + 1, BREAK_GAP)) return false;
  const next = doc.keys[k + 1];
  return CHARGE_PREPOSITIONS.has(next) || (next.startsWith('ب') && next.length > 2 && next !== 'بن');
}
