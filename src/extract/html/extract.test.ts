import { sharedDir } from '../../../bench/shared.js';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const para = (s: string) => `<p>${s} ${'The committee heard evidence from residents, engineers and the mayor over two days. '.repeat(2)}</p>`;
const article = (inner: string) => `<html lang="en"><head><title>T</title></head><body><div class="page"><article>${inner}</article></div></body></html>`;
const BODY = para('First point.') + para('Second point.') + para('Third point.');

const dropped: { name: string; html: string; gone: string; reason?: string }[] = [
  { name: 'drops the navigation menu', html: article(`<nav><a href="/">Home</a> <a href="/w">World news today</a></nav>` + BODY), gone: 'World news today', reason: 'navigation' },
  { name: 'drops a share bar inside the article', html: article(`<div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>` + BODY), gone: 'Tweet this story', reason: 'share' },
  { name: 'drops related links after the body', html: article(BODY + `<div class="related-stories"><h3>More</h3><ul><li><a href="/1">Another headline about the mayor</a></li></ul></div>`), gone: 'Another headline', reason: 'related' },
  { name: 'drops the comments section', html: article(BODY + `<section id="comments"><div class="comment"><p>I disagree with the mayor entirely on this one.</p></div></section>`), gone: 'I disagree with the mayor', reason: 'comments' },
  { name: 'drops a cookie notice inside the content', html: article(`<div class="cookie-consent"><p>We use cookies to make this site work; accept to continue reading.</p></div>` + BODY), gone: 'We use cookies', reason: 'cookie' },
  { name: 'drops a newsletter box', html: article(BODY + `<div class="newsletter"><p>Get our best stories by email every morning, free of charge.</p></div>`), gone: 'best stories by email', reason: 'newsletter' },
  { name: 'drops an advertisement slot', html: article(para('One.') + `<div class="ad-container"><p>Buy the new phone today at a discount price while stocks last.</p></div>` + para('Two.') + para('Three.')), gone: 'Buy the new phone', reason: 'advertising' },
  { name: 'drops an "Advertisement" label line', html: article(para('One.') + `<div>Advertisement</div>` + para('Two.')), gone: 'Advertisement' },
  { name: 'drops hidden blocks', html: article(BODY + `<div style="display: none"><p>Secret hidden block of text for robots only.</p></div>`), gone: 'Secret hidden block' },
];

describe('HTML main text', () => {
  it('keeps paragraph structure: p, h2, li and blockquote are each a paragraph', () => {
    const got = extractHtml(article(para('Intro.') + '<h2>A subheading</h2>' + para('Body.') + '<ul><li>First item of the list</li><li>Second item of the list</li></ul><blockquote>A quoted line from the report.</blockquote>' + para('End.')));
    expect(got.paragraphs).toHaveLength(7);
    expect(got.paragraphs[1]).toBe('A subheading');
    expect(got.paragraphs.slice(3, 6)).toEqual(['First item of the list', 'Second item of the list', 'A quoted line from the report.']);
  });

  it('collapses whitespace but leaves the display text untouched', () => {
    const got = extractHtml(article(para('Say   “hello”\n\t and   <b>goodbye</b>&nbsp;now.')));
    expect(got.paragraphs[0].startsWith('Say “hello” and goodbye now.')).toBe(true);
  });

  it('splits paragraphs at <br> in a text block', () => {
    const line = 'A long line of running text in a block that uses line breaks instead of paragraphs, as some sites do.';
    const got = extractHtml(article(`<div>${line}<br><br>${line} Again.<br>${line} Once more.</div>`));
    expect(got.paragraphs).toEqual([line, `${line} Again.`, `${line} Once more.`]);
  });

  it.each(dropped)('$name', ({ html, gone, reason }) => {
    const got = extractHtml(html);
    expect(got.paragraphs.length).toBeGreaterThan(0);
    expect(got.paragraphs.join('\n')).not.toContain(gone);
    if (reason) expect(got.removed.find((r) => r.text.includes(gone))?.reason).toBe(reason);
  });

  it('lists at most 20 removed blocks, each cut to 200 characters', () => {
    const ads = Array.from({ length: 40 }, (_, k) => `<div class="ad-slot">Sponsored message number ${k} ${'buy now '.repeat(60)}</div>`).join('');
    const got = extractHtml(article(para('One.') + ads + para('Two.') + para('Three.')));
    expect(got.removed.length).toBeLessThanOrEqual(20);
    expect(got.removed.length).toBeGreaterThan(0);
    for (const r of got.removed) expect(r.text.length).toBeLessThanOrEqual(200);
    expect(got.paragraphs.join(' ')).not.toContain('Sponsored message');
  });

  it('keeps an embedded post inside a social block: a quoted statement is content', () => {
    const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>We will not accept this decision, and we will appeal it in every court.</p>— The Minister (@minister) May 1, 2020</blockquote></div>';
    const got = extractHtml(article(para('One.') + tweet + para('Two.')));
    expect(got.paragraphs.join(' ')).toContain('We will not accept this decision');
  });

  it('gives no paragraphs for a page that is all navigation', () => {
    const links = Array.from({ length: 30 }, (_, k) => `<li><a href="/s/${k}">Headline number ${k} about an event somewhere in the world</a></li>`).join('');
    const got = extractHtml(`<html><body><header><a href="/">Site</a></header><div class="main"><ul>${links}</ul></div><footer><a href="/about">About</a></footer></body></html>`);
    expect(got.paragraphs).toEqual([]);
  });

  it('reads a page of bare text with no block elements', () => {
    const text = 'The ministry said on Monday that the talks, which began in March, would resume next week in Geneva. '.repeat(3).trim();
    expect(extractHtml(`<html><body>${text}</body></html>`).paragraphs).toEqual([text]);
    expect(extractHtml(text).paragraphs).toEqual([text]);
  });

  it('gives no paragraphs for an empty or non-HTML input', () => {
    expect(extractHtml('').paragraphs).toEqual([]);
    expect(extractHtml('%PDF-1.4 \u0000\u0001 binary').paragraphs).toEqual([]);
  });

  it('does not throw on HTML nested 100,000 deep', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${'Deep text past the bound, as a paragraph of prose, with commas. '.repeat(3)}</p>${'</div>'.repeat(depth)}</body></html>`;
    const got = extractHtml(html);
    expect(got.paragraphs).toEqual([]);
  });

  it('keeps the text of elements nested past the depth bound (flattened into their ancestor)', () => {
    const depth = 2_000;
    const html = `<html><body><article>${'<div>'.repeat(depth)}<p>${'Deep text survives the depth bound, as a paragraph of prose, with commas. '.repeat(3)}</p>${'</div>'.repeat(depth)}</article></body></html>`;
    expect(extractHtml(html).paragraphs.join(' ')).toContain('Deep text survives');
  });

  it('does not throw on 100,000 unclosed nested inline elements', () => {
    const html = `<html><body><p>Start ${'<span><b><i>x '.repeat(34_000)}</p></body></html>`;
    expect(() => extractHtml(html)).not.toThrow();
  });

  it('bounds a huge page: 20 MB of paragraphs is read only up to the size bound', () => {
    const p = para('Repeated.');
    const html = `<html><body><article>${p.repeat(Math.ceil(20_000_000 / p.length))}</article></body></html>`;
    const got = extractHtml(html);
    expect(got.paragraphs.join('').length).toBeLessThan(6_000_000);
    expect(got.paragraphs.length).toBeGreaterThan(1000);
  });
});

/** The five right-to-left pages of the open corpus, read from ../shared at run time. */
const shared = sharedDir();
const rtlDir = join(shared, 'corpus', 'open', 'html');
const rtlPages = ['wnar-page-1', 'wnar-page-2', 'wnar-page-3', 'wnar-page-4', 'tico-wikinews-6-bilingual'];
const ARABIC = /[\u0600-\u06FF]/;

describe('right-to-left Arabic pages (corpus/open/html)', () => {
  it.each(rtlPages)('%s: Arabic title and paragraphs, lang ar, no navigation or related links', (name) => {
    const html = readFileSync(join(rtlDir, `${name}.html`), 'utf8');
    const got = extractHtml(html);
    const h1 = /<h1>([^<]+)<\/h1>/.exec(html)![1];
    expect(got.lang).toBe('ar');
    expect(got.title).toBe(h1.replace(/&quot;/g, '"'));
    expect(got.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(ARABIC.test(got.paragraphs[0])).toBe(true);
    const text = got.paragraphs.join('\n');
    expect(text).not.toContain('الصفحة الرئيسية');
    expect(text).not.toContain('أخبار ذات صلة');
  });
});
