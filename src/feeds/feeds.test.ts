import { describe, expect, it } from 'vitest';
import { parseEvery } from './every.js';
import { BILLION_LAUGHS } from './fixtures.js';
import { parseFeedBytes } from './parse.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const MAX = 100_000;

describe('parsing feeds', () => {
  it('reads RSS 2.0: guid, link, title, description, content:encoded, date as ISO', () => {
    const r = parseFeedBytes(bytes(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
      <item><title>A &amp; B</title><link>https://wire.example/a</link><guid>g1</guid><description>short</description>
      <content:encoded><![CDATA[<p>full text</p>]]></content:encoded><pubDate>Mon, 14 Oct 2024 10:00:00 GMT</pubDate></item></channel></rss>`), MAX);
    expect(r).toEqual({ ok: true, feed: { format: 'rss', title: 'Wire', items: [
      { guid: 'g1', url: 'https://wire.example/a', title: 'A & B', summary: 'short', content: '<p>full text</p>', publishedAt: '2024-10-14T10:00:00.000Z' },
    ] } });
  });

  it('reads Atom: id, the alternate link, title, summary, content', () => {
    const r = parseFeedBytes(bytes(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:x</id>
      <entry><id>urn:e1</id><title>Entry</title><link rel="self" href="https://desk.example/e1.atom"/><link rel="alternate" href="https://desk.example/e1"/>
      <summary>S</summary><content type="html">&lt;p&gt;C&lt;/p&gt;</content><updated>2024-10-14T00:00:00Z</updated></entry></feed>`), MAX);
    expect(r).toMatchObject({ ok: true, feed: { format: 'atom', title: 'Desk', items: [{ guid: 'urn:e1', url: 'https://desk.example/e1', title: 'Entry', summary: 'S', content: '<p>C</p>', publishedAt: '2024-10-14T00:00:00.000Z' }] } });
  });

  it('reads JSON Feed', () => {
    const r = parseFeedBytes(bytes(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://j.example/1', title: 'One', content_text: 'text' }] })), MAX);
    expect(r).toMatchObject({ ok: true, feed: { format: 'json', title: 'J', items: [{ guid: '1', url: 'https://j.example/1', title: 'One', content: 'text' }] } });
  });

  it('reads a feed declared in windows-1256', () => {
    const head = Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>');
    const arabic = Buffer.from([0xc3, 0xe4, 0xc8, 0xc7, 0xc1]); // أنباء
    const r = parseFeedBytes(Buffer.concat([head, arabic, Buffer.from('</title></channel></rss>')]), MAX);
    expect(r).toMatchObject({ ok: true, feed: { title: 'أنباء' } });
  });

  const refusals: [string, string, string, RegExp][] = [
    ['text that is neither XML nor JSON', 'Hello, this is not a feed', 'not-a-feed', /neither XML nor JSON/],
    ['an HTML page', '<!DOCTYPE html><html><body>x</body></html>', 'not-a-feed', /HTML page/],
    ['XML that is no feed', '<?xml version="1.0"?><catalog><book/></catalog>', 'not-a-feed', /not RSS, Atom/],
    ['JSON that is no feed', '{"hello": "world"}', 'not-a-feed', /JSON, but not/],
    ['broken JSON', '{"items": [', 'malformed', /does not parse/],
    ['an entity declaration', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><rss/>', 'entities', /declares XML entities/],
    ['an external entity (XXE)', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>', 'entities', /entities/],
  ];
  for (const [name, input, reason, message] of refusals) {
    it(`refuses ${name} with a reason`, () => expect(parseFeedBytes(bytes(input), MAX)).toMatchObject({ ok: false, reason, message: expect.stringMatching(message) }));
  }

  it('refuses a billion-laughs payload without expanding it', () => {
    const heap = process.memoryUsage().heapUsed;
    expect(parseFeedBytes(bytes(BILLION_LAUGHS), MAX)).toMatchObject({ ok: false, reason: 'entities' });
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(10 * 1024 * 1024);
  });

  it('refuses a feed over the size bound before decoding it', () => {
    expect(parseFeedBytes(bytes('<rss>' + 'x'.repeat(200) + '</rss>'), 100)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('poll intervals', () => {
  const cases: [string, number | string][] = [['15m', 900], ['90s', 90], ['2h', 7200], ['1d', 86400], ['30', 1800], ['10s', 'not polite'], ['soon', 'not an interval'], ['30d', 'weekly']];
  for (const [input, expected] of cases) {
    it(`reads ${input}`, () => {
      const r = parseEvery(input);
      if (typeof expected === 'number') expect(r).toEqual({ ok: true, seconds: expected });
      else expect(r).toMatchObject({ ok: false, message: expect.stringContaining(expected) });
    });
  }
});
