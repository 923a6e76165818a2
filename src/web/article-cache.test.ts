import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { createApp } from './index.js';
import { analysisOf, ENGLISH, fixtureStore } from './testing/fixtures.js';

// Article pages are kept in memory per process while the store is unchanged, and made again as soon
// as this process or another one writes (the search pages' invalidation, src/store/web-cache.ts).

describe('article pages kept in memory', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let reads = 0;
  beforeAll(async () => {
    ({ store, dispose } = await fixtureStore());
    const getArticle = store.getArticle.bind(store);
    store.getArticle = (id) => { reads++; return getArticle(id); };
  });
  afterAll(() => dispose());

  const path = `/articles/${ENGLISH.article.id}`;

  it('serves the same page again without reading the store, per origin, until another process writes', async () => {
    const app = createApp({ store, onError: (e) => { throw e; } });
    const first = await (await app.request(path)).text();
    const before = reads;
    expect(await (await app.request(path)).text()).toBe(first);
    expect(reads).toBe(before);
    // The canonical URL holds the request's origin: another origin is another page.
    expect(await (await app.request(`http://other.example${path}`)).text()).toContain('href="http://other.example/articles/');
    expect(reads).toBe(before + 1);

    const other = await openStore({ path: store.path });
    try {
      await other.saveAnalysis(analysisOf('Grain deal extended\nThe grain corridor stays open, officials said.', { outlet: 'Wire' }));
    } finally {
      await other.close();
    }
    expect(await (await app.request(path)).text()).toBe(first);
    expect(reads).toBe(before + 2);
  });

  it('reads the store every time with the cache off, and answers an unknown article with 404 each time', async () => {
    const app = createApp({ store, cache: false, onError: (e) => { throw e; } });
    const before = reads;
    await app.request(path);
    await app.request(path);
    expect(reads).toBe(before + 2);
    const cached = createApp({ store, onError: (e) => { throw e; } });
    expect((await cached.request('/articles/nope')).status).toBe(404);
    expect((await cached.request('/articles/nope')).status).toBe(404);
  });
});
