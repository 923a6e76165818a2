import { colonBefore, commaBefore, isComplement, quoteTokensAt } from '../clause.js';
import { MAX_QUOTED_NAME_TOKENS } from '../constants.js';
import { gapHas, hitStartsAt, quoteOpeningAt } from '../doc.js';
import { gapChars } from '../gaps.js';
import { ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW } from '../../text/chars.js';
import type { Doc } from '../types.js';
import { relativeGender } from './antecedent.js';

// Where the particle (أن، إن) that opens what a cue reports stands when an aside, an adjunct or an adverbial comes first.

// Punctuation looked for between two words (attribution/gaps.ts).
/** A sentence end or a colon. */
const END_OR_COLON = gapChars('.!?\u061F:');
/** A comma or a closing bracket (before a relative pronoun). */
const COMMA_OR_CLOSE = gapChars(',\u060C)');
/** Longest prepositional adjunct after a subject before its particle (خلال حضوره اجتماعا … أمس الخميس أن), in tokens. */
export const MAX_ADJUNCT_TOKENS = 16;

/**
 * مديرة المعهد، د. سابرينا فلورا، في مؤتمر صحفي، أن: a preposition phrase at token i set off by commas, with the
 * particle right after its closing comma (within MAX_ADJUNCT_TOKENS, no quotation, cue, colon or full stop before it).
 */
export function adjunctBeforeParticle(doc: Doc, i: number, end: number): boolean {
  if (doc.lex.words.get(doc.keys[i]) !== 'preposition') return false;
  for (let n = i + 1; n < Math.min(end, i + MAX_ADJUNCT_TOKENS); n++) {
    if (quoteOpeningAt(doc, n) || hitStartsAt(doc, n) || gapHas(doc, n, END_OR_COLON)) return false;
    if (commaBefore(doc, n)) return isComplement(doc, n);
  }
  return false;
}

/**
 * The first complement particle within MAX_ADJUNCT_TOKENS after token `from`, with no cue, source, quotation
 * or full stop before it; -1 when there is none.
 */
export function laterParticle(doc: Doc, from: number, end: number): number {
  for (let k = from + 1; k < Math.min(end, from + MAX_ADJUNCT_TOKENS); k++) {
    // فلان، عضو البرلمان لـ«الصحيفة» إن: the quoted outlet told, after an apposition, is passed.
    const told = doc.keys[k - 1] === 'ل' ? quoteTokensAt(doc, k) : undefined;
    if (told && told.to - told.from <= MAX_QUOTED_NAME_TOKENS && told.to < end) { k = told.to - 1; continue; }
    if (hitStartsAt(doc, k) || quoteOpeningAt(doc, k) || gapHas(doc, k, END_OR_COLON)) return -1;
    // خاصة أن، بعد أن، رغم أن: a particle that opens an adjunct (the speaker's reason, a time) is not the report.
    if (isComplement(doc, k)) return ADJUNCT_AN.has(doc.keys[k - 1]) ? -1 : k;
  }
  return -1;
}

/** Tokens from a subject to the relative pronoun of an apposition after it (طبيب القلب (51 عاما)، الذي), at most. */
const MAX_APPOSITION_TO_RELATIVE = 6;
/** Longest relative aside on a speaker, closed by a comma before its particle (…، الذي …، أن), in tokens. */
const MAX_RELATIVE_ASIDE_TOKENS = 40;

/**
 * …، الذي كان يتولى …، أن: the particle that closes a relative aside on the speaker (a relative pronoun after a
 * comma or a bracket, a few words after the subject; the particle after a comma), or -1. Cue words inside
 * the aside do not stop it; a full stop, a colon or a quotation does.
 */
export function particleAfterAside(doc: Doc, from: number, end: number): number {
  let r = -1;
  for (let m = from; m < Math.min(end, from + MAX_APPOSITION_TO_RELATIVE); m++) {
    if (gapHas(doc, m, END_OR_COLON) || quoteOpeningAt(doc, m)) return -1;
    if (m > from && relativeGender(doc.keys[m]) && gapHas(doc, m, COMMA_OR_CLOSE)) { r = m; break; }
  }
  if (r < 0) return -1;
  for (let k = r + 1; k < Math.min(end, r + MAX_RELATIVE_ASIDE_TOKENS); k++) {
    if (gapHas(doc, k, END_OR_COLON) || quoteOpeningAt(doc, k)) return -1;
    if (isComplement(doc, k) && commaBefore(doc, k)) return k;
  }
  return -1;
}

/** Words before أن that make it an adjunct, not the reported clause (match keys). */
// مع أنها واحدة من …: مع before أن is "although".
export const ADJUNCT_AN = new Set(['خاصه', 'خصوصا', 'سيما', 'بعد', 'قبل', 'منذ', 'حيث', 'رغم', 'برغم', 'بما', 'دون', 'بدون', 'لاسيما', 'مع']);

/**
 * Longest adverbial before a verb's own preposition, its first preposition included (بعد زيارتهم للمدينة على), in
 * tokens. Tuned on dev-arnews and the ar-news corpus, checked on the held-out speaker figure: a longer reach takes
 * the على or إلى of a noun further on (حرص … على) and moved a held-out content off its gold.
 */
const MAX_ADVERBIAL_TOKENS = 5;
/** Nouns of need after a frame preposition (أكد على ضرورة، شدد على أهمية), as match keys: no noun before them takes that على. */
const NEED_NOUNS = new Set(['ضروره', 'اهميه', 'وجوب']);
/** Prepositions a frame names that are told apart from an adverbial's (أكد على، أشار إلى), as match keys. */
const FRAME_PREPOSITION: Partial<Record<string, string>> = { ala: 'علي', ila: 'الي' };

/**
 * The token after the cue's own frame preposition in an adverbial opened by the preposition at `from` and running to
 * `to` (بعد زيارتهم للمدينة على ضرورة …), or -1 when there is none or nothing follows it.
 */
export function frameAfterAdverbial(doc: Doc, frame: ReadonlySet<string>, from: number, to: number): number {
  const keys = [...frame].map((f) => FRAME_PREPOSITION[f]).filter((k): k is string => k !== undefined);
  // دعت الأهالي إلى الخروج … والتوجه إلى: the preposition at `from` is the frame's own; nothing to skip.
  if (keys.includes(doc.keys[from])) return -1;
  for (let k = from + 2; k < Math.min(to, from + MAX_ADVERBIAL_TOKENS + 1); k++) if (keys.includes(doc.keys[k])) return k + 1 < to ? k + 1 : -1;
  // وأكد المسؤول في مؤتمر مسؤولي … في قم على ضرورة …: further on, only before a noun of need that the verb's على takes.
  for (let k = from + MAX_ADVERBIAL_TOKENS + 1; k + 1 < to; k++) if (keys.includes(doc.keys[k]) && NEED_NOUNS.has(doc.keys[k + 1])) return k + 1;
  return -1;
}

/** The lemma of "say", whose reported clause opens with إنّ (قال إنّ), not أنّ. */
export const SAY = 'قال';

/**
 * The particle that opens what قال reports when the one at k is أن (written with its hamza above, so it belongs to
 * another verb: في تصريحات يرجح أن تثير …): the first إنّ after a comma within MAX_ADJUNCT_TOKENS, before a colon, a
 * quotation or another cue; k itself when there is none.
 */
export function saidParticleAfter(doc: Doc, k: number, end: number): number {
  if (!doc.tokens[k].text.startsWith(ALEF_HAMZA_ABOVE)) return k;
  for (let m = k + 1; m < Math.min(end, k + MAX_ADJUNCT_TOKENS); m++) {
    if (colonBefore(doc, m) || quoteOpeningAt(doc, m) || hitStartsAt(doc, m)) return k;
    if (commaBefore(doc, m) && isComplement(doc, m) && doc.tokens[m].text.startsWith(ALEF_HAMZA_BELOW)) return m;
  }
  return k;
}
