import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import type { Analysis } from '../model/index.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { linksOf } from '../store/republish.js';
import { NAMES_ONLY_AR, NAMES_ONLY_EN } from './fixtures/names-only-pair.js';
import { placeRepublication } from './place.js';

const read = (p: string) => readFileSync(new URL(`../../samples/${p}`, import.meta.url), 'utf8');
function analysisOf(text: string, publishedAt?: string): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'test.txt' });
  if (!r.ok) throw new Error(r.message);
  return analyze({ ...r.article, ...(publishedAt ? { publishedAt } : {}) });
}

const ORIGINAL = read('ar/wnar-024-politics.txt');
/** The blog's republication: its own title, paragraphs reordered, a subscribe footer. */
function republished(text: string): string {
  const [, ...paras] = text.split('\n').filter((l) => l.trim());
  return ['تقرير: ما يجري في جنوب السودان', '', ...[...paras.slice(2), ...paras.slice(0, 2)].flatMap((p) => [p, '']), 'تابعونا على تويتر لمعرفة آخر الأخبار العاجلة من موقعنا'].join('\n');
}

for (const database of TEST_DATABASES) {
describe(`placeRepublication (${database.name})`, () => {
  let store: Store;
  const stores = storePerTest(database, (s) => { store = s; }, () => new Date('2024-10-15T12:00:00Z'));

  it('links a later republication to the earlier original as a near-copy, whichever is stored first', async () => {
    const copy = await store.saveAnalysis(analysisOf(republished(ORIGINAL), '2014-07-10'));
    const origin = await store.saveAnalysis(analysisOf(ORIGINAL, '2014-07-09'));
    await placeRepublication(store, copy.id);
    const r = await placeRepublication(store, origin.id);
    expect(r.ok && r.links.map((l) => [l.originId, l.copyId, l.kind])).toEqual([[origin.id, copy.id, 'near-copy']]);
    const fromCopy = await linksOf(store.db, copy.id);
    expect(fromCopy.from.map((l) => l.other.id)).toEqual([origin.id]);
    expect(fromCopy.from[0].evidence).toMatchObject({ titleChanged: true, reordered: true });
    expect((await linksOf(store.db, origin.id)).to.map((l) => l.other.id)).toEqual([copy.id]);
  });

  it('links the tico-wikinews-1 Arabic text to its English original as a translation', async () => {
    const en = await store.saveAnalysis(analysisOf(read('pairs/tico-wikinews-1.en.txt'), '2020-03-20'));
    const ar = await store.saveAnalysis(analysisOf(read('pairs/tico-wikinews-1.ar.txt'), '2020-03-22'));
    await placeRepublication(store, en.id);
    const r = await placeRepublication(store, ar.id);
    expect(r.ok && r.links.map((l) => [l.originId, l.copyId, l.kind])).toEqual([[en.id, ar.id, 'translation']]);
  });

  it('links a translation found by unlinked names alone (no shared entity, number or date), after a reopen too', async () => {
    const en = await store.saveAnalysis(analysisOf(NAMES_ONLY_EN, '2024-03-01'));
    await placeRepublication(store, en.id);
    await stores.reopen();
    const ar = await store.saveAnalysis(analysisOf(NAMES_ONLY_AR, '2024-03-02'));
    const r = await placeRepublication(store, ar.id);
    expect(r.ok && r.links.map((l) => [l.originId, l.copyId, l.kind])).toEqual([[en.id, ar.id, 'translation']]);
  });

  it('links nothing between two different articles on one topic', async () => {
    const a = await store.saveAnalysis(analysisOf(read('ar/wnar-023-politics.txt')));
    const b = await store.saveAnalysis(analysisOf(read('ar/wnar-026-politics.txt')));
    await placeRepublication(store, a.id);
    const r = await placeRepublication(store, b.id);
    expect(r.ok && r.links).toEqual([]);
    expect(await linksOf(store.db, b.id)).toEqual({ from: [], to: [] });
  });

  it('places an article once, and a reopened store rebuilds its index from the signature table', async () => {
    const origin = await store.saveAnalysis(analysisOf(ORIGINAL, '2014-07-09'));
    await placeRepublication(store, origin.id);
    expect(await placeRepublication(store, origin.id)).toMatchObject({ ok: true, status: 'already-placed' });
    await stores.reopen();
    const copy = await store.saveAnalysis(analysisOf(republished(ORIGINAL), '2014-07-10'));
    const r = await placeRepublication(store, copy.id);
    expect(r.ok && r.links.map((l) => l.originId)).toEqual([origin.id]);
  });

  it('says why when the article is not stored', async () => {
    expect(await placeRepublication(store, 'nope')).toEqual({ ok: false, articleId: 'nope', reason: 'not-found' });
  });
});
}
