import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { atomXml, xmlEscape } from './feeds/atom.js';
import { createApp } from './index.js';
import { ARABIC, fixtureStore } from './testing/fixtures.js';

describe('Atom feeds', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    ({ store, dispose } = await fixtureStore());
    app = createApp({ store, publicUrl: 'https://isnad.example' });
  });
  afterAll(() => dispose());

  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlEscape('a <b> & "c" \'d\' \u0001e\uD800')).toBe('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; e');
    const xml = atomXml({ id: 'x', title: '</title><script>', self: 'https://s/?a=1&b=2', alternate: 'https://s/', updated: '2024-10-16T08:00:00.000Z', entries: [] });
    expect(xml).toContain('<title>&lt;/title&gt;&lt;script&gt;</title>');
    expect(xml).toContain('href="https://s/?a=1&amp;b=2"');
  });

  it('serves the statements by and about an entity, one entry each, with absolute links', async () => {
    const res = await app.request('/entities/person%3Apeskov/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const entries = doc.querySelectorAll('entry');
    expect(entries.length).toBe(1);
    expect(entries[0].getAttribute('xml:lang')).toBe('ar');
    expect(entries[0].querySelector('title')?.textContent).toBe('دميتري بيسكوف denies: الجيش الكوري الشمالي يشارك');
    expect(entries[0].querySelector('link')?.getAttribute('href')).toBe(`https://isnad.example/articles/${ARABIC.article.id}#s-0`);
    expect(entries[0].querySelector('updated')?.textContent).toBe('2024-10-16T08:00:00.000Z');
    expect(entries[0].querySelector('published')?.textContent).toBe('2024-10-15T00:00:00.000Z');
  });

  it('serves a search as a feed of articles, markup in titles escaped', async () => {
    const xml = await (await app.request('/search/feed.atom?q=script')).text();
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<title>Breaking &lt;script&gt;alert(1)&lt;/script&gt; news</title>');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelectorAll('entry').length).toBe(1);
  });

  it('answers 400 for a search feed without words and 404 for an unknown entity', async () => {
    expect((await app.request('/search/feed.atom')).status).toBe(400);
    expect((await app.request('/search/feed.atom?lang=zz&q=a')).status).toBe(400);
    expect((await app.request('/entities/nobody/feed.atom')).status).toBe(404);
  });
});
