import { CLAUSE_MARKS } from '../clause.js';
import { gapHas, hitStartsAt, sentenceStart } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { TEH_MARBUTA } from '../../text/chars.js';
import { ARTICLE } from './speaker-words.js';

// إجراءات أمنية مشددة، ثلاث حالات مؤكدة، كيانات متهمة بـ: a feminine participle that qualifies the noun before it is an
// adjective, and reports nothing; the participle of a report follows its clause after a comma (…، مؤكدة أن). So is a
// participle negated by غير (منشأة غير معلنة، أنباء غير مؤكدة), whatever its gender.

/** Fewest letters of a feminine noun or adjective ending in ة or ات that a participle may qualify (حالات، أمنية). */
const MIN_FEMININE_LETTERS = 4;
/** غير (or وغير) right before a participle makes it a negated adjective (غير معلنة), as a match key. */
const NEGATING = /^و?غير$/;
/** The sound feminine plural ending (حالات، إجراءات). */
const FEMININE_PLURAL = /\u0627\u062A$/;

/**
 * True when the participle cue at `hit` is an adjective: right after غير (غير معلنة), or, feminine, qualifying the word
 * right before it, an indefinite feminine noun or adjective (…ة، …ات) with no punctuation between them and no cue ending
 * there.
 */
export function adjectiveParticiple(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): boolean {
  if (hit.cue.kind !== 'participle' || hit.start === sentenceStart(doc, hit.start) || gapHas(doc, hit.start, CLAUSE_MARKS)) return false;
  const prev = doc.keys[hit.start - 1];
  if (NEGATING.test(prev)) return true;
  if (hit.cue.gender !== 'f' || prev.length < MIN_FEMININE_LETTERS || prev.startsWith(ARTICLE) || /^[وف]ال/.test(prev)) return false;
  if (doc.hits.some((h) => h.end === hit.start || (h.start <= hit.start - 1 && h.end > hit.start - 1)) || hitStartsAt(doc, hit.start - 1)) return false;
  // The written ة, not the match key's ه, which a pronoun (والدته) ends with too.
  const text = doc.tokens[hit.start - 1].text;
  return text.endsWith(TEH_MARBUTA) || FEMININE_PLURAL.test(text);
}
