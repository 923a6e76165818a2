import { describe, expect, it } from 'vitest';
import type { Document } from '../model/index.js';
import { articleId, extract } from './index.js';

const doc = (text: string | Uint8Array, more: Partial<Document> = {}): Document => ({
  bytes: typeof text === 'string' ? new Uint8Array(Buffer.from(text)) : text,
  source: 'test-input',
  ...more,
});
const P1 = 'The harbour council on Wednesday rejected a plan for a new ferry route to the islands, with councillors voting seven to two against it.';
const P2 = 'The company behind the plan said it was disappointed and would study the decision before saying what it would do next.';
const oneLine = (m: string) => !m.includes('\n') && !/\bat .*:\d+:\d+/.test(m);

describe('extract: wiring and rejects', () => {
  it('rejects a 200 MB input as too-large without decoding it', () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    const r = extract(doc(big, { source: 'huge.txt' }));
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!r.ok && r.message).toMatch(/^huge\.txt: the input is 200 MB, over the limit of 50 MB/);
  });
  it('honours a smaller maxBytes', () => {
    expect(extract(doc('Title\nBody line one.'), { maxBytes: 5 })).toMatchObject({ ok: false, reason: 'too-large' });
  });
  it('survives HTML nested 100,000 deep, with a one-line answer', () => {
    const html = `<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}<p>${P1}</p>${'</div>'.repeat(100_000)}</body></html>`;
    const r = extract(doc(html, { source: 'deep.html', contentType: 'text/html' }));
    if (r.ok) expect(r.article.paragraphs.join(' ')).toContain('harbour council');
    else {
      expect(['too-deep', 'unreadable', 'not-an-article']).toContain(r.reason);
      expect(r.message.startsWith('deep.html: ')).toBe(true);
      expect(oneLine(r.message)).toBe(true);
    }
  });
  it('rejects a single line as not-an-article, naming the input', () => {
    const r = extract(doc('Just a headline\n', { source: 'one.txt' }));
    expect(r).toEqual({ ok: false, reason: 'not-an-article', message: 'one.txt: no article text: only a title line was found' });
  });
  it('rejects a page whose blocks are all footer lines', () => {
    const r = extract(doc('Weekly roundup\nShare this:\nFacebook\nSubscribe to get the latest posts sent to your email.'));
    expect(r).toMatchObject({ ok: false, reason: 'not-an-article' });
    expect(!r.ok && r.message).toMatch(/all 3 block\(s\) are navigation or boilerplate \(share, subscribe\)/);
  });
  it('sends sniffed markup to the HTML stage even without a content type', () => {
    const r = extract(doc(`<!DOCTYPE html><html lang="en"><head><title>Harbour council rejects ferry plan</title></head><body><article><h1>Harbour council rejects ferry plan</h1><p>${P1}</p><p>${P2}</p></article></body></html>`));
    expect(r).toMatchObject({ ok: true, article: { title: 'Harbour council rejects ferry plan', language: 'en', paragraphs: [P1, P2] } });
  });
  it('treats text that mentions <p> in the middle as plain text', () => {
    const r = extract(doc(`A note on markup\n${P1} Authors write <p> for paragraphs.\n${P2}`));
    expect(r).toMatchObject({ ok: true, article: { title: 'A note on markup' } });
  });
  it('removes a blog footer inside HTML paragraphs and records the site', () => {
    const html = `<html><body><article><h1>Harbour council rejects ferry plan</h1><p>${P1}</p><p>${P2}</p><p>Discover more from Valley Notes</p><p>Subscribe to get the latest posts sent to your email.</p></article></body></html>`;
    const r = extract(doc(html, { contentType: 'text/html; charset=utf-8' }));
    expect(r).toMatchObject({ ok: true, article: { site: 'Valley Notes', paragraphs: [P1, P2] } });
  });
  it('builds the article: id from title and text, text from paragraphs, source and url kept', () => {
    const r = extract(doc(`Harbour council rejects ferry plan\n\n${P1}\n\n${P2}`, { url: 'https://example.org/a' }));
    if (!r.ok) throw new Error(r.message);
    expect(r.article).toMatchObject({ source: 'test-input', url: 'https://example.org/a', text: `${P1}\n\n${P2}`, language: 'en' });
    expect(r.article.id).toBe(articleId('Harbour council rejects ferry plan', `${P1}\n\n${P2}`));
  });
  it('gives the same id to the same article with other alef forms and diacritics', () => {
    expect(articleId('أعلنت الحكومةُ', 'نص')).toBe(articleId('اعلنت الحكومة', 'نص'));
  });
  it('passes decode warnings on to the article', () => {
    const html = `<html><head><meta charset="windows-1256"></head><body><article><h1>عنوان الخبر هنا</h1><p>رفضت كوريا الشمالية الاتهامات بأنها أرسلت قوات إلى روسيا، ووصفت الاتهامات بأنها محاولة لتشويه صورتها أمام العالم.</p><p>وقال المتحدث إن بلاده لن ترد على هذه الادعاءات التي لا أساس لها من الصحة على الإطلاق.</p></article></body></html>`;
    const r = extract(doc(html));
    expect(r).toMatchObject({ ok: true, article: { language: 'ar', encoding: { name: 'utf-8', overridden: 'windows-1256' } } });
    expect(r.ok && r.article.warnings[0]).toMatch(/windows-1256.*wrong/);
  });
});
