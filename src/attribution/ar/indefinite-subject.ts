import { CLAUSE_MARKS, isComplement } from '../clause.js';
import { cueStartsAt, gapHas, sentenceStart } from '../doc.js';
import { gapChars } from '../gaps.js';
import type { Doc, Hit } from '../types.js';
import { matchKey } from '../../text/normalize/arabic.js';
import { RESUMPTIVE } from './antecedent.js';
import { KANA } from './subjects.js';
import { startsMention } from './mention-marks.js';
import { lazyKeySet } from '../lexicon/index.js';
import { definiteAt, hasPronounSuffix, isBiPhrase, isStopWord, isTitle } from './speaker-words.js';

// منظمات حقوقية تتهم الحكومة بقمع المحتجين، وسط انتقادات تتهمه بالفساد: an imperfect cue verb right after an
// indefinite noun opens a clause describing that noun (a صفة, which needs no relative pronoun), so the noun is the
// verb's subject and the noun after the verb its object; read VSO, the object would be taken for the speaker.

/** Most adjectives after the indefinite head (منظمات حقوقية دولية), in tokens. */
const MAX_ADJECTIVES = 2;
/** Fewest letters of the head noun (شكاوى، تقرير), so that particles and short words are never taken. */
const MIN_HEAD_LETTERS = 4;
/** Adjective endings as match keys: a nisba (حقوقية، دولي، دوليون، محليين) or ة after a participle (مطلعة، معارضة). */
const NISBA = /(ي|يه|يون|يين|يات)$/;
const PARTICIPLE = /^م.{2,}ه$/;
/** Common adjectives that are neither nisba nor participle (مسؤول كبير، مصادر أخرى), as match keys. */
const PLAIN_ADJECTIVES = new Set(['كبير', 'كبيره', 'كبار', 'بارز', 'بارزه', 'رفيع', 'سابق', 'سابقه', 'اخر', 'اخري', 'اخرون', 'جديد', 'جديده', 'عديده', 'كثيره', 'واسعه']);
/** Indefinite nouns that may speak through the verb describing them (تقارير، انتقادات، هتافات), as match keys. */
const voices = lazyKeySet('ar', 'voice-nouns.tsv');
/** Heads of a party beyond titles (دولة، سلطات، سيناتور), as match keys (fronted-parties.tsv). */
const parties = lazyKeySet('ar', 'fronted-parties.tsv');
/** An indefinite sound masculine plural (منتقدين، ناشطون، آخرين): people. */
const PEOPLE_PLURAL = /^[\u0621-\u064A]{3,}(ون|ين)$/;

/** Object pronouns a cue verb may carry (تتهمه، يتهمونها), as match keys, longest first. */
const OBJECT_PRONOUNS = ['هما', 'هم', 'ها', 'ه'];

/**
 * True when the cue verb's form ends in an object pronoun after its stem (تتهمه، اتهمته، يتهمونها), not in letters of
 * the stem itself (تتهم ends in هم): what stands before the pronoun ends with the lemma's last letter and a subject ending.
 */
export function carriesObjectPronoun(key: string, lemma: string): boolean {
  const stem = new RegExp(`${matchKey(lemma).slice(-1)}(ون|وا|و|ين|ن|ا|ت|تا)?$`);
  return OBJECT_PRONOUNS.some((p) => key.endsWith(p) && stem.test(key.slice(0, -p.length)));
}

/**
 * Verbs that carry an imperfect one (كانت تتهم، لا تزال تتهم، عادت تتهم): never the noun the verb describes, as match
 * keys (كان's forms are in KANA).
 */
const AUXILIARIES = new Set(['تزال', 'يزال', 'زال', 'زالت', 'مازال', 'مازالت', 'لازال', 'لازالت', 'ظل', 'ظلت', 'يظل', 'تظل', 'بدا', 'بدات',
  'عاد', 'عادت', 'راح', 'راحت', 'اخذ', 'اخذت', 'استمر', 'استمرت', 'واصل', 'واصلت', 'يكون', 'تكون', 'كانوا', 'ليس', 'ليست', 'اصبح', 'اصبحت', 'باتت', 'بات']);

/** True when the word at i may be an adjective of the indefinite noun: a nisba or common one; a participle in ة only right before the verb (مصادر مطلعة). */
const adjectiveAt = (doc: Doc, i: number, first: boolean) => NISBA.test(doc.keys[i]) || PLAIN_ADJECTIVES.has(doc.keys[i]) || (first && PARTICIPLE.test(doc.keys[i]));

/** True when the word at i can be part of the indefinite phrase: no article, pronoun, function word, cue or number. */
function indefiniteWordAt(doc: Doc, i: number): boolean {
  const key = doc.keys[i];
  // ودول أخرى، لنيويورك: a conjunct or a preposition phrase is part of a larger phrase, never a head of its own.
  return !definiteAt(doc, i) && !/^[وفبلك]/.test(key) && !isStopWord(doc, i) && !hasPronounSuffix(doc, i)
    && !cueStartsAt(doc, i) && !/\d/.test(key) && doc.lex.words.get(key) === undefined && !isBiPhrase(key);
}

/** True when the cue's form is imperfect (يتهم، تتهمه), not a past form that starts with its lemma (تحدث، تابعت). */
function imperfect(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): boolean {
  const key = doc.keys[hit.start];
  return /^[يت]/.test(key) && !key.startsWith(matchKey(hit.cue.lemma));
}

/** غير before the head makes it a negated adjective (مذهب غير معروف يدعى), as match keys. */
const NEGATING = new Set(['غير', 'وغير']);

/**
 * True when the indefinite head at h can speak: a title or unnamed source (مصادر، مسؤول، منظمات), a party head
 * (دولة), people (منتقدين) or a voice noun (تقارير، انتقادات); a name only where no preposition governs it (في ويلز
 * يشير: the verb's subject is further back). A thing that merely shows (علامة تشير، خطوة تؤكد) speaks for nobody.
 */
function speaks(doc: Doc, h: number): boolean {
  const key = doc.keys[h];
  if (isTitle(doc, h) || parties().has(key) || voices().has(key) || PEOPLE_PLURAL.test(key)) return true;
  return startsMention(doc, h) && doc.lex.words.get(doc.keys[h - 1]) !== 'preposition';
}

/**
 * The indefinite noun phrase, with its adjectives, right before the unprefixed imperfect cue verb at `hit` inside its
 * sentence, as [start, end) tokens, or null. None when a resumptive follows the verb (بيانا تتهم فيه الوزارة: the
 * noun is where it was said), when the head is a word of speech or time, or when the verb carries an object pronoun
 * and no ب-phrase or particle follows it (قطريين تتهمهما واشنطن: the one named after the verb is its subject).
 */
export function indefiniteSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, end: number): [number, number] | null {
  const floor = sentenceStart(doc, hit.start);
  if (hit.cue.kind !== 'verb' || hit.prefixed || hit.start - 1 <= floor || gapHas(doc, hit.start, CLAUSE_MARKS) || !imperfect(doc, hit)) return null;
  const next = doc.keys[hit.end] ?? '';
  if (RESUMPTIVE.has(next)) return null;
  if (carriesObjectPronoun(doc.keys[hit.end - 1], hit.cue.lemma) && !(hit.end < end && (isBiPhrase(next) || doc.lex.words.get(next) === 'complement'))) return null;
  if (insideReport(doc, hit.start, floor)) return null;
  const h = speakingHead(doc, hit.start, floor);
  if (h >= 0) return [h, hit.start];
  // منظمات حقوقية تدافع عن المعتقلين تتهمها بـ: a first describing clause (a plain imperfect verb and a few words) may
  // stand between the noun and the cue; the speaker phrase is the noun with its adjectives.
  const v = describingVerbBefore(doc, hit, floor);
  const d = v >= 0 ? speakingHead(doc, v, floor) : -1;
  return d >= 0 ? [d, v] : null;
}

/** Most words of a describing clause between an indefinite noun and the cue verb, its verb included. */
const MAX_DESCRIBING_TOKENS = 5;

/**
 * The plain imperfect verb of the same person prefix as the cue (تدافع … تتهم، يعملون … يطالبون) that opens a short
 * clause ending right before the cue, with no mark, function word of a clause or other cue between; -1 when none.
 */
function describingVerbBefore(doc: Doc, hit: Extract<Hit, { type: 'cue' }>, floor: number): number {
  const prefix = doc.keys[hit.start][0];
  for (let v = hit.start - 2; v > floor && hit.start - v <= MAX_DESCRIBING_TOKENS; v--) {
    if (gapHas(doc, v + 1, CLAUSE_MARKS) || cueStartsAt(doc, v + 1)) return -1;
    const cls = doc.lex.words.get(doc.keys[v + 1]);
    if (cls === 'complement' || cls === 'boundary') return -1;
    const key = doc.keys[v];
    if (key[0] === prefix && key.length >= MIN_HEAD_LETTERS && !definiteAt(doc, v) && !cueStartsAt(doc, v) && !doc.lex.words.has(key)
      && !gapHas(doc, v, CLAUSE_MARKS)) return v;
  }
  return -1;
}

/** Marks that end a reported clause before a described noun (a comma, a colon, a semicolon; not a quotation mark). */
const REPORT_END = gapChars(',\u060C:;\u061B');

/**
 * True when token i stands in the clause another cue of its sentence reports (قال إنه واثق من أن إيران سترد على
 * منتقدين يقولون …), with no mark or clause boundary between: the described noun is then a word of that report, and its
 * verb is read as before (the statement goes with the outer speaker's claim).
 */
function insideReport(doc: Doc, i: number, floor: number): boolean {
  for (let k = i - 1; k > floor; k--) {
    if (isComplement(doc, k) && doc.hits.some((h) => h.type === 'cue' && h.end <= k && h.start >= floor)) return true;
    // (…، بسبب احتجاج سكان يطالبون، فيما كشف عن تقارير تفيد: a mark or a clause boundary ends the report.)
    if (gapHas(doc, k, REPORT_END) || doc.lex.words.get(doc.keys[k]) === 'boundary') return false;
  }
  return false;
}

/** The speaking indefinite head of the noun phrase ending right before token e (with its adjectives), or -1. */
function speakingHead(doc: Doc, e: number, floor: number): number {
  // Walk back over adjectives to the head: the first word before them that is not one itself.
  let h = e - 1;
  if (h <= floor || !indefiniteWordAt(doc, h)) return -1;
  for (let n = 0; n < MAX_ADJECTIVES && h - 1 >= floor && adjectiveAt(doc, h, n === 0) && indefiniteWordAt(doc, h - 1) && !gapHas(doc, h, CLAUSE_MARKS); n++) h--;
  const head = doc.keys[h];
  if (head.length < MIN_HEAD_LETTERS || h <= floor || KANA.has(head) || AUXILIARIES.has(head) || NEGATING.has(doc.keys[h - 1])) return -1;
  return speaks(doc, h) ? h : -1;
}

