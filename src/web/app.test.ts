import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { createApp } from './index.js';
import { ARABIC, ENGLISH, HOSTILE, fixtureStore } from './testing/fixtures.js';

describe('web pages', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: await res.text(), headers: res.headers };
  };
  beforeAll(async () => {
    ({ store, dispose } = await fixtureStore());
    app = createApp({ store, onError: () => {}, publicUrl: 'https://isnad.example' });
  });
  afterAll(() => dispose());

  it('lists stored articles with their title in their own language and direction', async () => {
    const { status, body, headers } = await get('/');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/text\/html/);
    expect(body).toMatch(/^<!doctype html>/);
    expect(body).toContain(`<a class="title" href="/articles/${ARABIC.article.id}" lang="ar" dir="rtl">نفي في الكرملين</a>`);
    expect(body).toContain('<a href="/outlets/RT%20World%20News" dir="auto">RT World News</a> · Arabic');
  });

  it('filters the list by language and by outlet', async () => {
    const ar = (await get('/?lang=ar')).body;
    expect(ar).toContain('نفي في الكرملين');
    expect(ar).not.toContain('Envoy rejects report');
    const wire = (await get('/?outlet=Wire')).body;
    expect(wire).toContain('Envoy rejects report');
    expect(wire).not.toContain('نفي في الكرملين');
    expect(wire).toContain('<option value="Wire" selected="" dir="auto">Wire (1)</option>');
  });

  it('says which filter it ignored instead of failing', async () => {
    const { status, body } = await get('/?lang=xx');
    expect(status).toBe(200);
    expect(body).toContain('Ignored lang: must be one of');
  });

  it('shows an Arabic article with dir="rtl" lang="ar" on its title and paragraphs, removed lines collapsed', async () => {
    const { status, body } = await get(`/articles/${ARABIC.article.id}`);
    expect(status).toBe(200);
    expect(body).toContain('<h1 lang="ar" dir="rtl">نفي في الكرملين</h1>');
    expect(body).toMatch(/<p class="para" lang="ar" dir="rtl">نفى المتحدث باسم الكرملين/);
    expect(body).toMatch(/<details><summary>Removed lines \(1\)[^<]*<\/summary><ul><li><span class="reason" lang="en" dir="ltr">subscribe<\/span> <span lang="ar" dir="rtl">اشترك/);
  });

  it('marks each statement in place with its stance as data, a title and a visible word', async () => {
    const body = (await get(`/articles/${ARABIC.article.id}`)).body;
    expect(body).toMatch(/<mark class="st stance-deny" data-stance="deny" data-statement="0" id="s-0" title="دميتري بيسكوف — denies">الجيش <a class="entity" href="\/entities\/country%3AKP"[^>]*>الكوري الشمالي<\/a> يشارك<\/mark><sup class="tag stance-deny" lang="en" dir="ltr"><a href="#statement-0"[^>]*>denies<\/a><\/sup>/);
  });

  it('links entity mentions in the text and the speaker in the statement list to entity pages', async () => {
    const body = (await get(`/articles/${ARABIC.article.id}`)).body;
    expect(body).toContain('<a class="entity" href="/entities/person%3Apeskov" title="دميتري بيسكوف (person)">دميتري بيسكوف</a>');
    expect(body).toContain('<a href="/entities/person%3Apeskov"><span class="speaker" lang="ar" dir="rtl">دميتري بيسكوف</span></a>');
    expect(body).toContain('<span class="stance stance-deny" lang="en" dir="ltr">denies</span>');
  });

  it('shows the outlet line and an English article left to right', async () => {
    const body = (await get(`/articles/${ENGLISH.article.id}`)).body;
    expect(body).toContain('<h1 lang="en" dir="ltr">Envoy rejects report</h1>');
    expect(body).toMatch(/<p class="meta byline"><bdi lang="en">Wire<\/bdi> · <time datetime="2020-01-11">2020-01-11<\/time> · English/);
    // What extraction noted is shown at the foot.
    expect(body).toContain('<li>Note: <bdi>publication date 2020-01-11 taken from the file name: the text gives none</bdi></li>');
    // Unknown parts leave no stray separator: the hostile article has no date.
    const hostile = (await get(`/articles/${HOSTILE.article.id}`)).body;
    expect(hostile).toMatch(/<p class="meta byline"><bdi lang="en">&lt;i&gt;Outlet&lt;\/i&gt;<\/bdi> · English<\/p>/);
  });

  it('gives every page a canonical URL, Open Graph and Twitter metadata and share links', async () => {
    const body = (await get(`/articles/${ARABIC.article.id}`)).body;
    const url = `https://isnad.example/articles/${ARABIC.article.id}`;
    const enc = encodeURIComponent(url);
    expect(body).toContain(`<link rel="canonical" href="${url}"/>`);
    expect(body).toContain(`<meta property="og:url" content="${url}"/>`);
    expect(body).toContain('<meta property="og:title" content="نفي في الكرملين"/>');
    expect(body).toContain('<meta property="og:type" content="article"/>');
    expect(body).toContain('<meta name="twitter:card" content="summary"/>');
    expect(body).toContain(`<input id="share-url" type="url" readonly="" value="${url}" dir="ltr"/>`);
    for (const share of [`https://x.com/intent/post?url=${enc}`, `https://www.facebook.com/sharer/sharer.php?u=${enc}`, `https://t.me/share/url?url=${enc}`, 'https://wa.me/?text=', 'mailto:?subject=']) {
      expect(body).toContain(`href="${share}`);
    }
  });

  it('shows an entity with its names in each language and its statements', async () => {
    const { status, body } = await get('/entities/person%3Apeskov');
    expect(status).toBe(200);
    expect(body).toContain('<dd lang="ar" dir="rtl">دميتري بيسكوف</dd>');
    expect(body).toContain('<dd lang="en" dir="ltr">Dmitry Peskov</dd>');
    expect(body).toMatch(/Statements by <bdi>دميتري بيسكوف<\/bdi><\/h2><ol class="statements"><li data-stance="deny" lang="ar" dir="rtl">/);
    expect(body).toContain('<link rel="alternate" type="application/atom+xml"');
    const about = (await get('/entities/country%3AKP')).body;
    expect(about).toMatch(/Statements about <bdi>كوريا الشمالية<\/bdi><\/h2><ol class="statements"><li data-stance="deny" lang="ar" dir="rtl">/);
    expect(about).toContain('No statement attributed to it yet.');
  });

  it('escapes article text: markup in a title, body and outlet is shown, not run', async () => {
    const body = (await get(`/articles/${HOSTILE.article.id}`)).body;
    expect(body).not.toMatch(/<script>|<img|<b>|<i>|<\/textarea>/);
    expect(body).toContain('Breaking &lt;script&gt;alert(1)&lt;/script&gt; news');
    expect(body).toContain('&lt;b&gt;markup&lt;/b&gt; &amp; an &lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toContain('javascript:');
    expect((await get('/')).body).not.toMatch(/<script>|<img/);
  });

  it('answers 404 pages for an unknown article, entity or page', async () => {
    for (const p of ['/articles/nope', '/entities/nope', '/nowhere']) expect((await get(p)).status, p).toBe(404);
  });

  it('sends a content security policy that allows only its own script and style', async () => {
    const csp = (await get('/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const js = await app.request('/static/app.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await app.request('/static/style.css')).status).toBe(200);
  });

  it('sends the security headers on pages, 404s, feeds, the API and static files alike', async () => {
    for (const p of ['/', '/nowhere', '/articles/nope', '/search?q=x', '/api/v1/articles', '/static/style.css', '/entities/person:peskov/feed.atom']) {
      const h = (await get(p)).headers;
      expect(h.get('content-security-policy'), p).toContain("frame-ancestors 'none'");
      expect(h.get('x-content-type-options'), p).toBe('nosniff');
      expect(h.get('referrer-policy'), p).toBe('no-referrer');
    }
  });

  it('pages the list with a cursor link', async () => {
    const paged = createApp({ store, pageSize: 1 });
    const first = await (await paged.request('/')).text();
    const next = first.match(/href="(\/\?cursor=[^"]+)"/)?.[1];
    expect(next).toBeDefined();
    const second = await (await paged.request(next!.replaceAll('&amp;', '&'))).text();
    expect(second).toContain('Envoy rejects report');
  });
});
