/**
 * The text path's lexicons, compiled once: boilerplate patterns (`boilerplate.tsv`)
 * and outlet names (`outlets.tsv`). See data/lexicons/README.md for the editing rules.
 */
import type { RemovedReason } from '../../model/index.js';
import { LANGS } from '../../model/index.js';
import { matchKey } from '../../text/normalize/arabic.js';
import { LexiconFileError, readTsv } from '../lexicon.js';

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
}

export interface Outlets {
  /** Normalised outlet names. */
  names: Set<string>;
  /** Normalised outlet-name words (`news`, `times`). */
  words: Set<string>;
}

/** Key used to compare lines with patterns: matchKey, whitespace collapsed, leading bullets/dashes and trailing . : ! ? … dropped. */
export function lineKey(s: string): string {
  return matchKey(s).replace(/\s+/g, ' ').replace(/^[\s\p{Pd}\p{Po}]+|[\s\p{Po}]+$/gu, '');
}

let boilerplate: BoilerplatePattern[] | undefined;
let outlets: Outlets | undefined;

export function boilerplatePatterns(): BoilerplatePattern[] {
  boilerplate ??= readTsv('boilerplate.tsv', ['lang', 'reason', 'pattern']).map(({ cells, line, file }) => {
    const { lang, reason, pattern } = cells;
    if (lang !== '*' && !(LANGS as readonly string[]).includes(lang)) throw new LexiconFileError(`unknown lang "${lang}"`, file, line);
    if (!(REMOVED_REASONS as readonly string[]).includes(reason)) throw new LexiconFileError(`unknown reason "${reason}"`, file, line);
    const rule = `boilerplate.tsv:${line}`;
    const base = { lang, reason: reason as RemovedReason, rule };
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
