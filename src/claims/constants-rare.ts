// Claims: thresholds of the rare-words rule (rare-words.ts), each with its unit and meaning. Tuned on the development
// claim sets (eval/claims.ts: dev2–dev10, real) and checked by eye on the pairs it joins in the shared corpus; change
// only with those re-run.

/**
 * Days: two statements this far apart or more never restate one proposition by their rare words alone — one
 * outlet's report and another's of the same remarks follow within a day; later, the same words are the story's topic.
 */
export const RARE_WORDS_WINDOW_DAYS = 1;

/** Uncommon predicate words (not in common-words.tsv) two statements must share, counted from the side that shares fewer. */
export const RARE_WORDS_MIN_SHARED = 2;

/**
 * RARE_WORDS_MIN_SHARED for two statements anchored by a content entity alone, not the same speaker: two sources on
 * one topic share a place or an object's name (`the port of Chabahar`) as often as one proposition.
 */
export const RARE_WORDS_MIN_SHARED_OTHER_SPEAKER = 3;

/**
 * Share (0..1) of the longer predicate's words (stems.ts) the two must share: most of one point, not one of many
 * points a long statement lists beside a short one on the same topic.
 */
export const RARE_WORDS_MIN_SHARE = 0.3;

/**
 * RARE_WORDS_MIN_SHARE for two statements anchored by the same linked speaker alone, no content entity: half, as
 * speaker-restatement.ts asks (SPEAKER_RESTATEMENT_MIN_SHARE) — one person's points of one day share many words.
 */
export const RARE_WORDS_MIN_SHARE_SPEAKER_ONLY = 0.5;

/** Phrases (two predicate words next to each other in both statements) the two must share: one rewording keeps one. */
export const RARE_WORDS_MIN_PHRASES = 1;

/**
 * Keys: the most uncommon predicate stems of a statement it is looked up by (echo-item.ts `lookupKeys`), longest
 * first. Every pair the rule joins shares one, as the rule asks for it (rare-words.ts `rareWordsOf`).
 */
export const RARE_WORDS_MAX_KEYS = 4;
