import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Stance } from '../../model/index.js';
import { STANCES } from '../../model/index.js';
import { matchKey } from '../../text/normalize/arabic.js';
import { lexemeAt } from '../../text/words.js';
import { wordSpans } from '../../text/word-spans.js';
import { PhraseIndex } from './phrases.js';
import { LexiconError, readKeySet, readTsv } from './tsv.js';

export type CueLang = 'ar' | 'en';
export type Gender = 'm' | 'f' | 'pl' | 'du' | '-';
export type WordClass =
  | 'complement' | 'preposition' | 'adverb' | 'time' | 'demonstrative' | 'pronoun' | 'outlet' | 'boundary' | 'determiner'
  /** A noun naming an utterance (تصريحات، كلمة، بيان): its possessor is a speaker. */
  | 'speech'
  /** A verbal noun that heads an object, never a speaker (أكد ضرورة …، أعلن استعداده). */
  | 'object';

export interface Cue {
  form: string;
  lemma: string;
  stance: Stance;
  gender: Gender;
  /** Complements the cue takes: anna (أن/إن/that), colon, obj, bi, ila, ala, min, an, li, fi, to, of, for, as. */
  frame: ReadonlySet<string>;
  kind: 'verb' | 'participle';
  /** Match keys of a phrase that must follow within a few tokens (دقت … ناقوس الخطر). */
  requires?: string[];
}
export interface Title { kind: 'title' | 'role' | 'unnamed' | 'body'; gender: Gender }
export interface Source {
  skip: string[][];
  /** The phrase ends in a preposition written on the source's first word (وفقا لـ، طبقا لـ): `لوزير التعليم`. */
  lam?: true;
}
/** `if` opens a condition, `then` marks what follows it (a future or a possible harm); `whether` is a question (ما إذا),
 * whose words open no condition though an `if` is inside them. */
export type ConditionPart = 'if' | 'then' | 'whether';
export interface Hedge { stance: Stance; gender: Gender }
/** A word that tells a person's sex (gender.tsv): an honorific (Mr, Queen), a noun (spokeswoman, wife) or a given name. */
export interface SexWord { gender: 'm' | 'f'; kind: 'honorific' | 'noun' | 'given' }

export interface Lexicon {
  lang: CueLang;
  cues: PhraseIndex<Cue>;
  titles: PhraseIndex<Title>;
  /** Single-word titles by match key (the speaker chunkers look words up one at a time). */
  titleWords: Map<string, Title>;
  words: Map<string, WordClass>;
  sources: PhraseIndex<Source>;
  hedges: PhraseIndex<Hedge>;
  markers: PhraseIndex<Stance>;
  /** Words that change an `assert` only at the start of its content (لم تكن …); optional file stance-openers.tsv. */
  openers: PhraseIndex<Stance>;
  /** Words that change an `assert` as the predicate of its content's first clause (X يجب أن …); optional file stance-leads.tsv. */
  leads: PhraseIndex<Stance>;
  /** A condition (في حال، ما لم) and the harm it brings (لن، سيتم): together near each other they warn; optional file warn-conditions.tsv. */
  conditions: PhraseIndex<ConditionPart>;
  /** Heads of a relative clause that takes up the clause before it (وهو ما، الأمر الذي); optional file resumptive-heads.tsv. */
  resumptiveHeads: PhraseIndex<string>;
  /** Words that tell a person's sex, by match key; optional files gender.tsv and given-names.tsv (English pronoun coreference). */
  sexWords: Map<string, SexWord>;
}

const GENDERS = ['m', 'f', 'pl', 'du', '-'] as const;
const CLASSES = ['complement', 'preposition', 'adverb', 'time', 'demonstrative', 'pronoun', 'outlet', 'boundary', 'determiner', 'speech', 'object'] as const;
const FRAMES = ['anna', 'colon', 'obj', 'bi', 'ila', 'ala', 'min', 'an', 'li', 'fi', 'bisha2n', 'that', 'to', 'of', 'for', 'as'] as const;

/** The repository's data/lexicons folder, found by walking up from this module (src/ or dist/src/). */
let defaultDir: string | undefined;

export function defaultLexiconDir(): string {
  if (defaultDir) return defaultDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'data', 'lexicons', 'ar', 'cues.tsv'))) return (defaultDir = join(dir, 'data', 'lexicons'));
    dir = dirname(dir);
  }
  throw new Error('data/lexicons not found above ' + dirname(fileURLToPath(import.meta.url)));
}

/**
 * The match keys of data/lexicons/<lang>/<name>, read on the first call and kept: word lists that only some rules
 * consult load when one first does.
 */
export function lazyKeySet(lang: string, name: string): () => Set<string> {
  let keys: Set<string> | undefined;
  return () => (keys ??= readKeySet(join(defaultLexiconDir(), lang, name)));
}

function load(lang: CueLang, root: string): Lexicon {
  const file = (name: string) => join(root, lang, name);
  const cues = new PhraseIndex<Cue>();
  if (lang === 'ar') {
    for (const { cells } of readTsv(file('cues.tsv'), ['form', 'lemma', 'stance', 'gender', 'frame', 'kind', 'requires'],
      { 2: STANCES, 3: GENDERS, 4: FRAMES, 5: ['verb', 'participle'] })) {
      const [form, lemma, stance, gender, frame, kind, requires] = cells;
      cues.add(form, { form, lemma, stance: stance as Stance, gender: gender as Gender, frame: new Set(frame.split(',')),
        kind: kind as Cue['kind'], requires: requires === '-' ? undefined : requires.split(/\s+/).map(matchKey) });
    }
  } else {
    for (const { cells } of readTsv(file('cues.tsv'), ['form', 'lemma', 'stance', 'frame', 'kind'],
      { 2: STANCES, 3: FRAMES, 4: ['verb', 'participle'] })) {
      const [form, lemma, stance, frame, kind] = cells;
      cues.add(form, { form, lemma, stance: stance as Stance, gender: '-', frame: new Set(frame.split(',')),
        kind: (form.endsWith('ing') ? 'participle' : kind) as Cue['kind'] });
    }
  }
  const titles = new PhraseIndex<Title>();
  const titleWords = new Map<string, Title>();
  for (const { cells: [form, kind, gender] } of readTsv(file('titles.tsv'), ['form', 'kind', 'gender'],
    { 1: ['title', 'role', 'unnamed', 'body'], 2: GENDERS })) {
    const t = { kind: kind as Title['kind'], gender: gender as Gender };
    titles.add(form, t);
    if (!form.includes(' ')) titleWords.set(matchKey(form), t);
  }
  const words = new Map<string, WordClass>();
  for (const { cells: [form, cls] } of readTsv(file('function-words.tsv'), ['form', 'class'], { 1: CLASSES })) {
    words.set(matchKey(form), cls as WordClass);
  }
  const sources = new PhraseIndex<Source>();
  for (const { cells: [form, skip] } of readTsv(file('sources.tsv'), ['form', 'skip'])) {
    const lam = lang === 'ar' && /\sل[ـ]?$/.test(form);
    sources.add(form, { skip: skip === '-' ? [] : skip.split(',').map((s) => s.trim().split(/\s+/).map(matchKey)), ...(lam ? { lam: true as const } : {}) });
  }
  const hedges = new PhraseIndex<Hedge>();
  for (const { cells: [form, stance, gender] } of readTsv(file('hedges.tsv'), ['form', 'stance', 'gender'], { 1: STANCES, 2: GENDERS })) {
    hedges.add(form, { stance: stance as Stance, gender: gender as Gender });
  }
  const markers = new PhraseIndex<Stance>();
  for (const { cells: [form, stance] } of readTsv(file('stance-markers.tsv'), ['form', 'stance'], { 1: STANCES })) {
    markers.add(form, stance as Stance);
  }
  const openers = new PhraseIndex<Stance>();
  if (existsSync(file('stance-openers.tsv'))) {
    for (const { cells: [form, stance] } of readTsv(file('stance-openers.tsv'), ['form', 'stance'], { 1: STANCES })) {
      openers.add(form, stance as Stance);
    }
  }
  const leads = new PhraseIndex<Stance>();
  if (existsSync(file('stance-leads.tsv'))) {
    for (const { cells: [form, stance] } of readTsv(file('stance-leads.tsv'), ['form', 'stance'], { 1: STANCES })) {
      leads.add(form, stance as Stance);
    }
  }
  const conditions = new PhraseIndex<ConditionPart>();
  if (existsSync(file('warn-conditions.tsv'))) {
    for (const { cells: [form, part] } of readTsv(file('warn-conditions.tsv'), ['form', 'part'], { 1: ['if', 'then', 'whether'] })) {
      conditions.add(form, part as ConditionPart);
    }
  }
  const resumptiveHeads = new PhraseIndex<string>();
  if (existsSync(file('resumptive-heads.tsv'))) {
    for (const { cells: [form] } of readTsv(file('resumptive-heads.tsv'), ['form'])) resumptiveHeads.add(form, form);
  }
  const sexWords = new Map<string, SexWord>();
  if (existsSync(file('gender.tsv'))) {
    for (const { cells: [form, gender, kind] } of readTsv(file('gender.tsv'), ['form', 'gender', 'kind'], { 1: ['m', 'f'], 2: ['honorific', 'noun'] })) {
      sexWords.set(matchKey(form), { gender: gender as SexWord['gender'], kind: kind as SexWord['kind'] });
    }
  }
  if (existsSync(file('given-names.tsv'))) readGivenNames(file('given-names.tsv'), sexWords);
  return { lang, cues, titles, titleWords, words, sources, hedges, markers, openers, leads, conditions, resumptiveHeads, sexWords };
}

/** A-Z, a-z and the rest of ASCII: such a name's match key is its lower case (matchKey's own fast path). */
const ASCII_NAME = /^[\x00-\x7f]*$/;

/**
 * given-names.tsv (about 8,000 rows: form TAB m|f) into `into` as `given` words, read without readTsv's general
 * checks to keep the start-up cost to a few ms; a row that is not `form<TAB>m|f` still stops the load.
 */
function readGivenNames(path: string, into: Map<string, SexWord>): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trimEnd();
    if (!raw || raw.startsWith('#')) continue;
    const tab = raw.indexOf('\t'), form = raw.slice(0, tab), gender = raw.slice(tab + 1);
    if (tab <= 0 || (gender !== 'm' && gender !== 'f')) throw new LexiconError(path, i + 1, 'expected form<TAB>m|f');
    const key = ASCII_NAME.test(form) ? form.toLowerCase() : matchKey(form);
    // A title or honorific of the same spelling (Prince, King as given names) keeps its own reading.
    if (!into.has(key)) into.set(key, { gender, kind: 'given' });
  }
}

const cache = new Map<string, Lexicon>();
/** The lexicons of the default folder, by language: asked for per article and per speaker, without a key string. */
const ofDefaultDir: Partial<Record<CueLang, Lexicon>> = {};

/** The lexicon of a language, loaded and validated once per process (a LexiconError names file and line). */
export function lexicon(lang: CueLang, root?: string): Lexicon {
  if (root === undefined) return (ofDefaultDir[lang] ??= lexicon(lang, defaultLexiconDir()));
  const key = `${root}|${lang}`;
  let lex = cache.get(key);
  if (!lex) {
    lex = load(lang, root);
    cache.set(key, lex);
  }
  return lex;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/u;

/**
 * Does a speaker phrase open with a word for an unnamed source (`مسؤول في مكتب رئيس الوزراء …`, `a source close to
 * President …`)? Then the person it goes on to name is not the one speaking.
 */
export function opensUnnamed(phrase: string): boolean {
  // Only the first two words are read: their lexemes from the phrase's word spans, not a full scan of its words.
  const spans = wordSpans(phrase);
  if (!spans.length) return false;
  const first = lexemeAt(phrase, spans[0], spans[1]);
  const lex = lexicon(ARABIC_LETTER.test(first.word) ? 'ar' : 'en');
  // English: a determiner first (`a`, `an`, `the`) and the noun after it.
  const w = lex.words.get(first.key) !== 'determiner' ? first : spans.length > 2 ? lexemeAt(phrase, spans[2], spans[3]) : undefined;
  return w !== undefined && w.forms.some((f) => lex.titleWords.get(f)?.kind === 'unnamed');
}
