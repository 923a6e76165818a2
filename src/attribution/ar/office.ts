import { gapChars } from '../gaps.js';
import { gapHas } from '../doc.js';
import type { Doc } from '../types.js';

// مدير العمليات في منظمة أطباء بلا حدود: an office held *in* a body is part of the speaker phrase; the في-phrase is no
// adjunct of the verb, and what follows the body (the accused, the particle) is not the body's.

/** Punctuation that ends a speaker phrase. */
const BREAK = gapChars(',\u060C:;\u061B.!?\u061F()«»“”"');

/** Token index + 1 where a listed body's or country's name that starts at token i ends, or -1. */
function listedEnd(doc: Doc, i: number): number {
  const at = doc.tokens[i]?.start;
  for (const e of doc.input.entities) {
    if (e.type !== 'org') continue;
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
