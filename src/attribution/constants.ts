// Thresholds of the rule-based statement finder. Tuned by hand on the gold dev sets
// (npm run eval -- --verbose); change them only with the evaluation re-run.

/** Longest speaker phrase, in tokens (المتحدث الرسمي باسم الأجهزة الأمنية الفلسطينية اللواء عدنان الضميري = 10). */
export const MAX_SPEAKER_TOKENS = 10;
/** Tokens searched after a cue for a phrase it requires (دقت كوريا الجنوبية أيضا ناقوس الخطر). */
export const REQUIRES_WINDOW = 6;
/**
 * Tokens searched after a cue for a required saying (بالقول، بقوله): it names the saying itself, so it ends a long
 * subject, place and addressee (اكتفى الدباشي في تعليق مقتضب من مقره بنيويورك بالقول إنه …).
 */
export const REQUIRES_SAYING_WINDOW = 14;
/** The required phrases REQUIRES_SAYING_WINDOW applies to (their keys). */
export const SAYING_PHRASES: ReadonlySet<string> = new Set(['بالقول', 'بقوله', 'بقولها', 'بقولهم']);
/** Tokens past REQUIRES_WINDOW searched, in Arabic, for a required phrase right after a comma (a long subject set off by commas). */
export const REQUIRES_AFTER_COMMA_WINDOW = 10;
/** Tokens between a speaker and its complement particle (أن/that) that may be skipped (adverbs, prepositional phrases). */
export const MAX_TOKENS_TO_COMPLEMENT = 8;
/** Fewest tokens a content must have. */
export const MIN_CONTENT_TOKENS = 1;
/** A content after a cue this short (tokens) at a sentence end is completed by a quotation that follows (MT: بأنه نبأ. “”…””). */
export const SHORT_CONTENT_TOKENS = 2;
/** Quotations shorter than this (tokens) are terms or scare quotes, not quoted speech. */
export const MIN_QUOTE_TOKENS = 2;
/** Tokens allowed between a quotation's end and a following cue (”, he said / «…». قال الممثل). */
export const MAX_TOKENS_QUOTE_TO_CUE = 6;
/** Longest headline speaker before a colon or a present-tense cue, in tokens. */
export const MAX_HEADLINE_SPEAKER_TOKENS = 6;
/** Longest quoted name right after a cue or a body (ذكرت "هدى القحطاني"، وفقا لصحيفة «المدينة»), in tokens. */
export const MAX_QUOTED_NAME_TOKENS = 3;
/** Longest target phrase (the accused, the one asked), in tokens. */
export const MAX_TARGET_TOKENS = 5;

/** Letters of a و + feminine past verb that ends an object content (وقالت is 5; shorter words such as وقت are nouns). */
export const MIN_CONJOINED_VERB_LETTERS = 5;

/** Words at a content's start within which a lead (X يجب أن، الحكومة تحتاج إلى) is still the predicate of its first
 * clause and so gives the statement its stance (stance-leads.tsv). Tuned on dev-arnews and the ar-news corpus:
 * subjects before such a predicate run to four words (الولايات المتحدة والفلبين يجب). */
export const STANCE_LEAD_WORDS = 5;
/** Words at a content's start within which a lead right after a comma (معالجة الفكر المنحرف، لا بد من …) is still the
 * predicate of a topic put first. Tuned on the ar-news corpus and dev-arnews: such topics run to 15 words, while a duty
 * after 40 words of account (…، ويتوجب على الجميع) is only part of what is told (dev-arnews `assert`). */
export const STANCE_COMMA_LEAD_WORDS = 16;
/** Most words between a condition (في حال) and its consequence (لن، سيتم) for the pair to read as a warning.
 * Tuned on dev-arnews and the ar-news corpus: the consequence clause comes within ten words, while a longer
 * distance joins unrelated clauses of a long quotation. */
export const CONDITION_WINDOW = 12;
/** How many times the words of the stance read so far a later turn of a content must hold to give the content its stance
 * (stance-turns.ts). Tuned on dev-wnen and the shared dev when no content was split; since stance-split.ts splits every
 * turn but one after a short lead naming no stance, it weighs only that lead against the turn after it. */
export const STANCE_TURN_MARGIN = 1.5;
/** Fewest words the sentences of a content before its first stance word (the cue's own assertion) must hold to stand
 * as a statement of their own when the content turns after them (stance-split.ts); a shorter lead stays with the turn.
 * Tuned on dev-wnen, dev-arnews and the shared dev: leads of 4-23 words kept whole by the gold (the longest, an
 * Arabic quotation before "وهذا ليس صحيحا"), of 26 and 58 split; 25 is the one value the figures pin down. */
export const STANCE_SPLIT_LEAD_WORDS = 25;
