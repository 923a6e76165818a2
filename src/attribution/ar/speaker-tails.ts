import { isComplement } from '../clause.js';
import { gapBefore, gapHas } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { isEventNoun } from './event-nouns.js';
import { afterSpelledLetter } from './letter-names.js';
import { marks, startsMention } from './mention-marks.js';
import { BREAK, BREAK_GAP, hasArticle, isBiPhrase, isTitle } from './speaker-words.js';

// Word tests of the speaker chunker (speaker.ts) that look past the word at hand: punctuation that ends the phrase,
// a title read so far, what a supervisor oversees, a closing adjective, the name Ali, an indefinite object.

const COLON = gapChars(':\uFF1A');

/** Fewest letters of an indefinite accusative noun after a name (أطرافا، أحزابا) read as the verb's object. */
export const MIN_INDEFINITE_OBJECT_LETTERS = 4;
/** Prepositions of a verb's frame after its object (دعا أطرافا إلى، حث أحزابا على، حذر دولا من), as match keys. */
const FRAME_PREPOSITIONS = new Set(['الي', 'علي', 'من']);
/** An indefinite accusative ending (أطرافا، أطرافاً), as written: alef, with or without tanwin fath. */
export const ACCUSATIVE_ALEF = /\u0627\u064B?$/;

/** Most tokens of what a supervisor oversees (المشرف العام على العلاقات العامة والإعلام بوزارة الحج) before the name. */
const MAX_SUPERVISED_TOKENS = 12;
/** Punctuation that ends what a supervisor oversees (a comma may set off the name after it). */
const SUPERVISED_END = gapChars('.:;!?؛؟«»"“”()');

/**
 * المشرف العام على العلاقات العامة بوزارة الحج الأستاذ فلان، المشرف على البرنامج … الدكتور فلان: after a title that
 * ends in على (`last`, its last word), what is overseen runs to the person's title or name, where the phrase goes on,
 * or to the particle, where it ends. `k` when neither comes within MAX_SUPERVISED_TOKENS.
 */
export function supervisedEnd(doc: Doc, k: number, limit: number, last: string): number {
  if (last !== 'علي') return k;
  const mk = marks(doc);
  for (let n = k + 1; n < Math.min(limit, k + MAX_SUPERVISED_TOKENS); n++) {
    // الدكتور فلان المشرف على برنامج إعداد القادة أن: what is overseen ends the phrase at the particle.
    if (isComplement(doc, n) && !gapHas(doc, n, SUPERVISED_END)) return n;
    if (gapHas(doc, n, SUPERVISED_END) || mk.hitStart[n]) return k;
    if (doc.lex.titleWords.get(doc.keys[n])?.kind === 'title' || mk.personStarts[n]) return n;
  }
  return k;
}

/** Time words (أمس، الأربعاء) between a speaker phrase and its particle, at most. */
const MAX_TIME_WORDS_BEFORE_PARTICLE = 2;

/**
 * True when the definite word at k ends the speaker phrase: a particle (not بأن, which tells what a noun says: نفى الجيش
 * السوري التقارير بأن) or a colon follows it, after at most MAX_TIME_WORDS_BEFORE_PARTICLE time words (الأربعاء، أمس), or
 * an event noun follows those time words.
 */
export function adjectiveAtEnd(doc: Doc, k: number, limit: number): boolean {
  let n = k + 1;
  while (n < limit && n - k <= MAX_TIME_WORDS_BEFORE_PARTICLE && doc.lex.words.get(doc.keys[n]) === 'time' && !gapHas(doc, n, BREAK_GAP)) n++;
  if (n >= limit) return false;
  // أعلن الائتلاف السوري المعارض الأربعاء انتخاب …: after a time word, an event noun opens the object.
  if (n > k + 1 && isEventNoun(doc.keys[n]) && !gapHas(doc, n, BREAK_GAP)) return true;
  return gapHas(doc, n, COLON) || (isComplement(doc, n) && !doc.keys[n].startsWith('ب') && !gapHas(doc, n, BREAK_GAP));
}

/** Words that open the rest of a name after a given name (أبو فلان، عبد الله، بن فلان), as match keys. */
const NAME_OPENERS = new Set(['ابو', 'ابي', 'عبد', 'بن']);

/**
 * True when على at k (written with ى, so its key is that of the preposition) follows a title and comes before a name
 * opener or a listed person's name, with no punctuation: the name Ali (الدكتور على أبو الريش), not "on" (أكد الوزير على أهمية).
 */
export function aliBeforeName(doc: Doc, k: number, limit: number): boolean {
  if (k + 1 >= limit || doc.lex.titleWords.get(doc.keys[k - 1])?.kind !== 'title') return false;
  if (gapHas(doc, k, BREAK_GAP) || gapHas(doc, k + 1, BREAK_GAP)) return false;
  return NAME_OPENERS.has(doc.keys[k + 1]) || marks(doc).personStarts[k + 1] === 1;
}

/** True when a title or a role stands among the phrase's words from j (read as `first`) up to k. */
export function titledBefore(doc: Doc, j: number, k: number, first: string): boolean {
  // A loop over the keys in place, not a copied array and a closure per call.
  const titled = (key: string) => { const t = doc.lex.titleWords.get(key)?.kind; return t === 'title' || t === 'role'; };
  if (titled(first)) return true;
  for (let i = j + 1; i < k; i++) if (titled(doc.keys[i])) return true;
  return false;
}

/** Punctuation before token k (k > j) that ends a phrase read forwards: the dot of د. does not. */
export function breaksForward(doc: Doc, k: number): boolean {
  if (!gapHas(doc, k, BREAK_GAP)) return false;
  const prev = doc.keys[k - 1];
  if (afterSpelledLetter(doc, k)) return BREAK.test(gapBefore(doc, k).replace('.', '')); // كيه. شانموجام
  if (prev.length !== 1 || !doc.lex.titleWords.has(prev)) return true;
  return BREAK.test(gapBefore(doc, k).replace('.', ''));
}

/**
 * اتهم العبادي أطرافا خارجية، دعا سامي نور أحزابا إلى: an indefinite accusative noun (-ا, -اً) right after a name
 * word, before an indefinite adjective, a ب-phrase or a preposition, is the object of a verb that takes one
 * (`applies`: a name was read and the verb takes an object). Not a mention (أوروبا، روسيا) or a title.
 */
export function indefiniteObject(doc: Doc, k: number, limit: number, applies: boolean): boolean {
  if (!applies || k + 1 >= limit || !ACCUSATIVE_ALEF.test(doc.tokens[k].text) || doc.keys[k].length < MIN_INDEFINITE_OBJECT_LETTERS) return false;
  const prev = doc.keys[k - 1], next = doc.keys[k + 1];
  if ((prev.startsWith('ل') && !hasArticle(prev)) || /^[0-9\u0660-\u0669]/.test(prev) || doc.lex.words.has(prev) || isTitle(doc, k - 1)) return false;
  if (startsMention(doc, k) || isTitle(doc, k) || gapHas(doc, k + 1, BREAK_GAP)) return false;
  return isBiPhrase(next) || FRAME_PREPOSITIONS.has(next) || (!hasArticle(next) && /[هة]$/.test(next) && !startsMention(doc, k + 1));
}
