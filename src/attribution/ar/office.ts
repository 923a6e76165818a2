import { gapChars } from '../gaps.js';
import { gapHas } from '../doc.js';
import { isComplement } from '../clause.js';
import { OPENS_SPEECH } from './content.js';
import type { Doc } from '../types.js';

// مدير العمليات في منظمة أطباء بلا حدود: an office held *in* a body is part of the speaker phrase; the في-phrase is no
// adjunct of the verb, and what follows the body (the accused, the particle) is not the body's.

/** Punctuation that ends a speaker phrase. */
const BREAK = gapChars(',\u060C:;\u061B.!?\u061F()«»“”"');

/** Token index + 1 where a listed name of one of `types` (a body's by default) that starts at token i ends, or -1. */
function listedEnd(doc: Doc, i: number, types: readonly string[] = ['org']): number {
  const at = doc.tokens[i]?.start;
  for (const e of doc.input.entities) {
    if (!types.includes(e.type)) continue;
    for (const m of e.mentions) {
      if (m.start !== at) continue;
      let j = i;
      while (j < doc.tokens.length && doc.tokens[j].end <= m.end) j++;
      return j;
    }
  }
  return -1;
}

/**
 * For في at token k inside a phrase headed by a title (`titled`): where the phrase goes on when a body follows in
 * construct, its head with no article (في منظمة أطباء بلا حدود، في وزارة الخارجية) or a listed body's name: the token
 * after a listed name (after the head or the whole), else the token after the head (the reading of construct nouns
 * goes on from there); -1 when the في-phrase is no office's (في كلمة، في البرلمان: a definite place is where it was said).
 */
export function officeInBody(doc: Doc, k: number, limit: number, titled: boolean): number {
  if (!titled || doc.keys[k] !== 'في' || k + 1 >= limit || gapHas(doc, k, BREAK) || gapHas(doc, k + 1, BREAK)) return -1;
  const b = k + 1, key = doc.keys[b];
  if (key.startsWith('ال') || key.startsWith('لل')) return -1;
  // Looked up after the article test: listedEnd reads every mention of the article.
  const whole = listedEnd(doc, b);
  if (whole > b) return Math.min(whole, limit);
  if (doc.lex.titleWords.get(key)?.kind !== 'body') return -1;
  const named = b + 1 < limit && !gapHas(doc, b + 1, BREAK) ? listedEnd(doc, b + 1) : -1;
  return named > b + 1 ? Math.min(named, limit) : b + 1;
}

/** Most words of an unlisted name after a place (… في السودان هيلدا جونسون إن). */
const MAX_NAME_AFTER_PLACE = 3;

/**
 * For في at token k inside a phrase headed by a title (`titled`): the token after the holder's name when it follows a
 * listed country or place (ممثلة المنظمة في السودان هيلدا جونسون، سفير فرنسا في لبنان برنار إيميه): a listed person, or
 * up to MAX_NAME_AFTER_PLACE words with no article that end where the content opens; -1 otherwise (قال السفير في
 * لبنان أمس، في السودان خلال …: a place of the saying).
 */
export function placeBeforeName(doc: Doc, k: number, limit: number, titled: boolean): number {
  if (!titled || doc.keys[k] !== 'في' || k + 2 >= limit || gapHas(doc, k, BREAK) || gapHas(doc, k + 1, BREAK)) return -1;
  const place = listedEnd(doc, k + 1, ['country', 'place']);
  if (place < 0 || place >= limit || gapHas(doc, place, BREAK)) return -1;
  const person = listedEnd(doc, place, ['person']);
  if (person > place) return Math.min(person, limit);
  for (let m = place; m < Math.min(limit, place + MAX_NAME_AFTER_PLACE + 1); m++) {
    if (m > place && (gapHas(doc, m, OPENS_SPEECH) || isComplement(doc, m))) return m;
    if (gapHas(doc, m, BREAK) || doc.keys[m].startsWith('ال') || doc.lex.words.has(doc.keys[m]) || doc.lex.titleWords.has(doc.keys[m])) return -1;
  }
  return -1;
}

/** Token index + 1 where a listed country's or place's name that starts at token i ends, or -1. */
export function listedPlaceEnd(doc: Doc, i: number): number {
  return listedEnd(doc, i, ['country', 'place']);
}
