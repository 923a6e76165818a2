/** Tuning constants of entity finding. Set by hand on the seed and the open corpus (no evaluation gate yet). */

/** Gazetteer folder, relative to the repository root. */
export const GAZETTEER_DIR = 'data/gazetteer';
/** Separator of variants inside a TSV cell. */
export const VARIANT_SEPARATOR = '|';
/** Marks an empty TSV cell. */
export const EMPTY_CELL = '-';
/** Prefix of an alias accepted only after its entity was already mentioned in the article (`~الشمال`). */
export const PRIOR_ONLY_PREFIX = '~';

/** Most letters of a one-word Arabic alias read as an acronym (وام, قنا, واس): refused beside letter names, as سي إن إن is. */
export const ACRONYM_WORD_LETTERS = 3;

/** Most words between a parent body's name and a child's acronym in brackets naming it (United Nations … Organization (UNESCO)). */
export const MAX_BRACKET_NAME_WORDS = 8;

/** Most tokens of an Arabic name read after a title (فلاديمير زيلينسكي = 2). */
export const MAX_NAME_TOKENS_AR = 3;
/**
 * Most links of an Arabic lineage after a first name (فيصل بن خالد بن عبدالعزيز = 2; عادل بن أحمد الجبير = 1, then the family
 * name): Saudi and Gulf officials are named so in the press, and a name cut at the first بن is a first name alone.
 */
export const MAX_NASAB_LINKS_AR = 3;
/** Most tokens of an English name (capitalised run: Abdel Fattah el-Sisi = 3, plus one particle). */
export const MAX_NAME_TOKENS_EN = 4;
/** Most modifier words between a title and its complement (دبلوماسي كبير, رفيع المستوى). */
export const MAX_TITLE_MODIFIERS = 2;
/** Names whose skeleton is kept in memory before the memo is cleared (bounds memory on long runs). */
export const SKELETON_MEMO_LIMIT = 50_000;
/** Fewest skeleton letters for a fuzzy match (ARABIC.md §4: shorter skeletons collide, كيف ~ كييف). */
export const MIN_SKELETON_LETTERS = 4;
/** Bits of the mask of surname lengths that addSurnames filters forms by (31: a JS integer's bits below the sign). */
export const SURNAME_LENGTH_BITS = 31;
/** Fewest letters of a surname used for a surname-only later mention. */
export const MIN_SURNAME_LETTERS = 3;
/**
 * A given name before a surname is the person's own when it is one of their name words or another spelling of one that
 * only adds letters at the end (مارك for ماركو): at least MIN_SPELLING_STEM letters in common (عبد is too short, as
 * عبدالخالق ≠ عبد الملك) and at most MAX_SPELLING_EXTRA more. Set by hand on the open corpus.
 */
export const MIN_SPELLING_STEM = 4;
export const MAX_SPELLING_EXTRA = 2;

/** Role coreference score for a candidate of the same country or body. */
export const ROLE_SCORE_SAME_PLACE = 2;
/** Role coreference score for the same title class (president ~ president). */
export const ROLE_SCORE_SAME_CLASS = 1;
/** Role coreference score for the same title family (representative ~ diplomat). */
export const ROLE_SCORE_SAME_FAMILY = 1;
/** Lowest score at which a role-only mention is linked to an earlier person. */
export const ROLE_SCORE_MIN = 1;

// Naming speakers the entity stage missed (05-speakers.ts): set on the tuned-on quarters of eval/gold/speakers.json
// (`npm run eval`, the `speakers` lines).
/** Words read after a lone given name for its full name elsewhere (a lineage of two links and a family name). */
export const MAX_FULL_NAME_WORDS = 6;
/** Words of a name after the nationality or body a speaker phrase names (a given name, a lineage, a family name). */
export const MAX_TRAILING_NAME_WORDS = 4;
/** Characters at most between the word that names a statement (في بيان) and a later `البيان` speaking for its issuer (a paragraph or two). */
export const DOCUMENT_MAX_CHARS = 600;
/** Words read past a title-only speaker phrase for the name it was cut from (`في مقاطعة كوباني` + the name). */
export const RUN_ON_MAX_WORDS = 8;
/** Words between a title phrase and the comma before the name in apposition after it (في الاتحاد الأوروبي). */
export const APPOSITION_MAX_WORDS = 6;
/** Words of a body's name in a speaker phrase (`اللجنة القانونية في البرلمان`). */
export const MAX_BODY_WORDS = 4;
/** Words of a medium's own name after its noun, unquoted (`صحيفة ايفيميريدا تون سينتاكتون`). */
export const MAX_MEDIUM_NAME_WORDS = 3;
/** Words of a part of a body named alone (`الأمانة العامة`), read as the body it is written of elsewhere. */
export const MAX_PART_WORDS = 3;
/** Capitalised words of an English name read off a speaker phrase (Ursula von der Leyen has particles, not capitals). */
export const MAX_EN_NAME_WORDS = 4;
/** Speakers given by the same bare name before it is taken for a person's. */
export const MIN_BARE_NAME_TIMES = 2;
/** Letters of a bare Arabic name at least (shorter words are mostly particles). */
export const MIN_BARE_NAME_CHARS = 3;
/** Letters of a bare Arabic name at least when its first letter may be a clitic (ب, ل, ك, ف, و): shorter ones are mostly glued nouns. Set by hand on the fresh corpus. */
export const MIN_CLITIC_NAME_CHARS = 6;
/** Letters a definite word has beyond the article and one more (`الة` of `وكالة` is none). */
export const MIN_DEFINITE_CHARS = 3;
/** Speaker phrases whose opensUnnamed answer is remembered before the memo is emptied (bounds memory on long runs). */
export const UNNAMED_MEMO_LIMIT = 20_000;
/** Fewest words of an Arabic title phrase matched against the title written before a name (`الخبير الأمني`; not `الرئيس`). */
export const MIN_TITLE_PHRASE_WORDS_AR = 2;
/** Most ranks or honorifics between a title phrase and the name after it (`الخبير الأمني اللواء يحيى …`). */
export const MAX_RANKS_BEFORE_NAME = 2;
/** Words at most after `and` to the name of the one a speaker phrase names only as whose they are (`Former Trump adviser and retired general Michael Flynn`). Set by hand on the open corpus. */
export const OWNER_RUN_ON_MAX_WORDS = 5;
/** Mentions of a country before an Arabic `الحكومة` alone, at least, for it to be the country the article is about. Set by hand on the fresh corpus. */
export const MIN_HOME_COUNTRY_MENTIONS = 3;
/** How many times more often than any other country the article's own country is named before `الحكومة` alone. */
export const HOME_COUNTRY_LEAD = 2;
/** Letters at least of a surname that starts as و or ف do, read as a name after a given name (`فوكس` has four). Set by hand on the fresh corpus. */
export const MIN_CLITIC_SURNAME_CHARS = 4;
/** The Arabic article, as a match key. */
export const AR_ARTICLE = 'ال';
