import { gapChars } from '../gaps.js';
import type { Doc } from '../types.js';

// Where an English phrase stops, shared by the rules that find speakers (speaker.ts), subjects (sentence-subjects.ts,
// common-noun-subject.ts, subordinate-subject.ts …), sources (source-phrase.ts), addressees and contents (content.ts,
// clause-start.ts, content-end.ts): the marks that end a phrase, a capital, a verb form's ending, a word's lexicon
// class, a time. Kept in one place so that they agree.

/** Punctuation that ends a speaker, subject or source phrase. */
export const BREAK = gapChars(',;:.!?()"“”«»');
/** Marks that end a speaker phrase or an object before a cue (as BREAK, guillemets aside): speaker-before.ts and the
 * rules that widen or bound its phrase. */
export const BREAK_BEFORE = gapChars(',;:.!?()"“”');
/** A comma in a gap. */
export const COMMA = gapChars(',');
/** Endings of adverbs and verb forms, never the nouns of a bare subject phrase. */
export const NOT_NOUN = /(ly|ing|ed)$/;
/** A word that opens with a capital letter. */
export const CAPITAL = /^\p{Lu}/u;
/** Lower-case words a speaker phrase may hold between its determiner or name and its end. */
export const LENIENT_WORDS = 3;
/** Articles that open a noun phrase. */
export const ARTICLES = new Set(['the', 'a', 'an']);

/** The lexicon class of token i (determiner, preposition, adverb, complement, time …); undefined for an open-class word. */
export const cls = (doc: Doc, i: number) => doc.lex.words.get(doc.keys[i]);

/** True when token i lies inside a time expression the time stage found (November, last Monday). */
export const inTime = (doc: Doc, i: number) => doc.input.times.some((t) => t.start <= doc.tokens[i].start && doc.tokens[i].end <= t.end);
