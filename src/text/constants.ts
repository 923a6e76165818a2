/** Tuning constants of the text stage. */

/** Distinct words kept in the word memo before it is cleared (bounds memory on long runs; ~150 bytes each). */
export const WORD_MEMO_LIMIT = 200_000;
