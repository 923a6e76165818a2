/**
 * Every bound, weight and threshold of the HTML extraction stage, with its
 * unit and meaning. Tuned values say how: "AEB" is the article-extraction
 * benchmark (`npm run bench:extract`, 181 English pages; re-run it after any
 * change here); "Readability" means the value is Readability.js's default,
 * kept because the benchmark did not move when varied.
 */

// ── Bounds (robustness, not tuned) ────────────────────────────────────────
/** Characters of HTML read; the rest of a larger page is ignored (5 MB ≈ 3× the largest AEB page). */
export const MAX_HTML_CHARS = 5_000_000;
/** Nesting depth kept in the tree; deeper elements are flattened into their ancestor at this depth, text kept. */
export const MAX_DEPTH = 512;
/** Open (unclosed) elements at which reading stops: htmlparser2 pays O(open elements) per tag (10,000 deep ≈ 50 ms). */
export const MAX_OPEN_ELEMENTS = 10_000;
/** Elements kept in the tree; later tags are ignored (their text still lands in the open element). */
export const MAX_ELEMENTS = 200_000;
/** Characters kept from one <meta> content, <title> or <h1>. */
export const MAX_META_CHARS = 2_000;
/** Longest byline accepted, in characters (longer "bylines" are bios or whole blocks). */
export const MAX_BYLINE_CHARS = 200;
/** Longest standfirst element read for the dek, in characters. */
export const MAX_STANDFIRST_CHARS = 600;
/** Longest JSON-LD script parsed, in characters. */
export const MAX_JSONLD_CHARS = 1_000_000;
/** JSON-LD objects visited per page. */
export const MAX_JSONLD_NODES = 5_000;
/** Distinct class/id strings whose hint words are cached (the cache is emptied when full; bounds memory in a long-running process). */
export const MAX_HINT_CACHE = 50_000;
/** Entries kept in `removed`. */
export const MAX_REMOVED = 20;
/** Elements visited when listing the dropped blocks beside the article. */
export const MAX_NEARBY_VISITS = 20_000;
/** Characters kept of one removed block's text. */
export const MAX_REMOVED_CHARS = 200;
/** Most words (separator included) in a trailing " | Site" part dropped from a title when no site name confirms it. */
export const TITLE_SUFFIX_MAX_WORDS = 6;
/** Publication years accepted from free-form date strings (others are misparses). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

// ── Characters ───────────────────────────────────────────────────────────
/** ARABIC COMMA (U+060C), counted with ',' as a sign of running prose. */
export const ARABIC_COMMA = 0x060c;
/** FULLWIDTH / IDEOGRAPHIC COMMA (U+FF0C, U+3001), the same for CJK text. */
export const FULLWIDTH_COMMA = 0xff0c;
export const IDEOGRAPHIC_COMMA = 0x3001;

// ── Content scoring (04-score) ───────────────────────────────────────────
/** A paragraph shorter than this (characters) adds no score to its ancestors (Readability: 25). */
export const MIN_PARAGRAPH_CHARS = 25;
/** Score every counted paragraph starts with (Readability: 1). */
export const PARAGRAPH_BASE_SCORE = 1;
/** Characters of paragraph text per extra point (Readability: 100). */
export const CHARS_PER_POINT = 100;
/** Most points a paragraph earns from its length (Readability: 3). */
export const MAX_LENGTH_POINTS = 3;
/** Ancestor levels a paragraph's score reaches (parent = level 0) (Readability: 5; AEB F1: 3 → .973, 5 → .974, 6 → .974). */
export const SCORE_ANCESTOR_LEVELS = 5;
/** Divider of the score given to the grandparent (Readability: 2). */
export const GRANDPARENT_DIVIDER = 2;
/** Ancestor level n ≥ 2 gets score / (n × LEVEL_DIVIDER) (Readability: 3). */
export const LEVEL_DIVIDER = 3;
/** Class/id weight for a positive or negative hint word (Readability: 25). */
export const CLASS_WEIGHT = 25;
/** Initial candidate score by tag: Readability's initializeNode values, plus <article> 10 and <main> 5 as a semantic-markup prior (AEB flat: F1 .974 with or without). */
export const TAG_WEIGHT: Readonly<Record<string, number>> = { div: 5, article: 10, main: 5, section: 0, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5 };
/** Bonus for itemprop="articleBody", in score points (AEB F1: 0 → .973, 25 → .974). */
export const ARTICLE_BODY_BONUS = 25;
/** Top candidates compared when looking for a common ancestor (Readability: 5). */
export const TOP_CANDIDATES = 5;
/** A rival candidate counts when its score is at least this share of the top score (Readability: 0.75). */
export const RIVAL_SCORE_SHARE = 0.75;
/** Rivals under one ancestor needed to promote that ancestor (Readability: 3). */
export const MIN_RIVALS_UNDER_ANCESTOR = 3;
/** Climbing from the top candidate stops at an ancestor scoring under this share of it (Readability: 1/3). */
export const CLIMB_SCORE_SHARE = 1 / 3;
/** A sibling joins the article when its score is at least this share of the top score (Readability: 0.2). */
export const SIBLING_SCORE_SHARE = 0.2;
/** …and at least this absolute score (Readability: 10). */
export const MIN_SIBLING_SCORE = 10;
/** A sibling <p> longer than this (characters) joins when its link density is below SIBLING_LINK_DENSITY (Readability: 80). */
export const SIBLING_P_CHARS = 80;
/** Link density under which a long sibling paragraph joins (Readability: 0.25). */
export const SIBLING_LINK_DENSITY = 0.25;
/** A sibling that is no candidate (its paragraphs are too deep to score it) joins with this much text, in characters… */
export const SIBLING_PROSE_CHARS = 500;
/** …and a link density under this (AEB F1 .973 → .974 from a page split among deep sections; flat for 300–1000 chars, 0.1–0.2). */
export const SIBLING_PROSE_LINK_DENSITY = 0.1;

// ── Cleaning (03-clean, 05-paragraphs) ───────────────────────────────────
/** A block with a drop hint is kept when it holds more than this share of the page's text: a guard against spurious hints on wrappers (AEB flat from 0.3 to 0.7). */
export const HINT_DROP_MAX_SHARE = 0.5;
/** A hinted block with at least this much text (characters)… */
export const HINT_DROP_PROSE_CHARS = 1_000;
/** …and a link density under this is prose, kept unless the hint says comments (AEB: a paywall wrapper held the article). */
export const HINT_DROP_PROSE_LINK_DENSITY = 0.1;
/** Link density above which a container inside the article is dropped as links (AEB F1: 0.33 → .966, 0.5 → .971, 0.66 → .969). */
export const CONTAINER_LINK_DENSITY = 0.5;
/** Link density above which one paragraph is dropped as links (AEB F1: 0.5 → .970, 0.6 → .970, 0.7 → .971, 0.9 → .970). */
export const PARAGRAPH_LINK_DENSITY = 0.7;
/** Longest paragraph tested against the boilerplate-line patterns, in characters (a licence notice runs to ~400). */
export const MAX_BOILERPLATE_LINE_CHARS = 500;
/** Below this many characters of article text, retry without class/id drops (Readability: 500). */
export const RETRY_BELOW_CHARS = 500;
/** An article with less text than this (characters, links excluded) is no article: paragraphs are []. */
export const MIN_ARTICLE_CHARS = 100;
