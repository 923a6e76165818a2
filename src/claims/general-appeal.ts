import { join } from 'node:path';
import { readTsv } from '../attribution/lexicon/tsv.js';
import type { Lang } from '../model/index.js';
import { matchKey } from '../text/normalize/arabic.js';
import { tokenize } from '../text/tokens.js';
import { claimsDataFile, keysOf } from './lexicon.js';

// A general appeal: a demand asking for more of something (`calls on donors to do more`, `ببذل المزيد من الدعم`)
// rather than for a named act (`asked Tripoli for help restoring order`). copy.ts `generalCall` reads it (R3).

const FILE = join('data', 'lexicons', 'claims', 'general-appeals.tsv');

let forms: Set<string> | undefined;
/** The appeal words by `lang:key` (data/lexicons/claims/general-appeals.tsv), loaded and validated once. */
const appealWords = () => (forms ??= new Set(readTsv(claimsDataFile(FILE), ['form', 'lang'], { 1: ['ar', 'en'] })
  .map(({ cells: [form, lang] }) => `${lang}:${matchKey(form)}`)));

/** Does the text hold a word of a general appeal (each of a word's clitic forms is looked up)? */
export function appealsForMore(text: string, lang: Lang): boolean {
  const words = appealWords();
  return tokenize(text).some((t) => keysOf(t.text).some((k) => words.has(`${lang}:${k}`)));
}
