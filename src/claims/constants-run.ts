// Claims: thresholds of a speaker's run (speaker-run.ts), each with its unit and meaning. Tuned on the dev sets
// (eval/claims.ts) and checked on the corpus (a within-article group scan before and after); change only with both re-run.

/**
 * Predicate words (stems.ts) a speaker's statement must share with their grouped statement right before it to carry it
 * on without a demonstrative pointing back: three (two joined a plan to train fighters to a decision on air strikes, and
 * a call on how to spend money to an account of where it comes from).
 */
export const RUN_MIN_PREDICATES = 3;

/**
 * Share (0..1) of the longer statement's predicate words those shared words must make: a quarter. A short sentence sharing
 * a few topic words with a long one (a refusal to heed calls, beside the report of the shelling it refused to stop) adds
 * a point; 6 of 30 did there, where restatements of the same event shared 3 of 10 to 4 of 13.
 */
export const RUN_MIN_LONGER_SHARE = 0.25;

/** Predicate words a statement that points back at the one before it (`during those clashes`) must share with it. */
export const RUN_REFERRING_MIN_PREDICATES = 2;

/**
 * Statements apart (in the article's order) a toll may stand from the same speaker's account of its event (within-toll.ts):
 * the next one only. Session 29: dev8 0.489 → 0.505, dev10 0.389 unchanged (P 0.809 → 0.792, R 0.256 → 0.258), no other
 * dev line moved; looser neighbours (a shared word after a cue) cost dev2 and dev9 their floors.
 */
export const TOLL_MAX_DISTANCE = 1;

/**
 * Words either side of a toll word within which a count makes it a toll (within-toll.ts): four (`عشرة مدنيين على الأقل
 * قتلوا`, `two police officers were injured`).
 */
export const TOLL_COUNT_WINDOW = 4;
