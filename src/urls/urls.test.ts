import { describe, expect, it } from 'vitest';
import { canonicalUrl, isProxyUrl } from './index.js';

const cases: [string, string, string | undefined][] = [
  ['lower-cases the host and drops the default port', 'HTTPS://News.Example.COM:443/World/Story', 'https://news.example.com/World/Story'],
  ['drops :80 on http but keeps other ports', 'http://example.com:80/a', 'http://example.com/a'],
  ['keeps a non-default port', 'http://example.com:8080/a', 'http://example.com:8080/a'],
  ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
  ['drops utm_* and click ids', 'https://example.com/a?utm_source=rss&utm_medium=feed&fbclid=x&gclid=y&id=7', 'https://example.com/a?id=7'],
  ['drops mail and referral markers', 'https://example.com/a?mc_cid=1&mc_eid=2&ref=home&at_medium=RSS&at_campaign=x&xtor=RSS-1', 'https://example.com/a'],
  ['matches tracking names whatever their case', 'https://example.com/a?UTM_Source=x&FBCLID=y', 'https://example.com/a'],
  ['sorts the remaining query', 'https://example.com/search?q=x&page=2&lang=ar', 'https://example.com/search?lang=ar&page=2&q=x'],
  ['drops a trailing slash', 'https://example.com/news/2024/10/story/', 'https://example.com/news/2024/10/story'],
  ['keeps the root slash', 'https://example.com/', 'https://example.com/'],
  ['collapses doubled slashes', 'https://example.com//news//a', 'https://example.com/news/a'],
  ['drops a trailing /amp', 'https://example.com/news/story/amp/', 'https://example.com/news/story'],
  ['drops a leading /amp/', 'https://example.com/amp/news/story', 'https://example.com/news/story'],
  ['drops ?amp=1 and ?outputType=amp', 'https://example.com/a?amp=1&outputType=amp', 'https://example.com/a'],
  ['drops a bare ?amp', 'https://example.com/a?amp', 'https://example.com/a'],
  ['turns .amp.html into .html', 'https://example.com/news/a.amp.html', 'https://example.com/news/a.html'],
  ['drops an amp. subdomain', 'https://amp.example.com/news/a', 'https://example.com/news/a'],
  ['does not strip amp. from a two-label host', 'https://amp.dev/about', 'https://amp.dev/about'],
  ['reads the article out of the AMP cache', 'https://example-com.cdn.ampproject.org/c/s/example.com/news/a/amp?utm_source=x', 'https://example.com/news/a'],
  ['reads the article out of Google AMP', 'https://www.google.com/amp/s/www.example.com/news/a.amp.html', 'https://www.example.com/news/a.html'],
  ['unwraps google.com/url', 'https://www.google.com/url?q=https%3A%2F%2Fexample.com%2Fa%3Futm_source%3Dg&sa=D', 'https://example.com/a'],
  ['unwraps a Facebook outbound link', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fa%3Ffbclid%3Dz&h=x', 'https://example.com/a'],
  ['keeps a FeedBurner proxy link, less its tracking', 'http://feedproxy.google.com/~r/rt/arabic/~3/AbC/123-story/?utm_source=feedburner', 'http://feedproxy.google.com/~r/rt/arabic/~3/AbC/123-story'],
  ['keeps Arabic path segments, percent-encoded', 'https://arabic.rt.com/world/كوريا', 'https://arabic.rt.com/world/%D9%83%D9%88%D8%B1%D9%8A%D8%A7'],
  ['drops user and password', 'https://user:pw@example.com/a', 'https://example.com/a'],
  ['keeps a meaningful query parameter', 'https://example.com/article.php?id=42&utm_campaign=x', 'https://example.com/article.php?id=42'],
  ['refuses what is not http(s)', 'ftp://example.com/a', undefined],
  ['refuses what is not a URL', 'not a url', undefined],
];

describe('canonicalUrl', () => {
  for (const [name, input, expected] of cases) it(name, () => expect(canonicalUrl(input)).toBe(expected));

  it('gives one URL for one article seen under several', () => {
    const forms = [
      'https://Example.com/news/story/?utm_source=twitter#top',
      'https://example.com/news/story/amp',
      'https://amp.example.com/news/story?amp=1',
      'https://example-com.cdn.ampproject.org/c/s/example.com/news/story',
      'https://example.com:443/news/story?fbclid=abc',
    ];
    expect(new Set(forms.map(canonicalUrl))).toEqual(new Set(['https://example.com/news/story']));
  });
});

describe('isProxyUrl', () => {
  it('knows FeedBurner links and nothing else', () => {
    expect(isProxyUrl('http://feedproxy.google.com/~r/x/~3/y/z')).toBe(true);
    expect(isProxyUrl('https://example.com/a')).toBe(false);
    expect(isProxyUrl('nonsense')).toBe(false);
  });
});
