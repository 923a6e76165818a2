import { gapHas, titleAt } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';
import { spelledLetter } from './letter-names.js';

// Word tests of the speaker chunker (speaker.ts): which words can never be in a speaker phrase, which are written
// definite, which are ب-phrases, titles or carry an attached pronoun.

export const ARTICLE = 'ال';
/** Punctuation in a gap that ends a speaker phrase (a hyphen or a space does not). */
const BREAK_CHARS = ',\u060C:;\u061B.!?\u061F()«»“”"„';
export const BREAK = new RegExp(`[${BREAK_CHARS}]`);
export const BREAK_GAP = gapChars(BREAK_CHARS);
const DOT = gapChars('.');
/** An attached object pronoun (رعاياها، مواقفهم), as written; a bare ه is too common at the end of names (وجيه). */
export const OBJECT_SUFFIX = /\u0647(\u0627|\u0645|\u0645\u0627)$/;

/**
 * A ب-word that is a preposition phrase (بإرسال، بالحادث، بتصنيف، بقوة) rather than a name (بيسكوف، بوتين):
 * after ب comes the article, a verbal-noun prefix (ا ت م) or a pronoun.
 */
export function isBiPhrase(key: string): boolean {
  if (!key.startsWith('ب') || key === 'باسم' || key === 'بن' || key === 'بنت') return false; // خالد بن محمد
  const rest = key.slice(1);
  return rest.length <= 3 || /^(ال|ا|ت|م|ق)/.test(rest);
}

/** Honorific pronouns that stand for a dignitary already named (معاليه "his excellency", سموه "his highness"), as match keys. */
export const HONORIFICS: ReadonlySet<string> = new Set(['معاليه', 'معاليها', 'سموه', 'سموها', 'فضيلته', 'سماحته', 'سعادته', 'سعادتها', 'سيادته', 'جلالته', 'دولته']);

/** True when a match key starts with the article (or ل + the article: للوزارة). */
export const hasArticle = (k: string) => k.startsWith(ARTICLE) || k.startsWith('لل');
/**
 * A word written with hamza on its first alef before ل (ألبرت، ألكسيس، ألكسندر): the match key folds أ to ا, so the
 * key looks definite, but the article is written with a bare alef; such a word is a name (or a verb), never "the …".
 * إ is left out: إلغاء، إلقاء are verbal nouns whose reading as a definite noun keeps them out of a speaker phrase; so are
 * short words (ألا، ألف، ألقى، ألمح): at least three letters follow أل.
 */
const HAMZA_LAM = /^[\u0648\u0641]?\u0623\u0644[\u0621-\u064A]{3}/;
/** True when the word at i is written with the article (its key starts with ال or لل, and not as ألبرت does). */
export function definiteAt(doc: Doc, i: number, key = doc.keys[i]): boolean {
  return hasArticle(key) && !HAMZA_LAM.test(doc.tokens[i].text);
}

/** Quantifiers (match keys): never a speaker alone, and after a verb of urging they open its object (ar/urged-object.ts). */
export const QUANTIFIERS = new Set(['جميع', 'كل', 'كافه', 'بعض']);

/** True when the phrase [j, k) is a quantifier alone (جميع، كل): "all", with what it counts left out, names no one. */
export function loneQuantifier(doc: Doc, j: number, k: number): boolean {
  return k === j + 1 && QUANTIFIERS.has(doc.keys[j]);
}

/** Fewest letters of the word after a one-letter title written without its point (د محمد): a name, not a particle. */
const MIN_WORD_AFTER_SHORT_TITLE = 3;

/**
 * True when the one-letter title at i (د for الدكتور) is written without its point before a word of its own: no mark
 * between (a list's letter, (د) or د-, has one), and a word of MIN_WORD_AFTER_SHORT_TITLE letters that is no function word.
 */
function shortTitleBeforeWord(doc: Doc, i: number): boolean {
  const next = doc.keys[i + 1];
  return next !== undefined && doc.gaps[i + 1] === 0 && doc.gaps[i] === 0 && next.length >= MIN_WORD_AFTER_SHORT_TITLE && !doc.lex.words.has(next);
}

/** True when the word at i can never start or continue a speaker phrase. */
export function isStopWord(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  if (key.length <= 1) return !(doc.lex.titleWords.has(key) && (gapHas(doc, i + 1, DOT) || shortTitleBeforeWord(doc, i))); // د. is a title
  // وفي، فإن: a function word behind a conjunction is still one.
  const bare = /^[وف]/.test(key) && key.length > 2 ? key.slice(1) : key;
  const cls = doc.lex.words.get(key) ?? (doc.lex.titleWords.has(key) ? undefined : doc.lex.words.get(bare));
  if (cls === undefined || cls === 'determiner' || cls === 'speech') return false;
  // The exceptions below are read only for a function word (most words are none, and this is asked very often).
  if (spelledLetter(doc, i)) return false; // قناة إن. بي. سي: a spelled letter, not the particle
  // علي (a name) and على (on) share a match key: written with ي it is the name.
  return !(key === 'علي' && doc.tokens[i].text.endsWith('\u064A'));
}

/** True when the word at i is a title, a role, an unnamed-source or a body head. */
export function isTitle(doc: Doc, i: number): boolean {
  return doc.lex.titleWords.has(doc.keys[i]) || titleAt(doc, i) !== undefined;
}

/** ل-words that are adverbs, not the object of a verbal noun (رفض للمرة الثانية), as match keys. */
const LAM_ADVERBS = new Set(['للمره', 'للحظه', 'للوهله']);

/**
 * True when token i is ل + the article or a demonstrative (للاتفاق، لهذه): after a cue word and its noun, the
 * object of a verbal noun (رفض الكونجرس للاتفاق), since a verb takes its object without ل.
 */
export function isLamObject(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  if (!key?.startsWith('ل') || key.length < 3 || LAM_ADVERBS.has(key)) return false;
  return key.startsWith('لل') || key.startsWith('لال') || doc.lex.words.get(key.slice(1)) === 'demonstrative';
}

/** A word ending in an attached pronoun (انسحابها، قوله، تعليقه): never the head of a subject. */
export function hasPronounSuffix(doc: Doc, i: number): boolean {
  const t = doc.tokens[i].text;
  if (isTitle(doc, i) || t.length <= 3 || /\u0644\u0644\u0647$/.test(t)) return false; // …الله is a name
  return /(\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627|\u0643\u0645)$/.test(t);
}

/** يوم "day", as a match key. */
const DAY = 'يوم';

/** True when يوم at i comes before a time word (يوم الأحد، يوم أمس): a time adjunct, never a name word. */
export const dayBeforeTime = (doc: Doc, i: number, limit: number): boolean =>
  doc.keys[i] === DAY && i + 1 < limit && doc.lex.words.get(doc.keys[i + 1]) === 'time';
