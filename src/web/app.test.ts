import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import type { Analysis, Article } from '../model/index.js';
import { openStore, type Store } from '../store/index.js';
import { createApp } from './index.js';

function analysisOf(text: string, patch: Partial<Article> = {}): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'web-test.txt' });
  if (!r.ok) throw new Error(r.message);
  const a = analyze({ ...r.article, ...patch });
  return { ...a, entities: [], statements: [] };
}

const ARABIC = analysisOf('نفي في الكرملين\nنفى المتحدث باسم الكرملين دميتري بيسكوف التكهنات بأن الجيش الكوري الشمالي يشارك في القتال.', {
  removed: [{ text: 'اشترك للحصول على أحدث التدوينات', reason: 'subscribe' }],
  outlet: 'RT World News',
});
const ARABIC_WITH_STATEMENT: Analysis = {
  ...ARABIC,
  statements: [{
    speaker: { text: 'دميتري بيسكوف' },
    cue: { start: 16, end: 19, text: 'نفى' },
    stance: 'deny',
    content: { start: 60, end: 80, text: 'الجيش الكوري الشمالي يشارك' },
    direct: false,
    targets: [],
    rule: 'test',
    sentence: 0,
  }],
};
const HOSTILE = analysisOf('Breaking <script>alert(1)</script> news\nA paragraph with <b>markup</b> & an ampersand.', { url: 'javascript:alert(1)' });

describe('web', () => {
  let dir: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-web-'));
    store = await openStore({ path: join(dir, 'isnad.db') });
    await store.saveAnalysis(ARABIC_WITH_STATEMENT);
    await store.saveAnalysis(HOSTILE);
    app = createApp({ store, onError: () => {} });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists stored articles with their title in their own language and direction', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const body = await res.text();
    expect(body).toMatch(/^<!doctype html>/);
    expect(body).toContain(`<a class="title" href="/articles/${ARABIC.article.id}" lang="ar" dir="rtl">نفي في الكرملين</a>`);
    expect(body).toContain('<span lang="ar" dir="auto">RT World News</span> · Arabic');
  });

  it('shows an Arabic article with dir="rtl" lang="ar" on its paragraphs, removed lines collapsed', async () => {
    const res = await app.request(`/articles/${ARABIC.article.id}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('<h1 lang="ar" dir="rtl">نفي في الكرملين</h1>');
    expect(body).toContain('<p lang="ar" dir="rtl">نفى المتحدث باسم الكرملين');
    expect(body).toMatch(/<details><summary>Removed lines \(1\)[^<]*<\/summary><ul><li><span class="reason" lang="en" dir="ltr">subscribe<\/span> <span lang="ar" dir="rtl">اشترك/);
  });

  it('lists statements as speaker, a stance word, content', async () => {
    const body = await (await app.request(`/articles/${ARABIC.article.id}`)).text();
    expect(body).toContain('<span class="speaker" lang="ar" dir="rtl">دميتري بيسكوف</span>');
    expect(body).toContain('<span class="stance stance-deny" lang="en" dir="ltr">denies</span>');
    expect(body).toContain('<span lang="ar" dir="rtl">الجيش الكوري الشمالي يشارك</span>');
  });

  it('escapes article text: a <script> in a title is shown, not run', async () => {
    const body = await (await app.request(`/articles/${HOSTILE.article.id}`)).text();
    expect(body).not.toContain('<script>');
    expect(body).toContain('Breaking &lt;script&gt;alert(1)&lt;/script&gt; news');
    expect(body).toContain('&lt;b&gt;markup&lt;/b&gt; &amp; an ampersand');
    expect(body).not.toContain('javascript:');
    const list = await (await app.request('/')).text();
    expect(list).not.toContain('<script>');
  });

  it('searches with highlighted snippets in the text direction of each hit', async () => {
    const res = await app.request(`/search?q=${encodeURIComponent('الكرملين')}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('<mark>الكرملين</mark>');
    expect(body).toMatch(/<p lang="ar" dir="rtl">[^<]*<mark>/);
    expect(body).toContain('1 article');
  });

  it('escapes a hostile query and says when nothing matches', async () => {
    const body = await (await app.request(`/search?q=${encodeURIComponent('<script>x</script>')}`)).text();
    expect(body).not.toContain('<script>x');
    expect(body).toContain('No article matches every word.');
  });

  it('pages the list with a cursor link', async () => {
    const paged = createApp({ store, pageSize: 1 });
    const first = await (await paged.request('/')).text();
    const next = first.match(/href="(\/\?cursor=[^"]+)"/)?.[1];
    expect(next).toBeDefined();
    const second = await (await paged.request(next!.replaceAll('&amp;', '&'))).text();
    expect(second).toContain('نفي في الكرملين');
    expect(second).not.toContain('cursor=');
  });

  it('answers 404 for an unknown article or page', async () => {
    expect((await app.request('/articles/nope')).status).toBe(404);
    expect((await app.request('/nowhere')).status).toBe(404);
  });

  it('sends a content security policy that forbids scripts', async () => {
    const res = await app.request('/');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
