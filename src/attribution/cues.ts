import { REQUIRES_AFTER_COMMA_WINDOW, REQUIRES_SAYING_WINDOW, REQUIRES_WINDOW, SAYING_PHRASES } from './constants.js';
import { PerWord, PerWordMemo } from '../text/per-word.js';
import type { Word } from '../text/words.js';
import { matchKey } from '../text/normalize/arabic.js';
import { gapHas, sentenceEnd, sentenceStart } from './doc.js';
import { gapChars } from './gaps.js';
import type { Cue, Lexicon } from './lexicon/index.js';
import type { Doc, Hit } from './types.js';
import { englishCueReading } from './en/noun-cues.js';

const CONJUNCTIONS = ['و', 'ف'];
const FUTURE = 'س';
/** The same letters as character codes, to test a key's first letter without making a string of it. */
const WAW = CONJUNCTIONS[0].charCodeAt(0), FA = CONJUNCTIONS[1].charCodeAt(0), SIN = FUTURE.charCodeAt(0);
const isConjunction = (c: number) => c === WAW || c === FA;
/**
 * Two-letter cue stems a و/ف may be stripped from although the word is only three letters (وحث الوزير): every other
 * three-letter word keeps its first letter (ورد "came" and فرد "individual" are words of their own).
 */
const SHORT_STEMS = new Set(['حث']);
/** The key without its و/ف, when it has one and what is left is a word: longer than two letters, or a SHORT_STEMS stem. */
function withoutConjunction(key: string): string {
  if (!isConjunction(key.charCodeAt(0))) return key;
  return key.length > 3 || (key.length === 3 && SHORT_STEMS.has(key.slice(1))) ? key.slice(1) : key;
}

/** Forms a first word is looked up under: itself, then without و/ف, then without the future سـ (ARABIC.md §2). */
export function firstForms(doc: Doc, key: string): string[] {
  return keyForms(doc.lex.lang === 'ar', key);
}

/** firstForms for a word alone: its Arabic forms when `ar`, the key itself otherwise. */
export function keyForms(ar: boolean, key: string): string[] {
  if (!ar) return [key];
  const out = [key];
  const bare = withoutConjunction(key);
  if (bare !== key) out.push(bare);
  if (bare.charCodeAt(0) === SIN && bare.length > 3) out.push(bare.slice(1));
  return out;
}

/** True when `key` is the listed cue form `listed` with the future سـ before it (and perhaps و/ف before that). */
function futureForm(key: string, listed: string): boolean {
  if (key === listed) return false;
  const bare = withoutConjunction(key);
  return bare !== listed && bare.charCodeAt(0) === SIN && bare.slice(1) === listed;
}

/** A colon, in a gap between two words. */
const COLON = gapChars(':\uFF1A');

/** True when a colon follows token `from` within REQUIRES_WINDOW tokens of its sentence (وزاد الوزير: «…»). */
function colonFollows(doc: Doc, from: number): boolean {
  const end = Math.min(sentenceEnd(doc, from), from + REQUIRES_WINDOW);
  for (let i = from; i <= end; i++) if (gapHas(doc, i, COLON)) return true;
  return false;
}

/** Words after which a verb opens its clause (كما بيّن، فيما عبّرت، وكان قد بيّن), as match keys. */
const VERB_OPENERS = new Set(['كما', 'فيما', 'بينما', 'حيث', 'قد']);

const prepositionLemmas = new WeakMap<Cue, boolean>();
/** Whether the lexicon lists the cue's lemma as a preposition, asked once per cue (not a matchKey per hit). */
function lemmaIsPreposition(lex: Lexicon, cue: Cue): boolean {
  let is = prepositionLemmas.get(cue);
  if (is === undefined) prepositionLemmas.set(cue, (is = lex.words.get(matchKey(cue.lemma)) === 'preposition'));
  return is;
}

/**
 * False for a verb whose lemma the lexicon also lists as a preposition (بيّن "explained" and بين "between", عبّر
 * "expressed" and عبر "via") when it has no conjunction and does not open its sentence or a clause: وبيّن الوزير أن
 * and كما عبرت الوزيرة عن report; الخلاف بين الطرفين أن and …، بينت أن (a subject before a long relative) do not.
 */
function verbNotPreposition(doc: Doc, i: number, bareKey: string, cue: Cue): boolean {
  if (cue.kind !== 'verb' || !lemmaIsPreposition(doc.lex, cue) || bareKey !== doc.keys[i]) return true;
  const floor = sentenceStart(doc, i);
  return i === floor || VERB_OPENERS.has(doc.keys[i - 1]);
}

/**
 * Whether an Arabic cue word found at token i (n tokens, first word `bareKey` as listed) reads as a cue: a word the
 * lexicon also lists as a preposition (verbNotPreposition), and a cue framed by the colon alone (زاد "added", also
 * "increased"; يتابع "goes on", also "follows") only opening its clause before a colon, so the other sense never
 * ends a speaker phrase.
 */
function arabicCueReading(doc: Doc, i: number, n: number, bareKey: string, cue: Cue): boolean {
  if (!verbNotPreposition(doc, i, bareKey, cue)) return false;
  if (!(cue.frame.size === 1 && cue.frame.has('colon'))) return true;
  // وزاد: …، ويتابع: …: with a conjunction or at the sentence start (دبلوماسي يتابع الملف: is a speaker phrase).
  return (bareKey !== doc.keys[i] || i === sentenceStart(doc, i)) && colonFollows(doc, i + n);
}

const COMMA = gapChars(',\u060C');

function findRequired(doc: Doc, from: number, keys: string[]): [number, number] | undefined {
  const last = sentenceEnd(doc, from);
  const window = keys.length === 1 && SAYING_PHRASES.has(keys[0]) ? REQUIRES_SAYING_WINDOW : REQUIRES_WINDOW;
  const end = Math.min(last, from + window + keys.length);
  for (let i = from; i < end; i++) {
    if (keys.every((k, j) => doc.keys[i + j] === k)) return [i, i + keys.length];
  }
  // ويرى محرر الشؤون في الصحيفة، فلان، أن …: further on, only right after the comma that closes the subject.
  if (doc.lex.lang !== 'ar') return undefined;
  for (let i = end; i < Math.min(last, end + REQUIRES_AFTER_COMMA_WINDOW); i++) {
    if (gapHas(doc, i, COMMA) && keys.every((k, j) => doc.keys[i + j] === k)) return [i, i + keys.length];
  }
  return undefined;
}

/** firstForms(key).some(starters.has), without building the forms. */
function startsPhrase(starters: Set<string>, key: string, ar: boolean): boolean {
  if (starters.has(key)) return true;
  if (!ar) return false;
  const off = key.length - withoutConjunction(key).length;
  if (off === 1 && starters.has(key.slice(1))) return true;
  return key.charCodeAt(off) === SIN && key.length - off > 3 && starters.has(key.slice(off + 1));
}

/** Bits of a word's value in phraseStarters: the indexes whose phrases one of its first forms may start. */
const HEDGE = 1, SOURCE = 2, CUE = 4;

interface Starters {
  /** Per distinct word: HEDGE | SOURCE | CUE, the indexes worth matching at it (0 for most words). */
  bits: PerWord;
  /** Per distinct word: its firstForms, made once (a fresh slice per look-up was hashed afresh by every index). */
  forms: PerWordMemo<Word, string[]>;
}

const startersOf = new WeakMap<Lexicon, Starters>();
/** What findHits asks of a word alone, once per distinct word and lexicon. */
function phraseStarters(lex: Lexicon): Starters {
  let table = startersOf.get(lex);
  if (!table) {
    const hedges = new Set(lex.hedges.firstKeys()), sources = new Set(lex.sources.firstKeys()), cues = new Set(lex.cues.firstKeys());
    const ar = lex.lang === 'ar';
    table = {
      bits: new PerWord((w) => (startsPhrase(hedges, w.key, ar) ? HEDGE : 0) | (startsPhrase(sources, w.key, ar) ? SOURCE : 0)
        | (startsPhrase(cues, w.key, ar) ? CUE : 0)),
      forms: new PerWordMemo((w) => keyForms(ar, w.key)),
    };
    startersOf.set(lex, table);
  }
  return table;
}

/** Cues, source phrases and doubt phrases in text order, longest first, never overlapping. */
export function findHits(doc: Doc): Hit[] {
  const hits: Hit[] = [];
  const { lex, keys, tokens } = doc;
  const starters = phraseStarters(lex);
  for (let i = 0; i < keys.length; i++) {
    // Most words start no phrase: a look-up per distinct word before any matching, and only the indexes a
    // first form of the word starts a phrase of are matched (an index none starts would match nothing).
    const starts = starters.bits.get(tokens[i]);
    if (starts === 0) continue;
    const forms = starters.forms.get(tokens[i]);
    const hedge = starts & HEDGE ? lex.hedges.first(keys, i, forms) : undefined;
    if (hedge) {
      hits.push({ type: 'hedge', start: i, end: i + hedge[1], hedge: hedge[0].value });
      i += hedge[1] - 1;
      continue;
    }
    const source = starts & SOURCE ? lex.sources.first(keys, i, forms) : undefined;
    if (source) {
      hits.push({ type: 'source', start: i, end: i + source[1], source: source[0].value });
      i += source[1] - 1;
      continue;
    }
    if (!(starts & CUE)) continue;
    for (const [entry, n] of lex.cues.match(keys, i, forms)) {
      const cue = entry.value;
      const required = cue.requires ? findRequired(doc, i + n, cue.requires) : undefined;
      if (cue.requires && !required) continue;
      if (lex.lang === 'ar' && !arabicCueReading(doc, i, n, entry.keys[0], cue)) continue;
      // سيعلن، وستقول: a verb in the future tells what a source will say, which it has not yet said.
      if (lex.lang === 'ar' && cue.kind === 'verb' && futureForm(keys[i], entry.keys[0])) continue;
      // "The Jakarta Post reports a …": a form that is mostly a noun, a cue only in a verb's place (en/noun-cues.ts).
      // ("unless their demands were met": nor is a noun cue ending in "be" before a passive participle.)
      if (lex.lang === 'en' && !englishCueReading(doc, i, n)) continue;
      hits.push({ type: 'cue', start: i, end: i + n, cue, prefixed: forms[0] !== keys[i] || keys[i] !== entry.keys[0], required });
      i += n - 1;
      break;
    }
  }
  return hits;
}
