import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import type { Analysis } from '../model/index.js';
import { NAMES_ONLY_AR, NAMES_ONLY_EN } from '../republish/fixtures/names-only-pair.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { MAX_NAME_POSTINGS, STORY_HASHES, STORY_WINDOW_DAYS } from './constants.js';
import { storyFeatures } from './features.js';
import { placeStory } from './place.js';
import { StoryIndex } from './story-index.js';

// Stories across Arabic and English (anchors decide: entities, numbers, dates survive translation) and
// across dates (STORY_WINDOW_DAYS either side of an article's publication day).

const read = (p: string) => readFileSync(new URL(`../../samples/${p}`, import.meta.url), 'utf8');
/** A line-per-sentence pair file (samples/pairs) as an article: title, then one paragraph a line. */
const asArticle = (text: string) => text.split('\n').filter((l) => l.trim()).join('\n\n');
function analysisOf(text: string, publishedAt: string): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'test.txt' });
  if (!r.ok) throw new Error(r.message);
  return analyze({ ...r.article, publishedAt });
}
const featuresOf = (a: Analysis) => storyFeatures(a, a.article.publishedAt!);
const EN = asArticle(read('pairs/tico-wikinews-1.en.txt'));
const AR = asArticle(read('pairs/tico-wikinews-1.ar.txt'));
const OTHER_EN = read('en/wnen-2019-09-09-longtime-leader-of-zimbabwe-robert-mugabe-dies-aged-95.txt');
const SOUTH_SUDAN = read('ar/wnar-024-politics.txt');
const day = (d: number) => new Date(Date.UTC(2020, 2, 12 + d)).toISOString().slice(0, 10);

describe('StoryIndex across languages and dates', () => {
  it.each([
    ['puts the Arabic translation of an English article, a day later, in its story', () => analysisOf(AR, day(1)), true],
    [`puts it there ${STORY_WINDOW_DAYS} days later, the edge of the window`, () => analysisOf(AR, day(STORY_WINDOW_DAYS)), true],
    [`does not reach ${STORY_WINDOW_DAYS + 1} days later: the translation starts a story`, () => analysisOf(AR, day(STORY_WINDOW_DAYS + 1)), false],
    [`reaches ${STORY_WINDOW_DAYS} days earlier (an article dated before one already placed)`, () => analysisOf(AR, day(-STORY_WINDOW_DAYS)), true],
    ['does not put an unrelated Arabic article in the English story', () => analysisOf(SOUTH_SUDAN, day(0)), false],
  ])('%s', (_name, other, same) => {
    const index = new StoryIndex();
    index.add('en', 'story-en', featuresOf(analysisOf(EN, day(0))));
    const m = index.match(featuresOf(other()));
    expect(m.found).toBe(same);
    if (m.found) expect(m.evidence).toMatchObject({ nearest: 'en', crossLanguage: true });
  });

  it('a later article like two stories joins one of them and merges nothing', () => {
    const index = new StoryIndex();
    index.add('en', 'story-en', featuresOf(analysisOf(EN, day(0))));
    index.add('ar', 'story-ar', featuresOf(analysisOf(AR, day(0))));
    const m = index.match(featuresOf(analysisOf(AR, day(1))));
    expect(m).toMatchObject({ found: true, story: 'story-ar' });
    expect([index.storyOfArticle('en'), index.storyOfArticle('ar')]).toEqual(['story-en', 'story-ar']);
  });

  it('does not put an unrelated English article of the same day in the story of the Arabic one', () => {
    const index = new StoryIndex();
    index.add('ar', 'story-ar', featuresOf(analysisOf(AR, day(0))));
    expect(index.match(featuresOf(analysisOf(OTHER_EN, day(0)))).found).toBe(false);
  });
});

for (const database of TEST_DATABASES) {
describe(`placeStory across languages (${database.name})`, () => {
  let store: Store;
  const stores = storePerTest(database, (s) => { store = s; });

  it('places the Arabic translation in the English article\'s story, also after the store is reopened', async () => {
    const en = await store.saveAnalysis(analysisOf(EN, day(0)));
    expect(await placeStory(store, en.id)).toMatchObject({ ok: true, status: 'started', story: en.id });
    await stores.reopen();
    const ar = await store.saveAnalysis(analysisOf(AR, day(1)));
    expect(await placeStory(store, ar.id)).toMatchObject({ ok: true, status: 'joined', story: en.id, evidence: { crossLanguage: true } });
  });
});
}

describe('StoryIndex: a short item across languages', () => {
  const A = 0xa1, B = 0xb2, C = 0xc3, Q1 = 0x51, Q2 = 0x52;
  /** Features with a signature of its own (content words never meet across languages) and the given anchors. */
  const features = (lang: string, anchors: number[], quotes = 0, seed = 1) => ({
    day: 18_333, lang, anchors: Uint32Array.from(anchors), ...(quotes ? { quotes } : {}),
    signature: Uint32Array.from({ length: STORY_HASHES }, (_, i) => (seed * 7919 + i * 104_729) >>> 0),
  });
  it.each([
    ['joins when its only two anchors are the other\'s only two', features('ar', [A, B]), true],
    ['does not join on two of three anchors', features('ar', [A, B, C]), false],
    ['leaves quotations out (their words never meet across languages)', features('ar', [A, Q2, B], 0b010), true],
    ['does not join on one shared anchor', features('ar', [A]), false],
  ])('%s', (_name, ar, same) => {
    const index = new StoryIndex();
    index.add('en', 'story-en', features('en', [A, B, Q1], 0b100, 2));
    expect(index.match(ar).found).toBe(same);
  });
});

describe('StoryIndex: names across languages', () => {
  const A = 0xa1, B = 0xb2, C = 0xc3, SEAGAL = 0x51, CRIMEA = 0x52, OTHER = 0x53;
  const features = (lang: string, anchors: number[], names: number[], seed = 1) => ({
    day: 18_333, lang, anchors: Uint32Array.from(anchors), names: Uint16Array.from(names).sort(),
    signature: Uint32Array.from({ length: STORY_HASHES }, (_, i) => (seed * 7919 + i * 104_729) >>> 0),
  });
  it.each([
    ['joins on two of three anchors when a name of the English article is among the Arabic words', features('ar', [A, B], [OTHER, SEAGAL, CRIMEA]), true],
    ['does not join on two of three anchors when no name meets', features('ar', [A, B], [OTHER]), false],
    ['never counts names within one language (content words decide there)', features('en', [A, B], [SEAGAL, CRIMEA], 3), false],
  ])('%s', (_name, other, same) => {
    const index = new StoryIndex();
    index.add('en', 'story-en', features('en', [A, B, C], [SEAGAL, CRIMEA], 2));
    expect(index.match(other).found).toBe(same);
  });

  it.each([
    ['finds an article in the other language by its names alone (no anchor, no content word shared)', features('ar', [], [OTHER, SEAGAL, CRIMEA]), { found: true, story: 'story-en' }],
    ['does not find one on a single name', features('ar', [], [OTHER, SEAGAL]), { found: false, reason: 'below-threshold' }],
    ['never finds one in its own language by names (content words decide there)', features('en', [], [SEAGAL, CRIMEA], 3), { found: false, reason: 'no-candidate' }],
  ])('%s', (_name, other, expected) => {
    const index = new StoryIndex();
    index.add('en', 'story-en', features('en', [], [SEAGAL, CRIMEA], 2));
    expect(index.match(other)).toMatchObject(expected);
  });

  it.each([
    [`finds an older article through a name shared by ${MAX_NAME_POSTINGS - 1} newer ones of its day`, MAX_NAME_POSTINGS - 1, true],
    [`walks a name's postings of a day ${MAX_NAME_POSTINGS} deep, newest first: past that, an older article is not a candidate`, MAX_NAME_POSTINGS, false],
  ])('%s', (_name, newer, found) => {
    const index = new StoryIndex();
    index.add('old', 'story-old', features('ar', [], [SEAGAL, CRIMEA], 10));
    // Newer articles with the same two names and an anchor of their own: their Dice (0.8) is short of a join.
    for (let i = 0; i < newer; i++) index.add(`ar${i}`, `story-${i}`, features('ar', [A], [SEAGAL, CRIMEA], 11 + i));
    const m = index.match(features('en', [], [SEAGAL, CRIMEA], 2));
    expect(m.found ? m.story : undefined).toBe(found ? 'story-old' : undefined);
  });
});

for (const database of TEST_DATABASES) {
describe(`placeStory by names across languages (${database.name})`, () => {
  let store: Store;
  const stores = storePerTest(database, (s) => { store = s; });

  it('places a translation that shares no entity, number or date with the original, only names, after a reopen too', async () => {
    const en = await store.saveAnalysis(analysisOf(NAMES_ONLY_EN, day(0)));
    expect(await placeStory(store, en.id)).toMatchObject({ ok: true, status: 'started' });
    await stores.reopen();
    const ar = await store.saveAnalysis(analysisOf(NAMES_ONLY_AR, day(1)));
    expect(await placeStory(store, ar.id)).toMatchObject({ ok: true, status: 'joined', story: en.id, evidence: { crossLanguage: true, sharedAnchors: 3 } });
  });
});
}
