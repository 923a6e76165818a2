// Claims: weights and thresholds of copies (copy.ts, speaker-names.ts), each with its unit and meaning.
// Tuned on the seed (eval/claims.ts, eval/gold/claims-seed.json) and checked on real articles (eval/gold/claims-real.json);
// change only with that evaluation re-run.

// Copies (copy.ts): the same sentence reprinted by another outlet joins with no anchor — speaker and words decide.
// Tuned on eval/gold/claims-dev2.json and checked on claims-real.json and an ar-news sample of new joins (held-out
// events left out).

/**
 * Consonant classes (text/skeleton.ts): a speaker word with a skeleton this long meets another with the same
 * skeleton (speaker-names.ts, for copy.ts `speakersAgree`: `هيومن` / `هيومان`, two); one class (`ووتش`) meets too many.
 */
export const SPEAKER_MIN_SKELETON = 2;

/** Speaker texts whose gazetteer entity (speaker-names.ts `officeOfCountry`) is remembered, at most: a batch's distinct speakers. */
export const SPEAKER_NAMES_MEMO = 10_000;

/** Words (content words, restatement.ts): the shorter of two copies has at least this many — fewer tell too little apart. */
export const COPY_MIN_WORDS = 6;

/**
 * Words (content words): a shorter reprint is still a copy when it is verbatim — every content word of each in the
 * other — by speakers that agree (a five-word denial reprinted by two outlets of claims-dev3). Four: the three-word
 * ones reprinted on claims-dev2 were fragments (a noun and two adjectives, R4).
 */
export const COPY_VERBATIM_MIN_WORDS = 4;

/**
 * Words (content words): the part another outlet quotes of a sentence (copy.ts `partOf`: every word of it in the whole,
 * in order) has at least this many. 5, was COPY_MIN_WORDS (6): a five-word warning or assessment quoted inside a longer
 * reprint (`هناك تحرك ضعيف نحو نوع من الحل`, claims-dev3; a weather service's warning, claims-dev5) states a
 * proposition; at 4 a false pair joined on claims-dev5 (session 8).
 */
export const PART_MIN_WORDS = 5;

/**
 * Share (0..1) of each side's content words found in the other's, both ways, for two statements whose speakers agree
 * (copy.ts `speakersAgree`) to be copies: dev2's reprints differ in a spelling or a clitic (`عبر البريد` / `بالبريد`,
 * 0.875); 0.7 let two sentences of one speaker that share a long phrase meet.
 */
export const COPY_MIN_COVERAGE = 0.8;

/**
 * Share (0..1), both ways, for copies whose speakers are written differently (`أقرباء` / `أقارب`, a transliteration
 * `سولفانغ` / `سولفانج`): only a near-verbatim sentence. A linked speaker's copy needs an agreeing speaker, and no copy
 * is of an evaluation (evaluative.ts): on claims-real, officials' reprinted releases were pledges, praise and
 * characterisations (R3: letting linked speakers in without the lexicon added 10 false pairs on claims-real,
 * 2026-11-29; none with it).
 */
export const COPY_ANY_SPEAKER_MIN_COVERAGE = 0.9;

/**
 * Days: copies further apart than this are not joined by the copy rule (the words rule still may, with anchors). 14,
 * was 3: a bank study was reprinted word for word 11 days later (claims-dev5) and a sentence 7 days later (claims-dev3);
 * at 14 and at CLAIM_WINDOW_DAYS the development sets gained those copies and no false pair (session 8).
 */
export const COPY_WINDOW_DAYS = 14;

/**
 * Keys: how many hashes of a statement's consecutive content-word pairs (the smallest) it is looked up by in the echo
 * pool, so that a copy naming no entity or number is found (a bottom-k sketch: two copies share most pairs, so some
 * of their smallest hashes). 4 found every dev2 reprint; each is one more claim_echo_keys row.
 */
export const COPY_SKETCH_KEYS = 4;

/**
 * Words (content words): a reprint whose shorter side has this many is a copy whatever speakers the two outlets name
 * (copy.ts `copyOf`; still both ways COPY_ANY_SPEAKER_MIN_COVERAGE, no evaluation, no general call): a sentence that
 * long is not said word for word by two sources, while outlets give one release to a minister, the ministry or the
 * country (claims-dev10's call to criminalise insulting religions, 70 words, `country:SA` / an unlinked official).
 */
export const COPY_ANY_SPEAKER_LONG_MIN_WORDS = 12;
