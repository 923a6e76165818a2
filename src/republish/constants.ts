// Republication detection: every weight and threshold, with its unit and how it was tuned.
// Tuned on `node dist/eval/republish.js` (synthetic republications of ar-news + distractors,
// TICO-19 and PUD translation pairs); change them only with that evaluation re-run.

/** Words per shingle (matchKey tokens, never crossing a paragraph): 4 keeps light edits from breaking every shingle. */
export const SHINGLE_SIZE = 4;
/** MinHash functions per signature (uint32 each: 192 bytes a signature). */
export const NUM_HASHES = 48;
/** LSH bands; NUM_HASHES / BANDS rows each. 24 × 2 finds Jaccard 0.4 with p ≈ 0.985, Jaccard 0.05 with p ≈ 0.06. */
export const BANDS = 24;
/** Rows (hash values) per band. */
export const ROWS_PER_BAND = NUM_HASHES / BANDS;

/** Minimum estimated (MinHash) Jaccard for a candidate to be compared exactly. */
export const MIN_ESTIMATED_JACCARD = 0.15;
/** Exact shingle Jaccard at or above which two texts with the same paragraphs in order are one text (`copy`), any title. */
export const COPY_JACCARD = 0.95;
/** Exact shingle containment (shared / smaller set) at or above which a text is a `near-copy` of another. */
export const NEAR_COPY_CONTAINMENT = 0.6;
/** Exact shingle Jaccard a near-copy needs as well, so that a short excerpt inside a long article is not a copy of it. */
export const NEAR_COPY_JACCARD = 0.3;
/** Fewest shingles a text needs before we call it a copy of anything (a two-line text matches too easily). */
export const MIN_SHINGLES = 8;
/** Articles whose copy-comparison texts (shingles, paragraph hashes: ~10 KB each) placement keeps for the next copies. */
export const COPY_TEXT_CACHE = 512;
/** Candidates compared exactly per query, the most band hits first. */
export const MAX_COPY_CANDIDATES = 20;

/** Fewest digits a number needs to count as translation evidence (small numbers are often written as words). */
export const MIN_NUMBER_DIGITS = 2;
/** Smallest count of days, weeks, months or years read in words or digits (one week, أسبوع: often unmarked in Arabic). */
export const MIN_COUNTED_NUMBER = 2;
/** Largest day of a month (a number before or after a month name is its day up to this). */
export const MAX_DAY_OF_MONTH = 31;
/** Words after a day and month searched for a year (12 October 2016, 12 تشرين الأول من عام 2016): then the time stage has the date. */
export const YEAR_LOOKAHEAD_WORDS = 3;
/** Weight of the entity-sequence similarity in the translation score. */
export const W_ENTITIES = 3;
/** Weight of the numbers overlap. */
export const W_NUMBERS = 3;
/** Weight of the dates overlap. */
export const W_DATES = 1;
/** Weight of the quotation count agreement. */
export const W_QUOTES = 1;
/** Weight of the paragraph count agreement. */
export const W_PARAGRAPHS = 1;
/** Weight of the length (words) agreement. */
export const W_LENGTH = 1;
/** Arabic words per English word in a translation (clitics join words): the expected length ratio. */
export const AR_WORDS_PER_EN_WORD = 0.8;
/** Translation score (0..1) at or above which two articles in different languages are a translation. */
export const TRANSLATION_SCORE = 0.7;
/** Fewest shared anchors (entities, numbers, dates) a translation needs: structure alone proves nothing. */
export const MIN_SHARED_ANCHORS = 2;
/** Words (the longer text's) up to which one shared anchor may suffice, when all the canonical anchors agree: a PUD-size excerpt of 4–5 sentences. */
export const SHORT_TEXT_WORDS = 80;
/** Shared anchors under which a pair needs SHORT_TRANSLATION_SCORE rather than TRANSLATION_SCORE (a country and a year are common to many). */
export const FEW_SHARED_ANCHORS = 3;
/**
 * Translation score (0..1) a pair with fewer than FEW_SHARED_ANCHORS shared anchors needs (and the short-text path).
 * Tuned on pairs-pud: its translations with 1–2 anchors scored 0.80–0.98, its non-pairs with 1–2 anchors at most 0.66;
 * two differently shaped articles sharing a country and a year score ~0.78 (translation.test.ts).
 */
export const SHORT_TRANSLATION_SCORE = 0.8;
/**
 * Agreement of paragraph counts (fewer / more, 0..1) a translation needs besides its score: a translation keeps its
 * paragraphs, while a one-paragraph brief naming the same country as a four-paragraph item scores a match on the country
 * and the length (0.83). 0.75 (3 of 4): the TICO and PUD pairs of eval/republish.ts and the translated pairs of
 * eval/stories.ts all have equal counts. Story placement (src/stories) checks the same agreement.
 */
export const MIN_TRANSLATION_PARAGRAPHS = 0.75;
/** Translation candidates compared per query, the most shared anchors first. */
export const MAX_TRANSLATION_CANDIDATES = 10;
/** Postings walked per anchor, newest first: bounds the cost of a very common anchor. */
export const MAX_POSTINGS_PER_KEY = 2000;

/** Fewest consonant classes a name skeleton needs (src/text/skeleton.ts): two (Olney LN) meet Arabic common words too often. */
export const MIN_NAME_SKELETON = 3;
/**
 * Fewest consonant classes of a name skeleton that may match another with two neighbouring classes swapped
 * (Abbotsford BTSFRD ~ آبوستفورد BSTFRD): shorter ones would meet Arabic common words by chance.
 */
export const MIN_TRANSPOSED_SKELETON = 5;
/** Most name skeletons kept an article (an Arabic article keeps every content word's: ~2 a word, the words without the article first). */
export const MAX_NAME_KEYS = 400;
/**
 * Name skeletons an article is indexed under for translation candidates (its likeliest names: src/republish/names.ts):
 * an English article's capitalised names, an Arabic article's words without the article first; 8 bytes a posting, 16
 * a new key. Tuned with eval/republish.ts (pairs placement finds): 16 finds all 26 matched PUD pairs, 8 one fewer.
 */
export const INDEXED_NAMES = 16;
/**
 * Name skeletons of a new article looked up among the other language's indexed names: more than are indexed (a lookup
 * costs no memory), for a long article whose names come late; 16 already found every PUD excerpt's pair.
 */
export const QUERIED_NAMES = 48;
/**
 * Postings walked per name skeleton, newest first: a real name is in a few articles; a skeleton that an Arabic common
 * word shares is in many, and is no evidence of a translation anyway.
 */
export const MAX_NAME_POSTINGS = 32;
