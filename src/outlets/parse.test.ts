import { describe, expect, it } from 'vitest';
import { OUTLET_COLUMNS, parseOutlets } from './parse.js';
import { OutletsFileError } from './types.js';

const HEADER = OUTLET_COLUMNS.join('\t');
const row = (...cells: string[]) => cells.join('\t');
const GOOD = row('rt', 'RT|RT World News', 'روسيا اليوم', 'rt.com', 'RU', 'en|ru', 'state-controlled', 'Wikipedia: RT (TV network)');

describe('parseOutlets', () => {
  it('reads a row into a record with lists split on | and where it came from', () => {
    const [r] = parseOutlets(`# comment\n${HEADER}\n\n${GOOD}\n`, 'x.tsv');
    expect(r).toEqual({
      id: 'rt', namesEn: ['RT', 'RT World News'], namesAr: ['روسيا اليوم'], domains: ['rt.com'], country: 'RU',
      languages: ['en', 'ru'], ownership: 'state-controlled', source: 'Wikipedia: RT (TV network)', from: 'x.tsv:4',
    });
  });

  it('leaves ownership absent when it is - with source unknown', () => {
    const [r] = parseOutlets(`${HEADER}\n${row('afp', 'AFP', '-', 'afp.com', 'FR', 'fr', '-', 'unknown')}\n`, 'x.tsv');
    expect(r.ownership).toBeUndefined();
    expect(r.namesAr).toEqual([]);
  });

  it.each([
    ['a row with too few cells', row('rt', 'RT', '-', 'rt.com', 'RU', 'en', 'private'), /x\.tsv:3: expected 8 tab-separated cells, got 7/],
    ['an unknown ownership', row('rt', 'RT', '-', 'rt.com', 'RU', 'en', 'state', 'Wikipedia'), /x\.tsv:3: unknown ownership "state"/],
    ['an ownership without a source', row('rt', 'RT', '-', 'rt.com', 'RU', 'en', 'private', 'unknown'), /x\.tsv:3: .*needs a source/],
    ['a source without an ownership', row('rt', 'RT', '-', 'rt.com', 'RU', 'en', '-', 'Wikipedia'), /x\.tsv:3: .*must be "unknown"/],
    ['a lower-case country', row('rt', 'RT', '-', 'rt.com', 'ru', 'en', '-', 'unknown'), /x\.tsv:3: bad country "ru"/],
    ['a domain with www.', row('rt', 'RT', '-', 'www.rt.com', 'RU', 'en', '-', 'unknown'), /x\.tsv:3: bad domain "www\.rt\.com"/],
    ['a domain with a scheme', row('rt', 'RT', '-', 'https://rt.com', 'RU', 'en', '-', 'unknown'), /x\.tsv:3: bad domain/],
    ['a missing English name', row('rt', '-', 'روسيا اليوم', 'rt.com', 'RU', 'en', '-', 'unknown'), /x\.tsv:3: names_en is required/],
    ['an empty cell', row('rt', 'RT', '', 'rt.com', 'RU', 'en', '-', 'unknown'), /x\.tsv:3: empty names_ar/],
  ])('reports %s with its file and line', (_, bad, message) => {
    expect(() => parseOutlets(`${HEADER}\n${GOOD}\n${bad}\n`, 'x.tsv')).toThrow(message);
  });

  it('reports a wrong header and an empty file', () => {
    expect(() => parseOutlets('id\tname\n', 'x.tsv')).toThrow(OutletsFileError);
    expect(() => parseOutlets('# nothing\n', 'x.tsv')).toThrow(/x\.tsv: empty file/);
  });
});
