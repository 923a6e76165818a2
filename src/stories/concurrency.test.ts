import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import type { Analysis } from '../model/index.js';
import type { Store } from '../store/index.js';
import { storiesDb } from '../store/stories.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { placeStory } from './place.js';

// Two processes (here: two connections to one database) placing articles at once must end as one
// process placing them one after the other would: one story for one event, one member row an article.

const read = (p: string) => readFileSync(new URL(`../../samples/${p}`, import.meta.url), 'utf8');
function analysisOf(text: string, publishedAt: string): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'test.txt' });
  if (!r.ok) throw new Error(r.message);
  return analyze({ ...r.article, publishedAt });
}
const SOUTH_SUDAN = read('ar/wnar-024-politics.txt');
/** The same event by another outlet: its own headline and lead, some of the wire's paragraphs, reordered. */
function rewrite(text: string): string {
  const [, ...paras] = text.split('\n').filter((l) => l.trim());
  return ['جوبا تحيي ذكرى الاستقلال في ظل أزمة', '', 'أحيت جنوب السودان ذكرى استقلالها في أجواء صعبة.', '', ...[paras[3], paras[1], paras[2], paras[5]].flatMap((p) => [p, ''])].join('\n');
}

for (const database of TEST_DATABASES) {
describe(`story placement from two connections at once (${database.name})`, () => {
  let one: Store;
  let two: Store;
  const stores = storePerTest(database, (s) => { one = s; });
  beforeEach(async () => {
    two = await stores.another();
  });

  it('two articles of one event placed at once end in one story', async () => {
    const a = await one.saveAnalysis(analysisOf(SOUTH_SUDAN, '2014-07-09'));
    const b = await one.saveAnalysis(analysisOf(rewrite(SOUTH_SUDAN), '2014-07-10'));
    const results = await Promise.all([placeStory(one, a.id), placeStory(two, b.id)]);
    const stories = new Set(results.map((r) => (r.ok ? r.story : undefined)));
    expect(stories.size).toBe(1);
    expect(results.map((r) => (r.ok ? r.status : r.reason)).sort()).toEqual(['joined', 'started']);
    const rows = await storiesDb(one.db).selectFrom('stories').select(['id', 'size']).execute();
    expect(rows).toEqual([{ id: [...stories][0], size: 2 }]);
  });

  it('one article placed by both at once is a member once', async () => {
    const a = await one.saveAnalysis(analysisOf(SOUTH_SUDAN, '2014-07-09'));
    const results = await Promise.all([placeStory(one, a.id), placeStory(two, a.id)]);
    expect(results.map((r) => (r.ok ? r.status : r.reason)).sort()).toEqual(['already-placed', 'started']);
    const members = await storiesDb(one.db).selectFrom('story_members').select('article_id').execute();
    expect(members).toEqual([{ article_id: a.id }]);
    expect(await storiesDb(two.db).selectFrom('stories').select('size').execute()).toEqual([{ size: 1 }]);
  });
});
}
