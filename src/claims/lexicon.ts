import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTsv } from '../attribution/lexicon/tsv.js';
import { matchKey } from '../text/normalize/arabic.js';
import { indexKeys } from '../text/normalize/clitics.js';
import { boundedMemo } from '../text/memo.js';
import { tokenize, type Token } from '../text/tokens.js';
import { MAX_GAP_WORDS } from './constants.js';

// The event-concept lexicon (data/lexicons/events.tsv): phrases indexed by every clitic form of their
// first word, so that a text is matched word by word with one map lookup per form, not a loop over phrases.

const FILE = join('data', 'lexicons', 'events.tsv');
const COLUMNS = ['concept', 'lang', 'phrase', 'breadth'];
/** How many events a concept names: a broad one joins across articles only on stricter agreement (place.ts). */
export const BREADTHS = ['broad', 'specific'] as const;
export type Breadth = (typeof BREADTHS)[number];
const LANGS = ['ar', 'en'];
const CONCEPT_ID = /^[a-z][a-z0-9-]*$/;
/** The gap word of a phrase. */
const GAP = '…';

/** One phrase: a gap (`null`) or the set of keys a word may have to match. */
interface Phrase {
  concept: string;
  lang: string;
  text: string;
  words: (Set<string> | null)[];
  /** Words that are not gaps: the phrase's length when choosing the longest. */
  size: number;
}

export interface EventLexicon {
  /** Phrases by every key form of their first word. */
  byFirst: Map<string, Phrase[]>;
  concepts: Set<string>;
  /** Every concept's breadth. */
  breadth: Map<string, Breadth>;
}

export interface ConceptMatch {
  concept: string;
  /** The lexicon phrase that matched (display form), for tracing. */
  phrase: string;
  start: number;
  end: number;
}

export class EventLexiconError extends Error {
  constructor(readonly file: string, readonly line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'EventLexiconError';
  }
}

/** A data file of the claims stage (`data/lexicons/…`), found above this module (src/ or dist/src/). */
export function claimsDataFile(file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++, dir = dirname(dir)) if (existsSync(join(dir, file))) return join(dir, file);
  throw new Error(`${file} not found above ${dirname(fileURLToPath(import.meta.url))}`);
}

/**
 * A closed word list of the claims stage (data/lexicons/claims/NAME: form, lang) as `lang:key` match keys, loaded and
 * validated on first use; a malformed row throws with its line.
 */
export function claimWords(name: string): () => ReadonlySet<string> {
  let words: Set<string> | undefined;
  return () => (words ??= new Set(readTsv(claimsDataFile(join('data', 'lexicons', 'claims', name)), ['form', 'lang'], { 1: ['ar', 'en'] })
    .map(({ cells: [form, lang] }) => `${lang}:${matchKey(form)}`)));
}

/** Parses and validates the TSV text; a malformed row throws with its line. */
export function parseEventLexicon(tsv: string, file = FILE): EventLexicon {
  const lex: EventLexicon = { byFirst: new Map(), concepts: new Set(), breadth: new Map() };
  let header = true;
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (header) {
      if (cells.join(',') !== COLUMNS.join(',')) throw new EventLexiconError(file, i + 1, `header must be ${COLUMNS.join(', ')}`);
      header = false;
      return;
    }
    const [concept, lang, text, breadth] = cells;
    if (cells.length !== COLUMNS.length || !text || !breadth) throw new EventLexiconError(file, i + 1, `expected ${COLUMNS.length} non-empty columns`);
    if (!CONCEPT_ID.test(concept)) throw new EventLexiconError(file, i + 1, `concept "${concept}" is not a kebab-case id`);
    if (!LANGS.includes(lang)) throw new EventLexiconError(file, i + 1, `lang "${lang}" is not one of ${LANGS.join(', ')}`);
    if (!(BREADTHS as readonly string[]).includes(breadth)) throw new EventLexiconError(file, i + 1, `breadth "${breadth}" is not one of ${BREADTHS.join(', ')}`);
    const known = lex.breadth.get(concept);
    if (known && known !== breadth) throw new EventLexiconError(file, i + 1, `concept "${concept}" is ${known} on an earlier line`);
    lex.breadth.set(concept, breadth as Breadth);
    const words = text.split(/\s+/).map((w) => (w === GAP ? null : new Set(tokenize(w).flatMap((t) => indexKeys(t.text)))));
    if (words[0] === null || words[words.length - 1] === null) throw new EventLexiconError(file, i + 1, 'a phrase cannot start or end with …');
    if (words.some((w) => w !== null && !w.size)) throw new EventLexiconError(file, i + 1, `"${text}" has a word without letters`);
    const phrase: Phrase = { concept, lang, text, words, size: words.filter(Boolean).length };
    lex.concepts.add(concept);
    for (const k of words[0]!) {
      const list = lex.byFirst.get(k) ?? [];
      if (!list.some((p) => p.text === text)) list.push(phrase);
      lex.byFirst.set(k, list);
    }
  });
  return lex;
}

let cached: EventLexicon | undefined;

/** The shipped lexicon, loaded and validated once. */
export function eventLexicon(): EventLexicon {
  return (cached ??= parseEventLexicon(readFileSync(claimsDataFile(FILE), 'utf8'), FILE));
}

/** Words whose keys are remembered before the memo is emptied (news text repeats its words). */
const KEYS_MEMO_LIMIT = 50_000;

/** indexKeys of a word, memoised: every statement of every article is matched word by word against the lexicon. */
export const keysOf: (word: string) => readonly string[] = boundedMemo(KEYS_MEMO_LIMIT, indexKeys);

const matches = (forms: Set<string>, tok: Token) => keysOf(tok.text).some((k) => forms.has(k));

/** The end token index (exclusive) of `p` matched from token `i`, or -1. */
function matchAt(p: Phrase, toks: Token[], i: number): number {
  let at = i;
  for (let w = 0; w < p.words.length; w++) {
    const forms = p.words[w];
    if (forms === null) {
      // A gap: the next word within MAX_GAP_WORDS words.
      const next = p.words[++w]!;
      let found = -1;
      for (let g = at + 1; g <= at + MAX_GAP_WORDS + 1 && g < toks.length; g++) if (matches(next, toks[g])) { found = g; break; }
      if (found < 0) return -1;
      at = found + 1;
      continue;
    }
    if (at >= toks.length || !matches(forms, toks[at])) return -1;
    at++;
  }
  return at;
}

/** Every concept phrase in text[from, to), longest first (then earliest). */
export function findConcepts(text: string, from = 0, to = text.length, lex = eventLexicon()): ConceptMatch[] {
  const toks = tokenize(text, from, to);
  const found: (ConceptMatch & { size: number })[] = [];
  toks.forEach((tok, i) => {
    // Made only for a word that starts some phrase (most words start none).
    let seen: Set<Phrase> | undefined;
    for (const k of keysOf(tok.text)) {
      const phrases = lex.byFirst.get(k);
      if (!phrases) continue;
      for (const p of phrases) {
        if (seen?.has(p)) continue;
        (seen ??= new Set()).add(p);
        const end = matchAt(p, toks, i);
        if (end > 0) found.push({ concept: p.concept, phrase: p.text, start: tok.start, end: toks[end - 1].end, size: p.size });
      }
    }
  });
  return found.sort((a, b) => b.size - a.size || a.start - b.start).map(({ size: _s, ...m }) => m);
}

/** The lexicon's pseudo-concept for a reference to the claim under discussion ("these allegations"). */
export const CLAIM_REFERENCE = 'claim-reference';
/** The pseudo-concept of praise, pride or satisfaction: a content that leads with it evaluates (joins no claim). */
export const EVALUATION = 'evaluation';
/** The detail pseudo-concept of an anaphoric event reference ("this move"): a detail wherever it stands in a content. */
export const DETAIL_REFERENCE = 'detail-reference';
/** Concept ids starting so name details of an event (confessions, casualties, participants), not events. */
const DETAIL_PREFIX = 'detail-';

/** What a lexicon concept is: an event, a detail of one, a reference to the claim, or an evaluation. */
export type ConceptKind = 'event' | 'detail' | 'claim-reference' | 'evaluation';

export function kindOf(concept: string): ConceptKind {
  if (concept === CLAIM_REFERENCE) return 'claim-reference';
  if (concept === EVALUATION) return 'evaluation';
  return concept.startsWith(DETAIL_PREFIX) ? 'detail' : 'event';
}

/** Is a concept broad (many unrelated events share it)? Unknown concepts are specific. */
export const isBroad = (concept: string, lex: EventLexicon = eventLexicon()): boolean => lex.breadth.get(concept) === 'broad';

/** The event concept of text[from, to): its longest event phrase's, or undefined. */
export function conceptOf(text: string, from = 0, to = text.length, lex = eventLexicon()): ConceptMatch | undefined {
  return findConcepts(text, from, to, lex).find((m) => kindOf(m.concept) === 'event');
}
