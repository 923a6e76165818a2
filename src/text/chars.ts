/** Named code points, so that no Arabic or typographic character hides in a regex. */

// Arabic punctuation
export const ARABIC_COMMA = '\u060C'; // ،
export const ARABIC_SEMICOLON = '\u061B'; // ؛
export const ARABIC_QUESTION_MARK = '\u061F'; // ؟
export const ARABIC_FULL_STOP = '\u06D4'; // ۔ (Urdu)
export const ARABIC_LETTER_MARK = '\u061C';
export const TATWEEL = '\u0640';

// Letters that normalisation folds
export const ALEF = '\u0627'; // ا
export const ALEF_MADDA = '\u0622'; // آ
export const ALEF_HAMZA_ABOVE = '\u0623'; // أ
export const ALEF_HAMZA_BELOW = '\u0625'; // إ
export const ALEF_WASLA = '\u0671'; // ٱ
export const ALEF_MAKSURA = '\u0649'; // ى
export const YEH = '\u064A'; // ي
export const TEH_MARBUTA = '\u0629'; // ة
export const HEH = '\u0647'; // ه
export const WAW_HAMZA = '\u0624'; // ؤ
export const YEH_HAMZA = '\u0626'; // ئ
export const WAW = '\u0648'; // و
export const FARSI_YEH = '\u06CC'; // ی
export const KEHEH = '\u06A9'; // ک
export const KAF = '\u0643'; // ك

// Quotation marks
export const LEFT_GUILLEMET = '\u00AB'; // «
export const RIGHT_GUILLEMET = '\u00BB'; // »
export const LEFT_DOUBLE_QUOTE = '\u201C'; // “
export const RIGHT_DOUBLE_QUOTE = '\u201D'; // ”
export const LOW_DOUBLE_QUOTE = '\u201E'; // „
export const LEFT_SINGLE_QUOTE = '\u2018'; // ‘
export const RIGHT_SINGLE_QUOTE = '\u2019'; // ’
export const FULLWIDTH_QUOTE = '\uFF02'; // ＂
export const STRAIGHT_DOUBLE_QUOTE = '"';

/** Every double quotation mark we pair (single quotes double as apostrophes, so they are left out). */
export const DOUBLE_QUOTES = [
  LEFT_GUILLEMET, RIGHT_GUILLEMET, LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE,
  LOW_DOUBLE_QUOTE, FULLWIDTH_QUOTE, STRAIGHT_DOUBLE_QUOTE,
] as const;

/** Character-class bodies (for building regexes from names). */
export const DOUBLE_QUOTE_CLASS = '\u00AB\u00BB\u201C\u201D\u201E\uFF02"';
/** Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks). */
export const DIACRITICS_CLASS = '\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED';
/** Bidi and other format controls: ALM, LRM/RLM, embeddings/overrides, isolates, ZWJ/ZWNJ, BOM, soft hyphen. */
export const FORMAT_CONTROLS_CLASS = '\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD';
/** Arabic presentation forms (folded to base letters with NFKC, and only those). */
export const PRESENTATION_FORMS_CLASS = '\uFB50-\uFDFF\uFE70-\uFEFF';
/** Sentence-ending punctuation in Arabic and Latin script. */
export const SENTENCE_END_CLASS = '.!?\u061F\u06D4\u2026';
