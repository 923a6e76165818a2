import { matchKey } from '../../text/normalize/arabic.js';
import { PerWord } from '../../text/per-word.js';
import { firstWordAt } from '../../text/words.js';
import { CLAUSE_MARKS } from '../clause.js';
import { gapHas, sentenceStart } from '../doc.js';
import type { Gender, Lexicon } from '../lexicon/index.js';
import type { Doc, Hit } from '../types.js';
import { adjectiveParticiple } from './adjective-participle.js';
import { relativeGender } from './antecedent.js';
import { startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { arabicSubjectBefore } from './speaker-before.js';
import { definiteAt, isStopWord } from './speaker-words.js';

// Grammatical number of a speaker phrase: a plural pro-drop verb or participle (وأضافوا، معتبرين) needs a plural or
// coordinated antecedent, and a plural phrase (مراسلين إسرائيليين، قال المسؤولون) is never that of a singular verb.

/**
 * Broken plurals of people that head a speaker phrase (no ending tells their number), as match keys without the
 * article. Non-human broken plurals (مصادر، تقارير) agree with a feminine singular verb and are left out.
 */
const HUMAN_BROKEN_PLURALS = new Set([
  'خبراء', 'نشطاء', 'علماء', 'زعماء', 'قادة', 'نواب', 'وزراء', 'سفراء', 'اطباء', 'سكان', 'اهالي', 'شهود', 'عمال',
  'طلاب', 'اعضاء', 'رؤساء', 'قضاة', 'ضباط', 'جنود', 'اقارب', 'ابناء', 'شيوخ', 'دعاة', 'ائمة', 'فقهاء', 'محامو', 'ممثلو',
  'مسؤولو', 'مراسلو', 'ناشطو', 'مقاتلو',
].map(matchKey));
/** Fewest letters of a sound masculine plural (متظاهرون، مسؤولين): shorter words ending ون/ين are names (ماكين). */
const MIN_SOUND_PLURAL_LETTERS = 6;
/** A sound plural of the فاعل pattern (خاطفين، ناشطون), as a stem without the article. */
const ACTIVE_PARTICIPLE_PLURAL = /^[^ا]ا[^ا][^ات](ون|ين)$/;
/** The article and the conjunctions written on a key. */
const CLITICS = /^[وف]?(ال|لل)?/;

/** The key without و/ف and the article. */
const stem = (key: string) => key.replace(CLITICS, '');

/**
 * True when the word at i is a plural noun of people: a plural title (مسؤولون), a listed broken plural (خبراء), or a sound
 * masculine plural of a participle (متظاهرون، المسؤولين) or a nisba (عسكريون، الإسرائيليين). Listed names (الصين) never are.
 */
export function isPluralNoun(doc: Doc, i: number): boolean {
  const p = pluralTable(doc.lex).get(doc.tokens[i]);
  return p === PLURAL || (p === PLURAL_UNLESS_NAMED && !startsMention(doc, i));
}

/** What isPluralNoun reads off a word alone: not plural, plural, or plural unless a listed name starts there. */
const NOT_PLURAL = 0, PLURAL = 1, PLURAL_UNLESS_NAMED = 2;
const pluralTables = new WeakMap<Lexicon, PerWord>();

/** isPluralNoun's reading of each distinct word, made once per word (text/per-word.ts) rather than by regexes at every ask. */
function pluralTable(lex: Lexicon): PerWord {
  let table = pluralTables.get(lex);
  if (!table) {
    table = new PerWord(({ key }) => {
      if (lex.titleWords.get(key)?.gender === 'pl') return PLURAL;
      const s = stem(key);
      if (HUMAN_BROKEN_PLURALS.has(s)) return PLURAL;
      // مؤيدوه، منتقدوها: a sound plural in construct with a pronoun (its ن dropped).
      if (/^م\S{3,}و(ه|ها|هم)$/.test(s) && s.length >= MIN_SOUND_PLURAL_LETTERS) return PLURAL;
      if (s.length < MIN_SOUND_PLURAL_LETTERS || !/(ون|ين)$/.test(s)) return NOT_PLURAL;
      // A nisba plural (الفلسطينيون) may be listed as its country's mention; a name (ماكين) never ends so.
      if (/(يون|يين)$/.test(s)) return PLURAL;
      // الخاطفين، الناشطون: a sound plural of a فاعل participle (not a dual in تين: ساعتين، مرتين).
      if (ACTIVE_PARTICIPLE_PLURAL.test(s)) return PLURAL_UNLESS_NAMED;
      return s.startsWith('م') ? PLURAL_UNLESS_NAMED : NOT_PLURAL;
    });
    pluralTables.set(lex, table);
  }
  return table;
}

/** True when a listed name covers token k from a token before it (هيومن رايتس | ووتش): its و joins nothing. */
function insideName(doc: Doc, k: number): boolean {
  const at = doc.tokens[k].start;
  return doc.input.entities.some((e) => e.mentions.some((m) => m.start < at && m.end > at));
}

/**
 * True when tokens [s, e) name more than one: the head (after a quantifier and its من) or its adjective is a plural noun
 * of people (خبراء عسكريون، عدد من المغردين), or two names are joined by و (مارك روبيو وجيب بوش, not a body's name).
 */
export function pluralPhrase(doc: Doc, s: number, e: number): boolean {
  let h = s;
  if (h + 2 < e && doc.lex.words.get(doc.keys[h]) === 'determiner' && doc.keys[h + 1] === 'من') h += 2;
  if (isPluralNoun(doc, h) || (h + 1 < e && !definiteAt(doc, h) && !definiteAt(doc, h + 1) && isPluralNoun(doc, h + 1) && /(يون|يين)$/.test(doc.keys[h + 1]))) return true;
  for (let k = s + 1; k < e; k++) {
    const key = doc.keys[k];
    // …، وجيب بوش: a conjunct of two words or more after a first one (شهاب وجيه is one name).
    if (k - s < 2 || k + 1 >= e) continue;
    if (!key.startsWith('و') || key.length < 3 || definiteAt(doc, k - 1) || insideName(doc, k) || startsMention(doc, k) || doc.lex.titleWords.has(key)) continue;
    const bare = key.slice(1);
    if (!bare.startsWith('ال') && !doc.lex.words.has(bare) && !doc.lex.words.has(key) && !isStopWord(doc, k - 1)) return true;
  }
  return false;
}

/**
 * The number an Arabic speaker phrase at characters [start, end) agrees with: 'pl' when it names more than one (whatever
 * the verb: قال المسؤولون), else the gender the verb gave, or with none that of a person's title.
 */
export function phraseGender(doc: Doc, start: number, end: number, verb: Gender): Gender {
  // The tokens starting in [start, end), by binary search: every speaker mention asks, and a scan from the article's
  // first token made this linear in the article's length.
  const s = firstWordAt(doc.tokens, start);
  if (s >= doc.tokens.length || doc.tokens[s].start >= end) return verb;
  if (pluralPhrase(doc, s, firstWordAt(doc.tokens, end))) return 'pl';
  // وفق وزير حقوق الإنسان فلان: with no verb to agree with, a person's title tells the sex (no later تكذب stands for him).
  const head = doc.lex.titleWords.get(doc.keys[s]);
  return verb === '-' && head?.kind === 'title' && (head.gender === 'm' || head.gender === 'f') ? head.gender : verb;
}

/**
 * True when a plural cue form is of the first person (نطالب، وندعو): "we", the speaker of the quotation it stands in, so
 * no plural antecedent is sought for it; نفوا (third person) starts with ن too.
 */
export function firstPersonPlural(key: string): boolean {
  return /^[وف]?س?ن/.test(key) && !/(وا|ون)$/.test(key);
}

/**
 * True when token i is a definite broken plural (الوزراء; not ين, genitive or accusative) right after a word with و or ف
 * and no article, which then reads as a verb (واتفق، وناقش), with nothing between them.
 */
function afterConjoinedVerb(doc: Doc, i: number, floor: number): boolean {
  if (i <= floor || !definiteAt(doc, i) || /(ين|ون|ات)$/.test(doc.keys[i]) || gapHas(doc, i, CLAUSE_MARKS)) return false;
  const prev = doc.keys[i - 1];
  return /^[وف]/.test(prev) && !/^[وف]?ال/.test(prev) && !isStopWord(doc, i - 1) && !definiteAt(doc, i - 1);
}

/**
 * A plural participle with no subject of its own (…، معتبرين أن): the plural subject before it in its sentence, back to
 * the nearest cue (whose subject it then shares, read by the chain): the antecedent of a plural or dual relative pronoun
 * (المرشحين مارك روبيو وجيب بوش اللذين …), or a plural noun of people after a verb (تجمع متظاهرون في …، أجمع خبراء
 * عسكريون). As a token range, or null.
 */
export function pluralSubjectBefore(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  const floor = sentenceStart(doc, hit.start);
  for (let i = hit.start - 1; i >= floor; i--) {
    // A plural cue (فقد حملوا … معتبرين) shares the subject before it; any other ends the search.
    const cue = doc.hits.find((h) => h.type === 'cue' && h.start === i);
    // (وناقش الوزراء إجراءات أمنية مشددة …، مطالبين: a participle read as an adjective is no cue.)
    if (cue && cue.type === 'cue' && cue.cue.gender !== 'pl' && !adjectiveParticiple(doc, cue)) return null;
    const g = relativeGender(doc.keys[i]);
    if (g === 'pl' || g === 'du') {
      const s = arabicSubjectBefore(doc, i, floor);
      if (s < i && pluralPhrase(doc, s, i)) return [s, i];
      continue;
    }
    // Nominative: a sound plural in ون (أما الفلسطينيون، فقد), or a broken plural right after an indefinite word that is
    // no particle (the verb: أجمع خبراء); ين is genitive or accusative (من المتعثرين).
    if (!isPluralNoun(doc, i)) continue;
    // واتفق الوزراء على …، داعين: a definite broken plural right after a و-verb is that verb's subject.
    if (afterConjoinedVerb(doc, i, floor)) {
      const e = arabicSubject(doc, i, hit.start, true);
      if (e > i) return [i, e];
    }
    if (!/ون$/.test(doc.keys[i]) && (i === floor || isStopWord(doc, i - 1) || gapHas(doc, i, CLAUSE_MARKS) || /ين$/.test(doc.keys[i])
      || definiteAt(doc, i - 1) || definiteAt(doc, i))) continue;
    // مؤيدوه المعروفون: an adjective after the plural head is not where the phrase starts.
    let h = i;
    while (h - 1 > floor && isPluralNoun(doc, h - 1) && !gapHas(doc, h, CLAUSE_MARKS)) h--;
    const e = arabicSubject(doc, h, hit.start, true);
    if (e > h) return [h, e];
  }
  return null;
}
