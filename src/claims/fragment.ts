import { join } from 'node:path';
import { lexicon } from '../attribution/lexicon/index.js';
import { readTsv } from '../attribution/lexicon/tsv.js';
import { DOUBLE_QUOTES, EM_DASH, EN_DASH, HYPHEN_MINUS } from '../text/chars.js';
import { matchKey } from '../text/normalize/arabic.js';
import { tokenize } from '../text/tokens.js';
import { claimsDataFile, keysOf } from './lexicon.js';
import type { ClaimSource, SourceStatement } from './types.js';

// Contents that are fragments rather than propositions of their own (R4 of the claims gold), told by closed-class words
// (data/lexicons/claims/fragment-words.tsv). Such a statement joins no echo claim: its words are shared with the same
// fragment in a reprint of the article, but state nothing on their own.

const FILE = join('data', 'lexicons', 'claims', 'fragment-words.tsv');
const ROLES = ['relative', 'demonstrative', 'auxiliary', 'anonymity', 'continuing'] as const;
type Role = (typeof ROLES)[number];
const ARABIC_ARTICLE = 'ال';
/** Characters of a content read for its first two words. */
const OPENING_CHARS = 48;
/** Words of a content an anonymity formula may start within (after the speaker noun a cue left in it: `الشاهد الكشف …`). */
const ANONYMITY_OPENING_WORDS = 3;

/**
 * Why a content is a fragment:
 * - `relative-object`: (Arabic) the cue stands in a relative clause about its speaker and opens no reported clause nor a
 *   quotation (`المتحدث … الذي أعلن عن اسم الوزير الجديد سببا لإقالة …`): no mark ends a relative clause, so the
 *   object content runs on into the main clause's words;
 * - `demonstrative-subject`: the content opens with a demonstrative as its subject (`هذا أمر قد لا يحدث`, `this is a
 *   matter…`): it predicates something of an antecedent it does not name;
 * - `anonymity`: the content opens with the formula of a source declining to be named (`الكشف عن اسمه خوفا من …`,
 *   `not to be named because…`): the extractor took the refusal's object for a statement.
 * - `continuing`: (Arabic) the content opens with a word that continues a phrase begun before it, a preposition with
 *   its pronoun or an attributive (`عنها في القمة …`, `التابعة للمجلس …`): the cue's own object or the speaker's
 *   description, not a clause.
 * - `apposition`: the content follows its speaker after nothing but an opening dash or parenthesis, and the cue stands
 *   before the speaker (`وقال سالم -المدير العام للهيئة والمشرف على …`, `said Salem (the director of …`): the aside
 *   describing the speaker, taken for what is said; a reported clause would open with a complementiser, a colon or a
 *   quotation mark.
 */
export type FragmentReason = 'relative-object' | 'demonstrative-subject' | 'anonymity' | 'continuing' | 'apposition';

/**
 * Words after an aside's close (after its complementiser, if one follows), inside the content, from which the content
 * ran on into what was said.
 */
const APPOSITION_RUN_ON_MIN_WORDS = 3;
/** Marks that open an aside after a name: a dash (as typed: hyphen-minus, en or em dash) or an opening parenthesis. */
const ASIDE_OPENERS: readonly string[] = [HYPHEN_MINUS, EN_DASH, EM_DASH, '('];

interface Row { form: string; lang: string; role: Role }
let rows: Row[] | undefined;
/** The lexicon's rows, loaded and validated once. */
const fragmentRows = () => (rows ??= readTsv(claimsDataFile(FILE), ['form', 'lang', 'role'], { 1: ['ar', 'en'], 2: ROLES })
  .map(({ cells: [form, lang, role] }) => ({ form, lang, role: role as Role })));

let words: Map<string, Role> | undefined;
/** The fragment words by `lang:key` (phrases of the anonymity formula aside). */
function fragmentWords(): Map<string, Role> {
  return (words ??= new Map(fragmentRows().filter((r) => r.role !== 'anonymity').map((r) => [`${r.lang}:${matchKey(r.form)}`, r.role])));
}

let formulas: { lang: string; words: string[] }[] | undefined;
/** The anonymity formulas, as the match keys of their words. */
const anonymityFormulas = () => (formulas ??= fragmentRows().filter((r) => r.role === 'anonymity')
  .map((r) => ({ lang: r.lang, words: tokenize(r.form).map((t) => matchKey(t.text)) })));

/** Does the content open (within ANONYMITY_OPENING_WORDS words) with an anonymity formula (see FragmentReason)? */
function anonymity(lang: string, content: string): boolean {
  const keys = tokenize(content).map((t) => keysOf(t.text));
  return anonymityFormulas().some((f) => f.lang === lang
    && keys.slice(0, ANONYMITY_OPENING_WORDS).some((_, i) => f.words.every((w, k) => keys[i + k]?.includes(w))));
}
const roleOf = (lang: string, word: string | undefined) => (word === undefined ? undefined : fragmentWords().get(`${lang}:${matchKey(word)}`));

/** Is the word a relative pronoun (fragment-words.tsv role `relative`: `الذي`, `التي`…)? Evaluative.ts reads it too. */
export const isRelativePronoun = (lang: string, word: string): boolean => roleOf(lang, word) === 'relative';

/** Is the text between the statement's speaker and its content a relative clause's cue with an object (see FragmentReason)? */
function relativeObject(src: ClaimSource, s: SourceStatement): boolean {
  if (src.lang !== 'ar' || s.speaker.end === undefined || s.speaker.end > s.content.start) return false;
  // A cue right before its speaker (`وقالت إيران التي تزود …: إنها …`) is the main clause's: the relative clause only
  // describes the speaker.
  if (s.cue && s.speaker.start !== undefined) {
    const before = tokenize(src.text, Math.max(0, s.speaker.start - OPENING_CHARS), s.speaker.start).at(-1);
    const cue = tokenize(s.cue).at(-1);
    if (before && cue && keysOf(before.text).some((k) => keysOf(cue.text).includes(k))) return false;
  }
  const gap = src.text.slice(s.speaker.end, s.content.start);
  const toks = tokenize(gap);
  if (!toks.length || roleOf('ar', toks[0].text) !== 'relative') return false;
  const functionWords = lexicon('ar').words;
  if (toks.some((t) => keysOf(t.text).some((k) => functionWords.get(k) === 'complement'))) return false;
  return !DOUBLE_QUOTES.some((q) => gap.includes(q) || src.text[s.content.start] === q);
}

/** Does the content open with a demonstrative used as its subject (see FragmentReason)? */
function demonstrativeSubject(lang: string, content: string): boolean {
  // The first two words are all it reads.
  const [first, next] = tokenize(content, 0, Math.min(content.length, OPENING_CHARS));
  if (!next || roleOf(lang, first.text) !== 'demonstrative') return false;
  // Arabic: a demonstrative before a definite noun makes a phrase (`هذه الادعاءات`); before an indefinite word, a sentence.
  if (lang === 'ar') return !keysOf(next.text).some((k) => k.startsWith(ARABIC_ARTICLE)) && !matchKey(next.text).startsWith(ARABIC_ARTICLE);
  return roleOf(lang, next.text) === 'auxiliary';
}

/** Does the content open with a word continuing a phrase begun before it (see FragmentReason)? */
function continuing(lang: string, content: string): boolean {
  const first = tokenize(content, 0, Math.min(content.length, OPENING_CHARS))[0];
  return first !== undefined && roleOf(lang, first.text) === 'continuing';
}

/** Does the content open an aside on its speaker, the cue before the speaker (see FragmentReason)? */
function apposition(src: ClaimSource, s: SourceStatement): boolean {
  if (s.speaker.start === undefined || s.speaker.end === undefined || s.speaker.end > s.content.start) return false;
  const gap = src.text.slice(s.speaker.end, s.content.start).trim();
  if (!ASIDE_OPENERS.includes(gap)) return false;
  // An aside closed inside the content with words after it (`(وهو … الثالث) إن الأطراف …`) ran on into what was said;
  // an outlet and a complementiser after it (`- لرويترز إن`) are still the cue's, not a statement.
  const content = s.content.text;
  const close = gap === '(' ? content.indexOf(')') : Math.max(...ASIDE_OPENERS.filter((m) => m !== '(').map((m) => content.indexOf(m)));
  if (close >= 0) {
    const rest = tokenize(content.slice(close + 1));
    const functionWords = src.lang === 'ar' || src.lang === 'en' ? lexicon(src.lang).words : undefined;
    const complement = rest.findIndex((t) => keysOf(t.text).some((k) => functionWords?.get(k) === 'complement'));
    if (rest.length - (complement + 1) >= APPOSITION_RUN_ON_MIN_WORDS) return false;
  }
  // The cue is the main clause's when it stands before the speaker (`وقال سالم -…`); a speaker before the cue
  // (`سالم -المدير- قال إن …`) would leave the cue inside or after the content.
  const cue = s.cue ? tokenize(s.cue).at(-1) : undefined;
  const before = tokenize(src.text, Math.max(0, s.speaker.start - OPENING_CHARS), s.speaker.start).at(-1);
  return cue !== undefined && before !== undefined && keysOf(before.text).some((k) => keysOf(cue.text).includes(k));
}

/** Why the statement's content is a fragment, if it is one. */
export function fragmentOf(src: ClaimSource, s: SourceStatement): FragmentReason | undefined {
  if (relativeObject(src, s)) return 'relative-object';
  if (demonstrativeSubject(src.lang, s.content.text)) return 'demonstrative-subject';
  if (anonymity(src.lang, s.content.text)) return 'anonymity';
  if (continuing(src.lang, s.content.text)) return 'continuing';
  if (apposition(src, s)) return 'apposition';
  return undefined;
}
