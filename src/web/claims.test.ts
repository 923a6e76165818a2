import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { getStory } from '../store/web-stories.js';
import { createApp } from './index.js';
import { jsonLdText } from './jsonld.js';
import { addClaimsFixture, CLAIM_ID, CLAIM_TITLE } from './testing/claims-fixture.js';
import { conforms } from './testing/contract.js';
import { ARABIC, ENGLISH, HOSTILE, fixtureStore } from './testing/fixtures.js';

const CLAIM = `/claims/${encodeURIComponent(CLAIM_ID)}`;
const xml = (s: string) => new DOMParser().parseFromString(s, 'text/xml');

describe('claims, stories and republication on the web', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
  };
  const api = async (template: string, url: string) => {
    const res = await app.request(url);
    const body = await res.json();
    expect(conforms(template, 'get', res.status, body), url).toEqual([]);
    return { status: res.status, body: body as any };
  };
  beforeAll(async () => {
    ({ store, dispose } = await fixtureStore());
    await addClaimsFixture(store);
    app = createApp({ store, onError: (e) => { throw e; }, publicUrl: 'https://isnad.example', now: () => new Date('2024-10-16T08:00:00Z') });
  });
  afterAll(() => dispose());

  it('shows a claim: its timeline in time order, each entry linked to its sentence, and the count by position', async () => {
    const { status, body } = await get(CLAIM);
    expect(status).toBe(200);
    const items = [...body.matchAll(/<li data-position="(\w+)" data-stance="(\w+)">/g)].map((m) => m[1]);
    expect(items).toEqual(['for', 'against']);
    expect(body).toContain(`href="/articles/${ARABIC.article.id}#s-0"`);
    expect(body).toContain('<blockquote lang="ar" dir="rtl">');
    expect(body).toMatch(/data-position="for">1 for<\/span><span[^>]*data-position="against">1 against<\/span><span[^>]*data-position="unsure">0 unsure/);
  });

  it('embeds ClaimReview JSON-LD that a quote cannot break out of', async () => {
    const { body } = await get(CLAIM);
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
    expect(m).not.toBeNull();
    const data = JSON.parse(m![1]);
    expect(data['@type']).toBe('ClaimReview');
    expect(data.claimReviewed).toBe(CLAIM_TITLE);
    expect(data.datePublished).toBe('2024-10-16');
    expect(m![1]).not.toContain('<');
    expect(jsonLdText({ a: '</script>&\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028"}');
  });

  it('marks each statement in the article with the anchor the claim links to', async () => {
    expect((await get(`/articles/${ARABIC.article.id}`)).body).toMatch(/<mark [^>]*id="s-0"/);
  });

  it('lists claims, and answers 404 for an unknown one', async () => {
    expect((await get('/claims')).body).toContain(`href="${CLAIM.replace(/%3A/g, '%3A')}"`);
    expect((await get('/claims?all=1')).body).toContain(`href="${CLAIM.replace(/%3A/g, '%3A')}"`);
    expect((await get('/claims/nope')).status).toBe(404);
  });

  it('shows a story: its articles, its claims, and a related story sharing a claim', async () => {
    const { status, body } = await get(`/stories/${ARABIC.article.id}`);
    expect(status).toBe(200);
    expect(body).toContain(`href="/articles/${HOSTILE.article.id}"`);
    expect(body).toContain('More on this story');
    expect(body).toContain(`href="${CLAIM}"`);
    expect(body).toMatch(new RegExp(`Discover more[\\s\\S]*href="/stories/${ENGLISH.article.id}"`));
    expect((await get('/stories/nope')).status).toBe(404);
  });

  it('pages a story\'s articles and the list of stories', async () => {
    const paged = createApp({ store, pageSize: 1 });
    const one = async (path: string) => (await paged.request(path)).text();
    const story = `/stories/${ARABIC.article.id}`;
    const { body: first } = await get(story);
    expect(first).toContain('2 articles');
    expect(first).not.toContain('rel="next"');
    // A story of more articles than a page: the route's page size is fixed, so page the store's view directly.
    const p1 = await getStory(store.db, ARABIC.article.id, { limit: 1 });
    expect(p1?.members.map((m) => m.articleId)).toEqual([ARABIC.article.id]);
    expect(p1?.nextOffset).toBe(1);
    const p2 = await getStory(store.db, ARABIC.article.id, { limit: 1, offset: 1 });
    expect(p2?.members.map((m) => m.articleId)).toEqual([HOSTILE.article.id]);
    expect(p2?.nextOffset).toBeUndefined();
    const second = (await get(`${story}?cursor=1`)).body;
    expect(second).toContain('Articles 2–2 of 2');
    expect(second).toContain(`href="/articles/${HOSTILE.article.id}"`);
    expect(second).not.toContain(`<a class="title" href="/articles/${ARABIC.article.id}"`);
    expect(second).toContain(`rel="prev" href="${story}"`);
    // The list of stories, one a page here.
    const list = await one('/stories');
    const next = list.match(/rel="next" href="(\/stories\?cursor=\d+)"/)?.[1];
    expect(next).toBe('/stories?cursor=1');
    expect(await one(next!)).toContain('href="/stories/');
    expect((await get('/')).body).toContain('href="/stories"');
  });

  it('says on an article where it was translated from, and which story it is in', async () => {
    const copy = (await get(`/articles/${HOSTILE.article.id}`)).body;
    expect(copy).toMatch(/translated from <a href="\/articles\/[^"]+"[^>]*><bdi lang="ar">RT World News<\/bdi><\/a>, published a day earlier/);
    expect(copy).toContain(`href="/stories/${ARABIC.article.id}"`);
    const origin = (await get(`/articles/${ARABIC.article.id}`)).body;
    expect(origin).toMatch(/translated by <a href="\/articles\/[^"]+"/);
  });

  it('shows the latest stories and the most active claims on the home page', async () => {
    const { body } = await get('/');
    expect(body).toContain('Most active claims');
    expect(body).toContain(`href="${CLAIM}"`);
    expect(body).toContain(`href="/stories/${ARABIC.article.id}"`);
  });

  it('serves Atom and RSS feeds of a claim, a story, an entity and a search, all well-formed', async () => {
    for (const page of [CLAIM, `/stories/${ARABIC.article.id}`, '/entities/person%3Apeskov', '/search']) {
      for (const format of ['atom', 'rss']) {
        const url = page === '/search' ? `/search/feed.${format}?q=${encodeURIComponent('بيسكوف')}` : `${page}/feed.${format}`;
        const { status, body, type } = await get(url);
        expect(status, url).toBe(200);
        expect(type).toContain(format === 'atom' ? 'application/atom+xml' : 'application/rss+xml');
        const doc = xml(body);
        expect(doc.querySelector('parsererror'), url).toBeNull();
        const entries = [...doc.querySelectorAll(format === 'atom' ? 'entry' : 'item')];
        expect(entries.length, url).toBeGreaterThan(0);
      }
    }
    const claim = xml((await get(`${CLAIM}/feed.rss`)).body);
    expect([...claim.querySelectorAll('item link')].map((l) => l.textContent)).toEqual([
      `https://isnad.example/articles/${ARABIC.article.id}#s-0`, `https://isnad.example/articles/${ENGLISH.article.id}#s-0`,
    ]);
    expect((await get('/claims/nope/feed.rss')).status).toBe(404);
  });

  it('links the Atom and RSS feeds of claim, story, entity and search pages from their head, and each link is served', async () => {
    const search = `/search?q=${encodeURIComponent('بيسكوف')}`;
    for (const page of [CLAIM, `/stories/${ARABIC.article.id}`, '/entities/person%3Apeskov', search]) {
      const doc = new DOMParser().parseFromString((await get(page)).body, 'text/html');
      const links = [...doc.querySelectorAll('head link[rel=alternate]')].map((l) => [l.getAttribute('type'), l.getAttribute('href')] as const);
      expect(links.map(([type]) => type), page).toEqual(['application/atom+xml', 'application/rss+xml']);
      for (const [type, href] of links) {
        const res = await get(href!.replaceAll('&amp;', '&'));
        expect(res.status, href!).toBe(200);
        expect(res.type).toContain(type!);
      }
    }
    // A page of results links the feed of the search itself, not of that page.
    const paged = new DOMParser().parseFromString((await get(`${search}&cursor=20`)).body, 'text/html');
    expect(paged.querySelector('head link[rel=alternate]')?.getAttribute('href')).toBe(`/search/feed.atom?q=${encodeURIComponent('بيسكوف')}`);
    // Pages that are not a feed's have none.
    expect((await get('/')).body).not.toContain('rel="alternate"');
  });

  it('serves claims and stories in the API, as documented', async () => {
    const list = await api('/api/v1/claims', '/api/v1/claims?limit=1');
    expect(list.body.items.map((c: any) => c.id)).toEqual([CLAIM_ID]);
    expect(list.body.items[0].positions).toEqual({ for: 1, against: 1, unsure: 0 });
    const one = await api('/api/v1/claims/{id}', `/api/v1${CLAIM}`);
    expect(one.body.timeline.map((e: any) => e.position)).toEqual(['for', 'against']);
    expect((await api('/api/v1/claims/{id}', '/api/v1/claims/nope')).status).toBe(404);
    expect((await api('/api/v1/claims', '/api/v1/claims?cursor=x')).status).toBe(400);
    const story = await api('/api/v1/stories/{id}', `/api/v1/stories/${ARABIC.article.id}`);
    expect(story.body.members).toHaveLength(2);
    expect((await api('/api/v1/stories/{id}', '/api/v1/stories/nope')).status).toBe(404);
  });

  it('lists stories in the API by pages with a cursor, each linked to its page', async () => {
    const all = await api('/api/v1/stories', '/api/v1/stories');
    expect(all.body.items.length).toBeGreaterThan(1);
    expect(all.body.nextCursor).toBeUndefined();
    const top = all.body.items[0];
    expect(top.url).toBe(`https://isnad.example/stories/${encodeURIComponent(top.id)}`);
    const first = await api('/api/v1/stories', '/api/v1/stories?limit=1');
    expect(first.body.items).toEqual([top]);
    const second = await api('/api/v1/stories', `/api/v1/stories?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toEqual([all.body.items[1]]);
    expect((await api('/api/v1/stories/{id}', `/api/v1/stories/${encodeURIComponent(top.id)}`)).body).toMatchObject({ id: top.id, size: top.size });
    expect((await api('/api/v1/stories', '/api/v1/stories?cursor=1.2')).body.error.field).toBe('cursor');
    expect((await api('/api/v1/stories', '/api/v1/stories?lang=ar')).body.error.field).toBe('lang');
  });
});
