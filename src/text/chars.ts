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
export const FEH = '\u0641'; // ف
export const FARSI_YEH = '\u06CC'; // ی
export const KEHEH = '\u06A9'; // ک
export const KAF = '\u0643'; // ك

// Other letters, of words a rule names (على in stance.ts)
export const AIN = '\u0639'; // ع
export const LAM = '\u0644'; // ل

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

// Separators between a headline and its outlet (`… – RT World News`)
export const HYPHEN_MINUS = '-';
export const EN_DASH = '\u2013'; // –
export const EM_DASH = '\u2014'; // —
export const HORIZONTAL_BAR = '\u2015'; // ―
export const VERTICAL_LINE = '|';
export const BROKEN_BAR = '\u00A6'; // ¦
export const MIDDLE_DOT = '\u00B7'; // ·
export const BULLET = '\u2022'; // •
/** Separators that may stand between a title and an outlet name. */
export const TITLE_SEPARATOR_CLASS = '\\-\u2013\u2014\u2015|\u00A6\u00B7\u2022';

// Spaces and controls
export const NO_BREAK_SPACE = '\u00A0';
export const BYTE_ORDER_MARK = '\uFEFF';
export const REPLACEMENT_CHARACTER = '\uFFFD'; // what a decoder puts for bytes it cannot read
/** Bidi controls only (ALM, LRM/RLM, embeddings/overrides, isolates) plus a stray BOM; ZWNJ/ZWJ are kept (Persian needs ZWNJ). */
export const BIDI_CONTROLS_CLASS = '\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF';
/** Arabic punctuation that never takes a space before it. */
export const ARABIC_PUNCTUATION_CLASS = '\u060C\u061B\u061F';

// Letters that tell Persian and Urdu from Arabic (with FARSI_YEH and KEHEH above)
export const PEH = '\u067E'; // پ
export const TCHEH = '\u0686'; // چ
export const JEH = '\u0698'; // ژ
export const GAF = '\u06AF'; // گ
export const TTEH = '\u0679'; // ٹ
export const DDAL = '\u0688'; // ڈ
export const RREH = '\u0691'; // ڑ
export const NOON_GHUNNA = '\u06BA'; // ں
export const HEH_DOACHASHMEE = '\u06BE'; // ھ
export const HEH_GOAL = '\u06C1'; // ہ
export const YEH_BARREE = '\u06D2'; // ے
/** Letters used in Persian but not in Arabic. */
export const PERSIAN_LETTERS_CLASS = '\u067E\u0686\u0698\u06AF\u06A9\u06CC';
/** Letters used in Urdu but neither in Arabic nor in Persian. */
export const URDU_LETTERS_CLASS = '\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2';
/** Arabic-script letters (base block, supplement, extended-A). */
export const ARABIC_SCRIPT_LETTERS_CLASS = '\u0620-\u064A\u066E-\u06D3\u06D5\u06EE-\u06FF\u0750-\u077F\u08A0-\u08FF';
export const ZERO_WIDTH_NON_JOINER = '\u200C'; // inside Persian words (می‌خواهد)
export const LINE_SEPARATOR = '\u2028';
export const PARAGRAPH_SEPARATOR = '\u2029';
/** Closing marks that may follow a sentence's final stop (`.”`, `.»`). */
export const CLOSING_QUOTES_CLASS = '"\'\u00BB\u201D';
