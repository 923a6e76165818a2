import { gapChars } from '../gaps.js';
import { gapHas } from '../doc.js';
import { isComplement } from '../clause.js';
import { OPENS_SPEECH } from './content.js';
import type { Doc } from '../types.js';
import { isNisba } from './nisba.js';

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
export function officeInBody(doc: Doc, k: number, limit: number, titled: boolean, bodyHead = false): number {
  // اللجنة القانونية في البرلمان العراقي: a body within a body, definite as it is.
  if (bodyHead && !titled && doc.keys[k] === 'في' && k + 1 < limit && !gapHas(doc, k, BREAK) && /^ال/.test(doc.keys[k + 1])) return definiteBodyEnd(doc, k + 1, limit);
  if (!titled || doc.keys[k] !== 'في' || k + 1 >= limit || gapHas(doc, k, BREAK) || gapHas(doc, k + 1, BREAK)) return -1;
  const b = k + 1, key = doc.keys[b];
  if (key.startsWith('ال') || key.startsWith('لل')) return definiteBodyEnd(doc, b, limit);
  // Looked up after the article test: listedEnd reads every mention of the article.
  const whole = listedEnd(doc, b);
  if (whole > b) return Math.min(whole, limit);
  if (doc.lex.titleWords.get(key)?.kind !== 'body') return -1;
  const named = b + 1 < limit && !gapHas(doc, b + 1, BREAK) ? listedEnd(doc, b + 1) : -1;
  return named > b + 1 ? Math.min(named, limit) : b + 1;
}

/** Most adjectives after a definite body in an office (في المجلس الوطني للمقاومة الإيرانية). */
const MAX_BODY_ADJECTIVES = 3;

/**
 * رئيس اللجنة في المجلس الوطني للمقاومة الإيرانية فلان، ممثل المحافظة في البرلمان العراقي النائب فلان: a definite body
 * at token b (a listed body head, with its nisba or ل-adjectives) is the office's when a word goes on right after it,
 * neither a particle nor a function word (the holder's title or name, or the verb's object); before a particle or a
 * mark (قال الوزير في البرلمان إن …) it is where the saying was, and -1.
 */
function definiteBodyEnd(doc: Doc, b: number, limit: number): number {
  if (doc.lex.titleWords.get(doc.keys[b])?.kind !== 'body') return -1;
  let m = b + 1;
  while (m < limit && m - b <= MAX_BODY_ADJECTIVES && !gapHas(doc, m, BREAK) && (isNisba(doc.keys[m]) || /^لل/.test(doc.keys[m]))) m++;
  if (m >= limit || gapHas(doc, m, BREAK) || isComplement(doc, m) || doc.lex.words.has(doc.keys[m])) return -1;
  return m;
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

/**
 * Heads whose في names what the person belongs to or knows (القيادي في الحزب، عضو في البرلمان، الأستاذ في الجامعة،
 * الخبير في الشؤون الأمنية), as match keys: a definite noun after their في is that body or field, not the place of the saying.
 */
const MEMBER_HEADS = new Set(['القيادي', 'القياديه', 'قيادي', 'قياديه', 'عضو', 'العضو', 'عضوه', 'العضوه', 'الخبير', 'الخبيره', 'خبير', 'الباحث', 'الباحثه', 'باحث', 'المحلل', 'الناشط', 'الناشطه', 'الاستاذ', 'الاستاذه']);
/** Most definite words of the body or field after such a في (في الشؤون الأمنية الإقليمية). */
const MAX_MEMBER_BODY_TOKENS = 3;

/**
 * For في at token k right after a member head `head` (القيادي في المقاومة الشعبية فلان، فلان الأستاذ في الجامعة): the
 * token after the definite words of the body or field that follows, else -1.
 */
export function memberOfBody(doc: Doc, k: number, limit: number, head: string): number {
  if (!MEMBER_HEADS.has(head) || doc.keys[k] !== 'في' || gapHas(doc, k, BREAK)) return -1;
  let m = k + 1;
  while (m < limit && m - k <= MAX_MEMBER_BODY_TOKENS && doc.keys[m].startsWith('ال') && !gapHas(doc, m, BREAK) && !doc.lex.words.has(doc.keys[m])) m++;
  return m > k + 1 ? m : -1;
}
