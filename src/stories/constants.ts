// Stories: every weight and threshold, with its unit and how it was tuned.
// Tuned on `node dist/eval/stories.js` (hand-checked same-story pairs of the story-pairs corpus,
// eval/gold/story-pairs-checked.tsv) and `node dist/bench/stories.js`; change them only with both re-run.

/** MinHash functions over an article's content words (uint32 each: 128 bytes an article). */
export const STORY_HASHES = 32;
/** LSH bands of the content-word signature; STORY_HASHES / STORY_BANDS rows each (2: word-set Jaccard 0.3 found with p ≈ 0.8). */
export const STORY_BANDS = 16;
/** Days either side of an article's day that its story may span: buckets are keyed by day, queries look this far. */
export const STORY_WINDOW_DAYS = 2;
/** Shortest content word, in characters, after the conjunction and the article are taken off. */
export const MIN_WORD_CHARS = 3;
/** Words of a quotation that make its anchor (the first ones, normalised). */
export const QUOTE_ANCHOR_WORDS = 4;
/** Most anchors (entities, numbers, dates, quotations) kept an article, in text order. */
export const MAX_ANCHORS = 16;
/** Candidates scored per placement, the most band and anchor hits first. */
export const MAX_STORY_CANDIDATES = 16;
/** Postings walked per bucket, newest first: bounds the cost of a very common anchor (country:SA) on a busy day; 400 gave p95 12.5 ms at 100k, 32 keeps it under 5 ms with the same eval F1. */
export const MAX_STORY_POSTINGS = 32;
/**
 * Postings walked per name skeleton in another language, newest first, those outside the window skipped: a real name
 * is in a few articles of the days around; a skeleton an Arabic common word shares (every Arabic word is kept as a
 * possible name) is in many, and the newest few of those are as good a sample as all of them.
 */
export const MAX_NAME_POSTINGS = 16;
/** Of an article's STORY_NAME_KEYS names, the first (likeliest) ones it is posted under (8 bytes a posting; on eval/stories.ts 12 and 16 gave the same recall, 8 lost a pair whose names came 10th–12th); all are compared. */
export const POSTED_NAMES = 12;

/**
 * Name skeletons (16-bit hashes, 2 bytes each) kept an article for matching across languages: an English article's
 * names, an Arabic article's likeliest names (its words without the article first: src/republish/names.ts). Tuned on
 * the translated pairs of eval/stories.ts with names as candidate keys (POSTED_NAMES of them posted): 16 → R 0.667,
 * 24 → 0.714 as 32 and 48, but 24 made a false join among others (an Arabic common word's skeleton met an English
 * capitalised word's: the chance meeting grows with both lists) where 16 made none more than names left out.
 */
export const STORY_NAME_KEYS = 16;
/** Weight of the content-word similarity (estimated Jaccard, scaled by TEXT_FULL) in the story score. */
export const W_TEXT = 0.6;
/** Weight of the shared anchors (Dice over entity ids, numbers, dates, quotations). */
export const W_ANCHORS = 0.4;
/** Content-word Jaccard that counts as full agreement (rewrites of one wire story rarely share more). */
export const TEXT_FULL = 0.5;
/** Story score (0..1) at or above which an article joins its best candidate's story: 0.55–0.6 is a plateau of checked-pairs F1 (0.977; 0.45 → 0.963, 0.65 loses recall). */
export const STORY_SCORE = 0.55;
/**
 * Across languages content words never meet: an Arabic and an English article join on their anchors alone
 * (entity ids, numbers, dates survive translation), when their Dice is at least this (0..1). Tuned on the
 * translated pairs of eval/stories.ts (TICO-19 Wikinews and PUD excerpts placed among each other).
 */
export const STORY_CROSS_LANGUAGE_SCORE = 0.5;
/** Highest score a match across languages gets (0..1): a close rewrite in the article's own language (text and anchors) is preferred. */
export const MAX_CROSS_LANGUAGE_SCORE = 0.8;
/** Anchors two articles in different languages must share, at least, to join (two are a country and a date). */
export const MIN_CROSS_LANGUAGE_ANCHORS = 3;
/**
 * Anchors two articles in different languages may share, fewer than MIN_CROSS_LANGUAGE_ANCHORS, and still join when
 * they have no other anchor that survives translation (Dice CLOSE_CROSS_LANGUAGE_DICE over them, quotations left out):
 * a short item whose only anchors are, say, a country and a date, each named by both. Tuned on the translated pairs of
 * eval/stories.ts: 2 at Dice 1 took recall 0.429 → 0.476 at P 1; 2 at Dice 0.8 reached 0.5 at P 0.84; 1 at Dice 1
 * reached 0.643 at P 1 there, but one shared country alone would join unrelated short items on a busy day.
 */
export const MIN_CLOSE_CROSS_LANGUAGE_ANCHORS = 2;
/** Dice (0..1) over the anchors that survive translation at which MIN_CLOSE_CROSS_LANGUAGE_ANCHORS suffice (1: no other). */
export const CLOSE_CROSS_LANGUAGE_DICE = 1;
