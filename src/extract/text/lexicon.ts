/**
 * The text path's lexicons, compiled once: boilerplate patterns (`boilerplate.tsv`)
 * and outlet names (`outlets.tsv`). See data/lexicons/README.md for the editing rules.
 */
import type { RemovedReason } from '../../model/index.js';
import { LANGS } from '../../model/index.js';
import { matchKey } from '../../text/normalize/arabic.js';
import { LexiconFileError, readTsv } from '../lexicon.js';
import { collapseWhitespace } from '../whitespace.js';

/** Every RemovedReason, for validating the `reason` column. */
export const REMOVED_REASONS = [
  'share', 'subscribe', 'discover-more', 'related', 'cookie', 'newsletter', 'navigation',
  'advertising', 'comments', 'byline', 'dateline', 'credit', 'boilerplate',
] as const satisfies readonly RemovedReason[];

export interface BoilerplatePattern {
  lang: string;
  reason: RemovedReason;
  /** The normalised phrase, when the pattern is a phrase. */
  phrase?: string;
  /** Words in the phrase (one-word phrases match only a whole line). */
  phraseWords?: number;
  regex?: RegExp;
  /** `boilerplate.tsv:<line>`: the rule id carried into traces. */
  rule: string;
  /** Place in the file: where several patterns match a line, the first in the file wins. */
  order: number;
}

/** The boilerplate patterns indexed for matching a line without trying each in turn. */
export interface BoilerplateIndex {
  /** Normalised phrase → its first pattern in the file. */
  phrases: Map<string, BoilerplatePattern>;
  /** Lengths of the phrases of two or more words (those that may match the start of a line), ascending. */
  prefixLengths: number[];
  /** The regex patterns, in file order. */
  regexes: BoilerplatePattern[];
}

export interface Outlets {
  /** Normalised outlet names. */
  names: Set<string>;
  /** Normalised outlet-name words (`news`, `times`). */
  words: Set<string>;
}

/** Leading bullets/dashes and trailing . : ! ? … of a line key. */
const EDGE_PUNCTUATION = /^[\s\p{Pd}\p{Po}]+|[\s\p{Po}]+$/gu;
const LEADING_PUNCTUATION = /^[\s\p{Pd}\p{Po}]$/u;
const TRAILING_PUNCTUATION = /^[\s\p{Po}]$/u;

/** Key used to compare lines with patterns: matchKey, whitespace collapsed, leading bullets/dashes and trailing . : ! ? … dropped. */
export function lineKey(s: string): string {
  // Collapsing also trims, which the dropping of edge punctuation (spaces included) would do anyway.
  const key = collapseWhitespace(matchKey(s));
  return hasEdgePunctuation(key) ? key.replace(EDGE_PUNCTUATION, '') : key;
}

/** Whether EDGE_PUNCTUATION finds anything: the first or the last code point is in its classes. */
function hasEdgePunctuation(key: string): boolean {
  if (!key) return false;
  const first = String.fromCodePoint(key.codePointAt(0)!);
  const lastUnit = key.length - 1;
  const lastAt = lastUnit > 0 && /[\uDC00-\uDFFF]/.test(key[lastUnit]) && /[\uD800-\uDBFF]/.test(key[lastUnit - 1]) ? lastUnit - 1 : lastUnit;
  const last = String.fromCodePoint(key.codePointAt(lastAt)!);
  return LEADING_PUNCTUATION.test(first) || TRAILING_PUNCTUATION.test(last);
}

let boilerplate: BoilerplatePattern[] | undefined;
let boilerplateByPhrase: BoilerplateIndex | undefined;
let outlets: Outlets | undefined;

export function boilerplatePatterns(): BoilerplatePattern[] {
  boilerplate ??= readTsv('boilerplate.tsv', ['lang', 'reason', 'pattern']).map(({ cells, line, file }, order) => {
    const { lang, reason, pattern } = cells;
    if (lang !== '*' && !(LANGS as readonly string[]).includes(lang)) throw new LexiconFileError(`unknown lang "${lang}"`, file, line);
    if (!(REMOVED_REASONS as readonly string[]).includes(reason)) throw new LexiconFileError(`unknown reason "${reason}"`, file, line);
    const rule = `boilerplate.tsv:${line}`;
    const base = { lang, reason: reason as RemovedReason, rule, order };
    if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
      const source = pattern.slice(1, -1);
      const letters = source.replace(/\\[A-Za-z]/g, '');
      if (matchKey(letters) !== letters) throw new LexiconFileError(`regex must be written in normalised form (${matchKey(letters)})`, file, line);
      try {
        return { ...base, regex: new RegExp(source, 'du') };
      } catch (e) {
        throw new LexiconFileError(`bad regex: ${(e as Error).message}`, file, line);
      }
    }
    const phrase = lineKey(pattern);
    if (!phrase) throw new LexiconFileError('empty phrase', file, line);
    return { ...base, phrase, phraseWords: phrase.split(' ').length };
  });
  return boilerplate;
}

export function boilerplateIndex(): BoilerplateIndex {
  if (boilerplateByPhrase) return boilerplateByPhrase;
  const phrases = new Map<string, BoilerplatePattern>();
  const prefixLengths = new Set<number>();
  const regexes: BoilerplatePattern[] = [];
  for (const p of boilerplatePatterns()) {
    if (p.regex) regexes.push(p);
    else if (!phrases.has(p.phrase!)) {
      phrases.set(p.phrase!, p);
      if (p.phraseWords! >= 2) prefixLengths.add(p.phrase!.length);
    }
  }
  boilerplateByPhrase = { phrases, prefixLengths: [...prefixLengths].sort((a, b) => a - b), regexes };
  return boilerplateByPhrase;
}

export function outletLexicon(): Outlets {
  if (outlets) return outlets;
  const names = new Set<string>();
  const words = new Set<string>();
  for (const { cells, line, file } of readTsv('outlets.tsv', ['kind', 'name'])) {
    if (cells.kind === 'outlet') names.add(lineKey(cells.name));
    else if (cells.kind === 'word') words.add(lineKey(cells.name));
    else throw new LexiconFileError(`kind must be outlet or word, not "${cells.kind}"`, file, line);
  }
  outlets = { names, words };
  return outlets;
}
