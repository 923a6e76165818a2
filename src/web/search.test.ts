import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { createApp } from './index.js';
import { ARABIC, ENGLISH, fixtureStore } from './testing/fixtures.js';

describe('search page', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: await res.text() };
  };
  const search = (p: Record<string, string>) => get(`/search?${new URLSearchParams(p)}`);
  beforeAll(async () => {
    ({ store, dispose } = await fixtureStore());
    app = createApp({ store, onError: () => {} });
  });
  afterAll(() => dispose());

  it('finds Arabic words whatever their prefixes, with highlighted snippets in the direction of each hit', async () => {
    const { status, body } = await search({ q: 'الكرملين' });
    expect(status).toBe(200);
    expect(body).toContain('<mark>الكرملين</mark>');
    expect(body).toMatch(/<p class="snippet" lang="ar" dir="rtl">[^<]*<mark>/);
    expect(body).toContain('Results 1–1');
    expect(body).toContain(`href="/articles/${ARABIC.article.id}"`);
  });

  it('filters by speaker and stance', async () => {
    expect((await search({ speaker: 'بيسكوف', stance: 'deny' })).body).toContain(`href="/articles/${ARABIC.article.id}"`);
    expect((await search({ speaker: 'بيسكوف', stance: 'accuse' })).body).toContain('No article matches');
    const envoy = (await search({ q: 'report', speaker: 'envoy' })).body;
    expect(envoy).toContain(`href="/articles/${ENGLISH.article.id}"`);
    expect(envoy).not.toContain(`href="/articles/${ARABIC.article.id}"`);
  });

  it('filters by language, outlet and date range', async () => {
    expect((await search({ q: 'report', lang: 'ar' })).body).toContain('No article matches');
    expect((await search({ q: 'report', outlet: 'Wire' })).body).toContain('Results 1–1');
    expect((await search({ from: '2024-01-01', to: '2024-12-31' })).body).toContain(`href="/articles/${ARABIC.article.id}"`);
    expect((await search({ from: '2024-01-01', to: '2024-12-31' })).body).not.toContain(`href="/articles/${ENGLISH.article.id}"`);
  });

  it('lists articles found by filters alone, newest first, without a next link on the last page', async () => {
    const body = (await search({ from: '2000-01-01' })).body;
    expect(body).toContain('Results 1–2');
    expect(body.indexOf(ARABIC.article.id)).toBeGreaterThan(body.indexOf(ENGLISH.article.id));
    expect(body).not.toContain('rel="next"');
  });

  it.each([
    ['an empty query', {}, 'Type words to look for'],
    ['only punctuation', { q: '!!! ???' }, 'hold no word to look for'],
    ['a hostile query', { q: '<script>zzqx</script>' }, 'No article matches'],
    ['a bad date', { q: 'report', from: '2024-02-31' }, 'Ignored from: is not a calendar date'],
    ['an unknown parameter', { q: 'report', evil: '1' }, 'Ignored evil: unknown parameter'],
    ['a query too long', { q: 'x'.repeat(600) }, 'Ignored q: longer than 500 characters'],
  ])('answers %s with a helpful page, not an error', async (_name, p, expected) => {
    const { status, body } = await search(p as Record<string, string>);
    expect(status).toBe(200);
    expect(body).toContain(expected);
    expect(body).not.toContain('<script>zzqx');
  });
});
