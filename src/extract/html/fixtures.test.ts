import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

/** Golden fixtures: fixtures/extract/<case>/{input.html, expected.json} (make one with bench/extract-fixture.ts). */
const root = fileURLToPath(new URL('../../../fixtures/extract/', import.meta.url));
const cases = readdirSync(root).filter((c) => existsSync(join(root, c, 'input.html')));

interface Expected {
  title?: string;
  dek?: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  canonicalUrl?: string;
  lang?: string;
  paragraphsCount?: number;
  firstParagraph?: string;
  lastParagraph?: string;
}

describe('HTML extraction golden fixtures', () => {
  it('has at least five HTML cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });
  it.each(cases)('%s matches expected.json', (c) => {
    const expected = JSON.parse(readFileSync(join(root, c, 'expected.json'), 'utf8')) as Expected;
    const got = extractHtml(readFileSync(join(root, c, 'input.html'), 'utf8'));
    expect({
      title: got.title,
      dek: got.dek,
      byline: got.byline,
      publishedAt: got.publishedAt,
      siteName: got.siteName,
      canonicalUrl: got.canonicalUrl,
      lang: got.lang,
    }).toEqual({
      title: expected.title,
      dek: expected.dek,
      byline: expected.byline,
      publishedAt: expected.publishedAt,
      siteName: expected.siteName,
      canonicalUrl: expected.canonicalUrl,
      lang: expected.lang,
    });
    if (expected.paragraphsCount !== undefined) expect(got.paragraphs).toHaveLength(expected.paragraphsCount);
    if (expected.firstParagraph !== undefined) expect(got.paragraphs[0]).toBe(expected.firstParagraph);
    if (expected.lastParagraph !== undefined) expect(got.paragraphs.at(-1)).toBe(expected.lastParagraph);
  });
});
