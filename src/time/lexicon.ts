/**
 * The time lexicons (`data/lexicons/time/*.tsv`), loaded and validated once, then indexed
 * by the matchKey of each form's first word. See the README there for the editing rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchKey } from '../text/normalize/arabic.js';

export const UNITS = ['day', 'week', 'month', 'year'] as const;
export type Unit = (typeof UNITS)[number];

export const ROLES = [
  'past', 'next', 'this', 'begin', 'mid', 'end', 'part', 'day-word', 'month-word', 'year-word',
  'licence', 'ago-before', 'ago-after', 'within', 'anaphoric', 'recent', 'future', 'past-tense', 'not-future', 'not-future-prefix',
  'not-deictic-before', 'not-deictic-after', 'not-weekday-before', 'not-weekday-after',
] as const;
export type Role = (typeof ROLES)[number];

/** What one lexicon row says a form means. */
export type Meaning =
  | { kind: 'month'; month: number; guarded: boolean; variant: string }
  | { kind: 'hijri'; month: number; guarded: boolean }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'day'; offset: number }
  | { kind: 'unit'; unit: Unit; count: number | 'n' }
  | { kind: 'number'; value: number; digits: boolean; suffix?: 'greg' | 'hijri' | 'ordinal' }
  | { kind: 'mod'; role: Role };

/** A form of one or more words and all it can mean. */
export interface Phrase {
  keys: string[];
  meanings: Meaning[];
}

/** First word's key → phrases starting with it, longest first, behind a cheap prefilter. */
export interface PhraseIndex {
  byFirst: Map<string, Phrase[]>;
  /** Bit per hash of a key's first three characters (see prefixHash): 0 = no key starts so. */
  prefixes: Uint8Array;
  /** 1 for each code unit that begins some phrase's first key. */
  firstChars: Uint8Array;
}

/** Size of the prefix filter (a power of two). */
const PREFIX_TABLE_SIZE = 1 << 16;
/** Multiplier of the prefix hash. */
const PREFIX_HASH_MULTIPLIER = 31;

/** Hash of s[off, off+3) (missing characters count as 0), to skip most words without a Map lookup. */
export function prefixHash(s: string, off: number): number {
  const n = s.length;
  const c0 = off < n ? s.charCodeAt(off) : 0;
  const c1 = off + 1 < n ? s.charCodeAt(off + 1) : 0;
  const c2 = off + 2 < n ? s.charCodeAt(off + 2) : 0;
  return ((c0 * PREFIX_HASH_MULTIPLIER + c1) * PREFIX_HASH_MULTIPLIER + c2) & (PREFIX_TABLE_SIZE - 1);
}

/** Phrases whose first key is s.slice(off), if any. */
export function lookupKey(index: PhraseIndex, s: string, off = 0): Phrase[] | undefined {
  if (!index.prefixes[prefixHash(s, off)]) return undefined;
  return index.byFirst.get(off ? s.slice(off) : s);
}

/** A lexicon file that is missing or malformed. */
export class TimeLexiconError extends Error {
  constructor(message: string, readonly file: string, readonly line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'TimeLexiconError';
  }
}

const DIR = 'data/lexicons/time';
const GUARDS = ['free', 'context'] as const;
const LANGS = ['ar', 'en'] as const;

function findDir(): string {
  // Walk up from this module (src/time when run by tsx/vitest, dist/src/time when built) to the repo root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    if (existsSync(join(dir, DIR))) return join(dir, DIR);
    dir = dirname(dir);
  }
  throw new TimeLexiconError('not found above the module', DIR);
}

type Row = { cols: string[]; line: number };
type Parse = (cols: string[], fail: (why: string) => never) => Meaning;

function rows(path: string, width: number, fail: (why: string, line?: number) => never): Row[] {
  const out: Row[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '' || text.startsWith('#')) return;
    const cols = text.split('\t').map((c) => c.trim());
    if (cols.length !== width || cols.some((c) => c === '')) fail(`expected ${width} tab-separated columns`, i + 1);
    out.push({ cols, line: i + 1 });
  });
  return out;
}

const int = (s: string, lo: number, hi: number, fail: (why: string) => never): number => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < lo || n > hi) fail(`"${s}" is not an integer in ${lo}..${hi}`);
  return n;
};
const oneOf = <T extends string>(s: string, list: readonly T[], fail: (why: string) => never): T => {
  if (!(list as readonly string[]).includes(s)) fail(`"${s}" is not one of ${list.join(', ')}`);
  return s as T;
};

/** Each file: its column count and how a row becomes a meaning. */
const FILES: Record<string, [number, Parse]> = {
  'months.tsv': [4, ([, m, variant, g], f) => ({ kind: 'month', month: int(m, 1, 12, f), variant, guarded: oneOf(g, GUARDS, f) === 'context' })],
  'hijri-months.tsv': [3, ([, m, g], f) => ({ kind: 'hijri', month: int(m, 1, 12, f), guarded: oneOf(g, GUARDS, f) === 'context' })],
  'weekdays.tsv': [3, ([, w, l], f) => (oneOf(l, LANGS, f), { kind: 'weekday', weekday: int(w, 1, 7, f) })],
  'days.tsv': [3, ([, o, l], f) => (oneOf(l, LANGS, f), { kind: 'day', offset: int(o, -7, 7, f) })],
  'units.tsv': [4, ([, u, c, l], f) => (oneOf(l, LANGS, f), { kind: 'unit', unit: oneOf(u, UNITS, f), count: c === 'n' ? 'n' : int(c, 1, 2, f) })],
  'numbers.tsv': [3, ([, v, l], f) => (oneOf(l, LANGS, f), { kind: 'number', value: int(v, 1, 1000, f), digits: false })],
  'ordinals.tsv': [2, ([, v], f) => ({ kind: 'number', value: int(v, 1, 31, f), digits: false, suffix: 'ordinal' })],
  'modifiers.tsv': [3, ([, r, l], f) => (oneOf(l, LANGS, f), { kind: 'mod', role: oneOf(r, ROLES, f) })],
};

/** Reads and validates every file; throws TimeLexiconError on the first bad row. */
export function loadPhrases(dir = findDir()): PhraseIndex {
  const byForm = new Map<string, Phrase>();
  for (const [name, [width, parse]] of Object.entries(FILES)) {
    const path = join(dir, name);
    if (!existsSync(path)) throw new TimeLexiconError('missing', `${DIR}/${name}`);
    const seen = new Set<string>();
    const fail = (why: string, line?: number): never => { throw new TimeLexiconError(why, `${DIR}/${name}`, line); };
    for (const { cols, line } of rows(path, width, fail)) {
      const keys = cols[0].split(/\s+/).map(matchKey);
      const id = keys.join(' ');
      // One row per key and meaning: `قبل` may be a licence and ago-before, but not twice a licence.
      const row = `${id}\t${cols[1]}`;
      if (seen.has(row)) fail(`"${cols[0]}" folds to the key of an earlier row with the same meaning`, line);
      seen.add(row);
      const meaning = parse(cols, (why) => fail(why, line));
      const phrase = byForm.get(id) ?? { keys, meanings: [] };
      phrase.meanings.push(meaning);
      byForm.set(id, phrase);
    }
  }
  const byFirst = new Map<string, Phrase[]>();
  const prefixes = new Uint8Array(PREFIX_TABLE_SIZE);
  const firstChars = new Uint8Array(0x10000);
  for (const p of byForm.values()) {
    firstChars[p.keys[0].charCodeAt(0)] = 1;
    const list = byFirst.get(p.keys[0]) ?? [];
    list.push(p);
    byFirst.set(p.keys[0], list);
    prefixes[prefixHash(p.keys[0], 0)] = 1;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirst, prefixes, firstChars };
}

let cached: PhraseIndex | undefined;

/** The phrase index, loaded on first use. */
export function phrases(): PhraseIndex {
  cached ??= loadPhrases();
  return cached;
}
