import { describe, expect, it } from 'vitest';
import { boilerplatePatterns, outletLexicon } from './text/lexicon.js';
import { stopwords } from './language/stopwords.js';
import { parseTsv } from './lexicon.js';

describe('parseTsv: lexicon files are validated', () => {
  it('reads rows by column name, skipping comments and blank lines', () => {
    expect(parseTsv('# note\nlang\tword\n\nar\tفي\n', ['lang', 'word'], 'x.tsv')).toEqual([
      { cells: { lang: 'ar', word: 'في' }, line: 4, file: 'x.tsv' },
    ]);
  });
  const bad: [string, string, RegExp][] = [
    ['rejects a wrong header', 'language\tword\nar\tفي', /^x\.tsv:1: header must be "lang<TAB>word"/],
    ['rejects a row with a missing cell', 'lang\tword\nar', /^x\.tsv:2: expected 2 non-empty/],
    ['rejects an empty cell', 'lang\tword\nar\t ', /^x\.tsv:2: expected 2 non-empty/],
    ['rejects a file without a header', '# only a comment\n', /^x\.tsv: empty file/],
  ];
  it.each(bad)('%s', (_n, text, message) => {
    expect(() => parseTsv(text, ['lang', 'word'], 'x.tsv')).toThrow(message);
  });
});

describe('the shipped lexicons load', () => {
  it('compiles every boilerplate pattern', () => {
    expect(boilerplatePatterns().length).toBeGreaterThan(100);
    expect(boilerplatePatterns().every((p) => p.phrase || p.regex)).toBe(true);
  });
  it('lists outlets and outlet words, normalised', () => {
    expect(outletLexicon().names.has('reuters')).toBe(true);
    expect(outletLexicon().names.has('الجزيره')).toBe(true);
    expect(outletLexicon().words.has('news')).toBe(true);
  });
  it('keeps Persian and Arabic stopwords apart', () => {
    expect([...(stopwords().get('که') ?? [])]).toEqual(['fa']);
    expect([...(stopwords().get('في') ?? [])]).toEqual(['ar']);
  });
});
