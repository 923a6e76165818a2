import { CLAUSE_MARKS, commaBefore } from '../clause.js';
import { gapHas, hitStartsAt, sentenceStart, titleAt } from '../doc.js';
import type { Doc, Hit } from '../types.js';
import { startsMention } from './mention-marks.js';
import { arabicSubject } from './speaker.js';
import { definiteAt, hasPronounSuffix, isStopWord, isTitle } from './speaker-words.js';
import { concessionSubject, pronounParticleBefore } from './pronoun-particle.js';

// The subject of the verb that opens a sentence, for a cue later in it with no subject of its own.

/** Most words of an adverbial set off by a comma before the sentence's verb (ومع ذلك، تطرق …; وفي السياق نفسه، استقبل …). */
const MAX_LEAD_ADVERBIAL_TOKENS = 4;
/** Particles before the sentence's verb (ولم يفصح، وقد استقبل), as match keys. */
const LEAD_PARTICLES = new Set(['لم', 'ولم', 'قد', 'وقد', 'فقد', 'ثم']);
/** Most time words and adverbs between the verb and its subject (وأصدر، الخميس، أيضا النائب …). */
const MAX_SKIPPED_ADVERBS = 3;
/** Function-word classes skipped there. */
const ADVERBIAL = new Set(['time', 'adverb']);
/** Shortest verb, in letters of its match key (a two-letter word is a particle or a name's half). */
const MIN_VERB_LETTERS = 3;
/** Taa marbuta as written: a word ending in it is a noun (زيارة الرئيس), never a perfect verb (زارت). */
const TAA_MARBUTA = '\u0629';

/** Where the sentence's own verb stands: its first word, or the word after a short adverbial and its comma. */
function leadVerb(doc: Doc, floor: number, cueStart: number): number {
  let v = floor;
  // ومع ذلك، تطرق: only an adverbial that opens with a function word (never a verb and its subject: وأصدر فلان، وهو …).
  if (isStopWord(doc, floor)) for (let c = floor + 1; c <= floor + MAX_LEAD_ADVERBIAL_TOKENS && c < cueStart; c++) if (commaBefore(doc, c)) { v = c; break; }
  if (LEAD_PARTICLES.has(doc.keys[v])) v++;
  return v;
}

/** True when token v reads as a verb that reports nothing: no cue, no function word, no title, no name, no noun form. */
function plainVerbAt(doc: Doc, v: number): boolean {
  const key = doc.keys[v];
  if (key.length < MIN_VERB_LETTERS || hitStartsAt(doc, v) || doc.lex.words.has(key) || isStopWord(doc, v)) return false;
  if (definiteAt(doc, v) || isTitle(doc, v) || startsMention(doc, v) || hasPronounSuffix(doc, v)) return false;
  return !doc.tokens[v].text.endsWith(TAA_MARBUTA) && !verbalNounForm(key);
}

/** Fewest letters of a derived verbal noun read by its form (a hollow verb such as اختار, احتاج has five). */
const MIN_DERIVED_NOUN_LETTERS = 6;

/**
 * A verbal noun of a derived form, by its shape (واستهداف المملكة، اجتماع، انسحاب): an alef-initial stem, after a
 * conjunction, with an alef before its last letter — never a perfect verb (استهدف، اجتمع، انسحب).
 */
function verbalNounForm(key: string): boolean {
  const stem = /^[وف]ا/.test(key) ? key.slice(1) : key;
  return stem.startsWith('ا') && stem.length >= MIN_DERIVED_NOUN_LETTERS && stem.at(-2) === 'ا';
}

/**
 * True when a title stands among the words from s + 2 up to e, after a name (سامي العلي حاكم المنطقة). A word right before
 * a title is a noun in construct with it (وركزت رسالة رئيس الوزراء، تركزت محادثات الوزير): the message, not its author.
 */
function titledPhrase(doc: Doc, s: number, e: number): boolean {
  if (definiteAt(doc, s) || isTitle(doc, s + 1) || doc.lex.words.get(doc.keys[s]) === 'speech') return false;
  for (let k = s + 1; k < e; k++) if (isTitle(doc, k)) return true;
  return false;
}

/**
 * The subject of the plain verb opening the sentence that starts at `floor`, up to `limit` (exclusive): headed by a title or
 * a known name (or a name with a title after it), agreeing with `gender` where the titles list gives the head one. Null
 * when the sentence opens otherwise.
 */
export function openingSubject(doc: Doc, floor: number, limit: number, gender: string): [number, number] | null {
  const v = leadVerb(doc, floor, limit);
  if (v + 1 >= limit) return null;
  // بارزاني أجرى اتصالا … وطالب بـ: a subject (a title or a known name) before the opening verb.
  if (isTitle(doc, v) || startsMention(doc, v)) {
    const e = arabicSubject(doc, v, limit);
    return e > v && e < limit && plainVerbAt(doc, e) && !gapHas(doc, e, CLAUSE_MARKS) && agrees(doc, v, gender) ? [v, e] : null;
  }
  if (!plainVerbAt(doc, v)) return null;
  // وأصدر، الخميس، أيضا النائب فلان: time words and adverbs between the verb and its subject.
  let s = v + 1;
  while (s < limit && s - v <= MAX_SKIPPED_ADVERBS && ADVERBIAL.has(doc.lex.words.get(doc.keys[s]) ?? '')) s++;
  if (s >= limit) return null;
  const e = arabicSubject(doc, s, limit);
  if (e === s) return null;
  // ولخص سامي العلي حاكم المنطقة: a name is read only with a title in its phrase (a plain noun after a verb is its object).
  if (!isTitle(doc, s) && !startsMention(doc, s) && !titledPhrase(doc, s, e)) return null;
  return agrees(doc, s, gender) ? [s, e] : null;
}

/** وطالبت الوزارة …: the head's gender at s, where the titles list gives one, agrees with the cue's. */
function agrees(doc: Doc, s: number, gender: string): boolean {
  const head = titleAt(doc, s)?.[0].value ?? doc.lex.titleWords.get(doc.keys[s]);
  return !((head?.gender === 'm' || head?.gender === 'f') && head.gender !== gender);
}

/** Most clauses set off by commas looked back over for one that opens with a و/ف verb (…، فرد الوزير قائلا). */
const MAX_CLAUSES_BACK = 2;

/**
 * …، متسائلين عن مصيرهم، فرد الوزير قائلا: the nearest clause after a comma that opens with a و/ف verb and its subject,
 * within MAX_CLAUSES_BACK commas of the cue.
 */
function clauseSubject(doc: Doc, floor: number, cueStart: number, gender: string): [number, number] | null {
  let clauses = 0;
  for (let c = cueStart - 1; c > floor && clauses < MAX_CLAUSES_BACK; c--) {
    if (!commaBefore(doc, c)) continue;
    clauses++;
    if (!/^[وف]/.test(doc.keys[c])) continue;
    const s = openingSubject(doc, c, cueStart, gender);
    if (s) return s;
  }
  return null;
}

/**
 * ومع ذلك، تطرق الرئيس إلى …، مشيرا إلى; ولخص سامي العلي حاكم المنطقة … قائلا; وبثت الجبهة شريطا، وأكدت أن: a cue with
 * no subject of its own (a participle, or a و-verb inside the sentence) goes on with the subject of the plain verb that
 * opens its sentence (openingSubject): that subject, not the last speaker, is the one who speaks. Null when the sentence
 * opens otherwise, or another hit stands between.
 */
export function leadSubject(doc: Doc, hit: Extract<Hit, { type: 'cue' }>): [number, number] | null {
  const { cue } = hit;
  if (cue.gender !== 'm' && cue.gender !== 'f') return null;
  // (التقى الرئيس بالسفير، لكنه قال: the pronoun on لكن is the opening verb's subject, as a و/ف would be.)
  const carried = cue.kind === 'verb' && pronounParticleBefore(doc, hit);
  if (cue.kind === 'verb' && !hit.prefixed && !carried) return null;
  // ورغم أن أردوغان لم يشر …، إلا أنه قال: the party the concession names.
  const conceded = carried ? concessionSubject(doc, hit, (s) => arabicSubject(doc, s, hit.start), (s) => isTitle(doc, s) || startsMention(doc, s)) : null;
  if (conceded) return conceded;
  const floor = sentenceStart(doc, hit.start);
  const subject = clauseSubject(doc, floor, hit.start, cue.gender) ?? openingSubject(doc, floor, hit.start, cue.gender);
  if (!subject) return null;
  for (let k = subject[1]; k < hit.start; k++) if (hitStartsAt(doc, k)) return null;
  return subject;
}
