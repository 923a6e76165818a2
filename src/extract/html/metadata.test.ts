import { describe, expect, it } from 'vitest';
import { extractHtml, type HtmlExtraction } from './index.js';

const BODY = '<article><p>' + 'The minister said the talks would continue next week, according to officials. '.repeat(4) + '</p></article>';
const page = (head: string, body = BODY, attrs = '') => `<!DOCTYPE html><html${attrs}><head>${head}</head><body>${body}</body></html>`;

const cases: { name: string; html: string; url?: string; want: Partial<HtmlExtraction> }[] = [
  {
    name: 'reads title, dek, date, author, site and canonical URL from <meta> and <link>',
    html: page(
      '<title>Talks resume | Example News</title><meta property="og:title" content="Talks resume"><meta property="og:description" content="A short dek."><meta property="article:published_time" content="2020-05-01T10:00:00Z"><meta name="author" content="Rana Haddad"><meta property="og:site_name" content="Example News"><link rel="canonical" href="https://news.example/talks">',
    ),
    want: { title: 'Talks resume', dek: 'A short dek.', publishedAt: '2020-05-01T10:00:00Z', byline: 'Rana Haddad', siteName: 'Example News', canonicalUrl: 'https://news.example/talks' },
  },
  {
    name: 'reads headline, author, date and publisher from JSON-LD inside an @graph',
    html: page('<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"JSON headline","datePublished":"2018-02-03","author":[{"@type":"Person","name":"A. Writer"},{"@type":"Person","name":"B. Writer"}],"publisher":{"@type":"Organization","name":"The Publisher"}}]}</script>'),
    want: { title: 'JSON headline', publishedAt: '2018-02-03', byline: 'A. Writer, B. Writer', siteName: 'The Publisher' },
  },
  {
    name: 'ignores broken JSON-LD and falls back to <title> and <h1>',
    html: page('<script type="application/ld+json">{"@type": "NewsArticle", headline: oops</script><title>Plain title - Example Site</title>', '<h1>Plain title</h1>' + BODY),
    want: { title: 'Plain title' },
  },
  {
    name: 'takes the date from <time datetime> when no meta gives one',
    html: page('<title>T</title>', '<article><time datetime="2017-09-10T08:00:00+02:00">10 Sept</time>' + BODY.slice(9)),
    want: { publishedAt: '2017-09-10T08:00:00+02:00' },
  },
  {
    name: 'takes the date from the URL path last',
    html: page('<title>T</title>'),
    url: 'https://news.example/world/2019/11/27/story.html',
    want: { publishedAt: '2019-11-27' },
  },
  {
    name: 'does not read a date from a URL without a /yyyy/mm/dd/ path',
    html: page('<title>T</title>'),
    url: 'https://news.example/world/story-20191127.html',
    want: { publishedAt: undefined },
  },
  {
    name: 'takes the byline from rel=author, without its "By"',
    html: page('<title>T</title>', '<article><p class="x">By <a rel="author" href="/a">Omar Saleh</a></p>' + BODY.slice(9)),
    want: { byline: 'Omar Saleh' },
  },
  {
    name: 'takes the byline from a .byline element',
    html: page('<title>T</title>', '<article><div class="byline">By Lena Park</div>' + BODY.slice(9)),
    want: { byline: 'Lena Park' },
  },
  {
    name: 'does not take an author URL as the byline',
    html: page('<title>T</title><meta property="article:author" content="https://facebook.com/someone">'),
    want: { byline: undefined },
  },
  {
    name: 'reads the language from <html lang>, primary subtag lower case',
    html: page('<title>T</title>', BODY, ' lang="EN-us"'),
    want: { lang: 'en' },
  },
  {
    name: 'reads the language from og:locale when <html> has none',
    html: page('<title>T</title><meta property="og:locale" content="ar_AR">'),
    want: { lang: 'ar' },
  },
  {
    name: 'reads the language from a content-language meta',
    html: page('<title>T</title><meta http-equiv="content-language" content="fr">'),
    want: { lang: 'fr' },
  },
  {
    name: 'splits the site name off the <title>',
    html: page('<title>Budget passes after long night | The Daily Example</title><meta property="og:site_name" content="The Daily Example">'),
    want: { title: 'Budget passes after long night', siteName: 'The Daily Example' },
  },
  {
    name: 'takes the <h1> when it is one part of a sectioned og:title',
    html: page('<meta property="og:title" content="Opinion | Voters had the last word">', '<h1>Voters had the last word</h1>' + BODY),
    want: { title: 'Voters had the last word' },
  },
  {
    name: 'keeps a title whose separator is part of the headline',
    html: page('<title>Talks: what comes next</title>'),
    want: { title: 'Talks: what comes next' },
  },
  {
    name: 'resolves a relative canonical link against the page URL',
    html: page('<title>T</title><link rel="canonical" href="/news/a">'),
    url: 'https://news.example/x?y=1',
    want: { canonicalUrl: 'https://news.example/news/a' },
  },
  {
    name: 'takes the dek from a standfirst element when no description meta exists',
    html: page('<title>T</title>', '<article><p class="standfirst">Short summary here.</p>' + BODY.slice(9)),
    want: { dek: 'Short summary here.' },
  },
];

describe('HTML metadata', () => {
  it.each(cases)('$name', ({ html, url, want }) => {
    const got = extractHtml(html, { url });
    for (const [k, v] of Object.entries(want)) expect(got[k as keyof HtmlExtraction], k).toEqual(v);
  });
});
