import { MAX_QUOTED_NAME_TOKENS, MIN_QUOTE_TOKENS } from '../constants.js';
import { CLAUSE_MARKS, colonBefore, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { gapHas, hitStartsAt } from '../doc.js';
import type { Doc } from '../types.js';
import { ADJUNCT_AN } from './particle.js';
import { ARTICLE } from './speaker-words.js';
import { arabicSubject } from './speaker.js';
import { marks } from './mention-marks.js';

// قال فلان، مدير …، في بيان …، بعد أن …: إن …: where a verb of saying that takes no object reports, past a long
// apposition or adjunct on its speaker that another rule read as the content.

/**
 * Longest aside between a verb of saying's subject and the colon, particle or quotation that opens what was said, in
 * tokens: set to cover the asides seen in the ar-news scan (a title with its body, an occasion with its place, a dash
 * clause; up to about 25 words); further on, the words found belong to another clause.
 */
const MAX_ASIDE_TOKENS = 30;

/**
 * وقال فلان -وهو ثالث … بعد أن انسحب اثنان- إنه …؛ قال المستشار …، في تصريحات إلى "الوطن": إن …؛ وقال نصر الله في
 * حفل لتكريم … «…»: the token where what a verb of saying reports opens after token `from` — a colon, a complement
 * particle (one after بعد، قبل، رغم، مع … opens an adjunct and is passed) or a quotation of speech that runs to the
 * sentence end `end`. A short quoted name (لـ«الصحيفة») is passed; another cue or source, or a longer quotation that
 * stops before the end, ends the search. -1 when none comes within MAX_ASIDE_TOKENS, or when `from` itself opens
 * speech, a ب-object or a cue, or goes on with the subject's noun phrase.
 */
export function saidAfterAside(doc: Doc, from: number, end: number): number {
  // فقال: «…»، قيل: …: what opens with a colon or a quotation at `from` is already speech; صرحت بوجود "…": a ب-object
  // governs what follows it; وأضاف مؤكدا نية «…»: a cue at `from` reports what follows itself.
  if (colonBefore(doc, from) || quoteTokensAt(doc, from) || doc.keys[from].startsWith('ب') || hitStartsAt(doc, from)) return -1;
  // قال زعيم جماعة الحوثي اليمنية في رسالة … إنه: a definite word right after the subject, with nothing between, goes on
  // with the subject's own noun phrase, which was read short; where that phrase ends is left undecided.
  if (continuesSubject(doc, from)) return -1;
  for (let k = from + 1; k < Math.min(end, from + MAX_ASIDE_TOKENS); k++) {
    if (hitStartsAt(doc, k)) return -1;
    if (colonBefore(doc, k)) return k;
    const q = quoteTokensAt(doc, k);
    if (q) {
      if (q.to - q.from <= MAX_QUOTED_NAME_TOKENS) { k = q.to - 1; continue; }
      // الحاجة إلى "…": a quotation right after a preposition is its object.
      const governed = doc.lex.words.get(doc.keys[k - 1]) === 'preposition';
      return !governed && q.to - q.from >= MIN_QUOTE_TOKENS && q.to >= end - 1 ? k : -1;
    }
    if (isComplement(doc, k) && !ADJUNCT_AN.has(doc.keys[k - 1])) return k;
  }
  return -1;
}

/** True when token i is a definite word (no function word) with no punctuation before it: a subject's noun phrase going on. */
function continuesSubject(doc: Doc, i: number): boolean {
  return i > 0 && !gapHas(doc, i, CLAUSE_MARKS) && doc.keys[i].startsWith(ARTICLE) && !doc.lex.words.has(doc.keys[i]);
}

/**
 * أكد صاحب السمو الملكي الأمير خالد الفيصل مستشار …، نائب رئيس …، أن …؛ أعلنت جبهة النصرة، ذراع …، أمس أنها: for a
 * verb that may take an object, the complement particle after a comma (time words between them allowed) within
 * MAX_ASIDE_TOKENS of `from`, where the words read as its object are the rest of the subject's name and titles; -1 when
 * a particle without a comma (the object's own: تسليم الطائرات بعد أن …), another cue, a colon or a quotation of
 * speech comes first.
 */
export function particleAfterApposition(doc: Doc, from: number, end: number): number {
  for (let k = from + 1; k < Math.min(end, from + MAX_ASIDE_TOKENS); k++) {
    if (hitStartsAt(doc, k) || colonBefore(doc, k)) return -1;
    const q = quoteTokensAt(doc, k);
    if (q) {
      if (q.to - q.from > MAX_QUOTED_NAME_TOKENS) return -1;
      k = q.to - 1;
      continue;
    }
    if (!isComplement(doc, k)) continue;
    let m = k;
    while (m - 1 > from && !commaBefore(doc, m) && doc.lex.words.get(doc.keys[m - 1]) === 'time') m--;
    return commaBefore(doc, m) ? k : -1;
  }
  return -1;
}

/** The pronouns that open a circumstantial clause on the speaker (وهو فقيه …، وهي عضو …), as match keys. */
const CIRCUMSTANTIAL = new Set(['وهو', 'وهي']);

/**
 * ودعا فلان، وهو فقيه مغربي محسوب على …، إلى محاكمة …: the token after a وهو/وهي clause on the subject at `from`
 * that a comma closes within MAX_ASIDE_TOKENS, before any colon, particle, quotation or cue (which would open what
 * was said inside the clause); -1 when `from` opens no such clause.
 */
export function afterCircumstantial(doc: Doc, from: number, end: number): number {
  if (from >= end || !CIRCUMSTANTIAL.has(doc.keys[from])) return -1;
  for (let k = from + 1; k < Math.min(end, from + MAX_ASIDE_TOKENS); k++) {
    if (hitStartsAt(doc, k) || colonBefore(doc, k) || isComplement(doc, k) || quoteTokensAt(doc, k)) return -1;
    if (commaBefore(doc, k)) return k;
  }
  return -1;
}

/**
 * قال الأمين العام لـ«…»، وهو من …، الدكتور فلان، إن …: the end of a title or a listed name right after a وهو/وهي
 * clause (at `from`, past its comma) that a comma, a colon or a particle closes: the rest of the speaker phrase; -1
 * when none stands there (ودعا فلان، وهو …، إلى: the verb's own words).
 */
function nameAfterCircumstantial(doc: Doc, from: number, end: number): number {
  if (!doc.lex.titleWords.has(doc.keys[from]) && !marks(doc).personStarts[from]) return -1;
  const e = arabicSubject(doc, from, end, true);
  return e > from && e < end && (commaBefore(doc, e) || colonBefore(doc, e) || isComplement(doc, e)) ? e : -1;
}

/**
 * Most words of a quoted body after a title (الرابطة الطبية في كندا: 4), in tokens; longer than a quoted name
 * elsewhere (MAX_QUOTED_NAME_TOKENS), as the clause and the name after it must follow too.
 */
const MAX_QUOTED_BODY_TOKENS = 6;

/**
 * The end of the speaker phrase past a وهو/وهي clause at `from` and the name after it (nameAfterCircumstantial), a
 * short quoted body after a lone لـ (الأمين العام لـ«المجلس …»، وهو …، فلان) passed first; -1 when there is none.
 */
export function namedAfterAside(doc: Doc, from: number, end: number): number {
  const q = doc.keys[from] === 'ل' ? quoteTokensAt(doc, from + 1) : undefined;
  const c = afterCircumstantial(doc, q && q.to - q.from <= MAX_QUOTED_BODY_TOKENS ? q.to : from, end);
  return c >= 0 ? nameAfterCircumstantial(doc, c, end) : -1;
}
