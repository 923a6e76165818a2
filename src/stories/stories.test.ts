import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import type { Analysis } from '../model/index.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { storyOfArticle } from '../store/stories.js';
import { contentKey, storyFeatures } from './features.js';
import { placeStory } from './place.js';
import { StoryIndex } from './story-index.js';

const read = (p: string) => readFileSync(new URL(`../../samples/${p}`, import.meta.url), 'utf8');
function analysisOf(text: string, publishedAt: string): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'test.txt' });
  if (!r.ok) throw new Error(r.message);
  return analyze({ ...r.article, publishedAt });
}
const featuresOf = (a: Analysis) => storyFeatures(a, a.article.publishedAt!);

const SOUTH_SUDAN = read('ar/wnar-024-politics.txt');
/** Another outlet's take on the same event: its own headline and lead, the wire's paragraphs in part, reordered. */
function rewrite(text: string): string {
  const [, ...paras] = text.split('\n').filter((l) => l.trim());
  return ['جوبا تحيي ذكرى الاستقلال في ظل أزمة', '', 'أحيت جنوب السودان ذكرى استقلالها في أجواء صعبة.', '', ...[paras[3], paras[1], paras[2], paras[5]].flatMap((p) => [p, ''])].join('\n');
}

describe('StoryIndex', () => {
  const cases: { name: string; other: () => Analysis; same: boolean }[] = [
    { name: 'puts a rewrite of the same event by another outlet, a day later, in its story', other: () => analysisOf(rewrite(SOUTH_SUDAN), '2014-07-10'), same: true },
    { name: 'does not put a different article on the same topic in the story', other: () => analysisOf(read('ar/wnar-023-politics.txt'), '2014-07-09'), same: false },
    { name: 'does not reach beyond the window: the same event text ten days later starts a new story', other: () => analysisOf(rewrite(SOUTH_SUDAN), '2014-07-19'), same: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const index = new StoryIndex();
      index.add('origin', 'story-1', featuresOf(analysisOf(SOUTH_SUDAN, '2014-07-09')));
      const m = index.match(featuresOf(c.other()));
      expect(m.found).toBe(c.same);
      if (m.found) expect(m).toMatchObject({ story: 'story-1', evidence: { nearest: 'origin' } });
    });
  }

  it('reports its size: a lone article under 1.5 KB; one whose keys are in the table already adds under 640 bytes', () => {
    // A lone article pays a table slot (16 bytes) for each key of its own: bands, anchors and names; at scale the
    // keys are shared and the bench (bench/stories.ts) measures what an article costs among 100,000 (target < 1 KB).
    const index = new StoryIndex();
    const f = featuresOf(analysisOf(SOUTH_SUDAN, '2014-07-09'));
    index.add('a', 's', f);
    expect(index.bytes).toBeGreaterThan(0);
    expect(index.bytes).toBeLessThan(1536);
    const alone = index.bytes;
    index.add('b', 's', f);
    expect(index.bytes - alone).toBeLessThan(640);
  });

  it('strips the conjunction and the article from content words', () => {
    expect(['والرئيس', 'الرئيس', 'فالرئيس', 'رئيس'].map(contentKey)).toEqual(['رئيس', 'رئيس', 'رئيس', 'رئيس']);
  });
});

for (const database of TEST_DATABASES) {
describe(`placeStory (${database.name})`, () => {
  let store: Store;
  const stores = storePerTest(database, (s) => { store = s; });

  it('starts a story with the first article, adds the rewrite to it, and keeps an unrelated article apart', async () => {
    const a = await store.saveAnalysis(analysisOf(SOUTH_SUDAN, '2014-07-09'));
    const b = await store.saveAnalysis(analysisOf(rewrite(SOUTH_SUDAN), '2014-07-10'));
    const c = await store.saveAnalysis(analysisOf(read('ar/wnar-023-politics.txt'), '2014-07-09'));
    expect(await placeStory(store, a.id)).toMatchObject({ ok: true, status: 'started', story: a.id });
    expect(await placeStory(store, b.id)).toMatchObject({ ok: true, status: 'joined', story: a.id });
    expect(await placeStory(store, c.id)).toMatchObject({ ok: true, status: 'started', story: c.id });
    const story = await storyOfArticle(store.db, b.id);
    expect(story).toMatchObject({ id: a.id, size: 2, firstDay: '2014-07-09', lastDay: '2014-07-10' });
    expect(story?.members.map((m) => m.articleId)).toEqual([a.id, b.id]);
  });

  it('places an article once, and a reopened store finds its stories again', async () => {
    const a = await store.saveAnalysis(analysisOf(SOUTH_SUDAN, '2014-07-09'));
    await placeStory(store, a.id);
    expect(await placeStory(store, a.id)).toMatchObject({ status: 'already-placed', story: a.id });
    await stores.reopen();
    const b = await store.saveAnalysis(analysisOf(rewrite(SOUTH_SUDAN), '2014-07-10'));
    expect(await placeStory(store, b.id)).toMatchObject({ status: 'joined', story: a.id });
  });
});
}
