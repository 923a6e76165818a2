/**
 * Thresholds of the extraction stage, each with its unit. Set by hand on the seed,
 * the open corpus (Wikinews ar/en) and the fixtures in fixtures/extract; re-run
 * `npx vitest run src/extract` after changing any of them.
 */

// ── decode ──
/** Default input size limit, in bytes (50 MB); larger inputs are rejected before decoding. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** How many leading bytes are sniffed for binary content and a `<meta charset>`, in bytes. */
export const SNIFF_BYTES = 8192;
/** Share of C0 control bytes (other than tab, LF, CR, FF, ESC) above which the input is binary, 0–1. */
export const MAX_CONTROL_RATIO = 0.02;
/** Share of NUL bytes at odd (or even) offsets above which BOM-less input is UTF-16, 0–1. */
export const UTF16_NUL_RATIO = 0.5;
/** Share of Arabic letters among the non-ASCII letters for a legacy Arabic decoding to be plausible, 0–1. */
export const MIN_ARABIC_SHARE = 0.85;
/** Share of Latin letters among the non-ASCII characters for a windows-1252 decoding to be plausible, 0–1. */
export const MIN_LATIN_SHARE = 0.9;
/** Share of Arabic-letter words that also hold Latin letters above which a legacy Arabic decoding is mojibake, 0–1. */
export const MAX_MIXED_WORD_SHARE = 0.05;
/** Share of U+FFFD among the non-ASCII characters below which mostly valid UTF-8 is kept (with a warning), 0–1. */
export const MAX_REPLACEMENT_RATIO = 0.01;
/** Fewest byte pairs sniffed before BOM-less UTF-16 is believed. */
export const MIN_UTF16_SNIFF_PAIRS = 8;
/** Minimum non-ASCII characters a lossy UTF-8 decoding must hold to be kept despite invalid bytes. */
export const MIN_MULTIBYTE_CHARS = 20;

// ── text path ──
/** Longest outlet tail after a title separator, in words (`RT World News` = 3). */
export const MAX_OUTLET_WORDS = 5;
/** Longest outlet tail after a title separator, in characters. */
export const MAX_OUTLET_CHARS = 40;
/** Fewest words the title must keep once an outlet tail is cut off. */
export const MIN_TITLE_WORDS = 2;
/** Longest line a boilerplate pattern may match at the edges of the text, in words. */
export const MAX_BOILERPLATE_WORDS = 16;
/** Longest line a boilerplate pattern may match, in characters (a cheap bound before normalising). */
export const MAX_BOILERPLATE_CHARS = 300;
/** Longest short line ("Facebook", a related-post title) swept along inside a footer run, in words. */
export const MAX_FOOTER_ITEM_WORDS = 14;
/** How many lines from either end are searched for a leading/trailing boilerplate run. */
export const MAX_EDGE_LINES = 40;
/** Fewest words in a standfirst. */
export const DEK_MIN_WORDS = 4;
/** Most words in a standfirst. */
export const DEK_MAX_WORDS = 50;
/** A standfirst is at most this share of the median body paragraph's length, 0–1. */
export const DEK_MAX_SHARE_OF_MEDIAN = 1;
/** Median line length range (characters) that marks hard-wrapped text whose lines are joined. */
export const WRAPPED_LINE_MIN = 50;
export const WRAPPED_LINE_MAX = 90;
/** Longest line of hard-wrapped text, in characters. */
export const WRAPPED_LINE_LIMIT = 100;

// ── repair ──
/** Characters of context either side of a repair in `Repair.before/after`. */
export const REPAIR_WINDOW = 20;
/** Most repairs listed per article; the rest are counted in a warning. */
export const MAX_REPAIRS_LISTED = 200;

// ── language ──
/** Fewest letters needed to name a language from the text. */
export const MIN_LANG_LETTERS = 20;
/** Share of the dominant script's letters among all letters for the script to decide, 0–1. */
export const MIN_SCRIPT_SHARE = 0.6;
/** Share of letters in the markup language's script for the markup `lang` to be believed, 0–1. */
export const MIN_MARKUP_SCRIPT_SHARE = 0.4;
/** Share of tokens that must be stopwords of the winning language (Latin script), 0–1. */
export const MIN_STOPWORD_SHARE = 0.05;
/** Share of Arabic-script letters that are Urdu-only letters above which the text is Urdu, 0–1. */
export const URDU_LETTER_SHARE = 0.02;
/** Share of Arabic-script letters that are Persian-only letters above which the text may be Persian, 0–1. */
export const PERSIAN_LETTER_SHARE = 0.02;
/**
 * How many characters of text language identification reads: 3,000 (about 500 words) decide
 * as well as 20,000 on the samples and fixtures, at a seventh of the cost.
 */
export const LANG_SAMPLE_CHARS = 3000;
