import { describe, expect, it } from 'vitest';
import { INDEXED_NAMES, MAX_NAME_POSTINGS, NUM_HASHES, QUERIED_NAMES, SHORT_TEXT_WORDS } from './constants.js';
import { RepublicationIndex, type IndexEntry } from './republication-index.js';

// Translation candidates: articles in the other language sharing anchors (entity ids, numbers, dates) or the
// skeletons of names no entity links (src/republish/names.ts).

const entry = (id: string, language: 'ar' | 'en', anchors: string[], names: string[] = []): IndexEntry => ({
  id, language, anchors, names, signature: new Uint32Array(NUM_HASHES),
});
const ids = (index: RepublicationIndex, anchors: string[], names: string[], words?: number) =>
  index.translationCandidates({ anchors, names, ...(words === undefined ? {} : { words }) }, 'ar', 'query').map((c) => c.id);

describe('RepublicationIndex translation candidates', () => {
  it.each([
    ['finds an English article sharing two names and nothing else', [], ['GRXM', 'FNK'], ['en-names']],
    ['counts a name and an anchor together', ['e:country:FR'], ['GRXM'], ['en-names']],
    ['does not find it on one name', [], ['GRXM'], []],
    ['does not find an article in its own language by names', [], ['KRLN', 'KLNTN'], []],
  ])('%s', (_name, anchors, names, expected) => {
    const index = new RepublicationIndex();
    index.add(entry('en-names', 'en', ['e:country:FR'], ['GRXM', 'FNK', 'BLNTN']));
    index.add(entry('ar-same-language', 'ar', [], ['KRLN', 'KLNTN']));
    expect(ids(index, anchors, names)).toEqual(expected);
  });

  it(`takes one shared anchor for a short text (up to ${SHORT_TEXT_WORDS} words: translation.ts accepts it alone), two for a longer one`, () => {
    const index = new RepublicationIndex();
    index.add(entry('en', 'en', ['d:2024-03-01']));
    expect(ids(index, ['d:2024-03-01'], [], SHORT_TEXT_WORDS)).toEqual(['en']);
    expect(ids(index, ['d:2024-03-01'], [], SHORT_TEXT_WORDS + 1)).toEqual([]);
  });

  it(`indexes an article's first ${INDEXED_NAMES} names and looks up a new article's first ${QUERIED_NAMES}`, () => {
    const filler = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);
    const index = new RepublicationIndex();
    index.add(entry('late-names', 'en', [], [...filler(INDEXED_NAMES, 'E'), 'GRXM', 'FNK']));
    index.add(entry('early-names', 'en', [], ['BLNTN', 'RSDNTS']));
    expect(ids(index, [], ['GRXM', 'FNK'])).toEqual([]);
    expect(ids(index, [], [...filler(QUERIED_NAMES - 2, 'A'), 'BLNTN', 'RSDNTS'])).toEqual(['early-names']);
    expect(ids(index, [], [...filler(QUERIED_NAMES, 'A'), 'BLNTN', 'RSDNTS'])).toEqual([]);
  });

  it(`walks a name's postings ${MAX_NAME_POSTINGS} deep, newest first`, () => {
    const index = new RepublicationIndex();
    for (let i = 0; i <= MAX_NAME_POSTINGS; i++) index.add(entry(`en${i}`, 'en', [], ['GRXM', 'FNK']));
    const found = ids(index, [], ['GRXM', 'FNK']);
    expect(found).not.toContain('en0');
    expect(found).toContain(`en${MAX_NAME_POSTINGS}`);
  });
});
