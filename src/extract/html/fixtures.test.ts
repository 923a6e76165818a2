import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

/** Golden fixtures: fixtures/extract/<case>/{input.html, expected.json} (make one with bench/extract-fixture.ts). */
const root = fileURLToPath(new URL('../../../fixtures/extract/', import.meta.url));
const cases = readdirSync(root).filter((c) => existsSync(join(root, c, 'input.html')));

/** The fields compared; `null` means "must be absent". Fields of other stages (`encoding`, `language`) are ignored. */
interface Expected {
  title?: string | null;
  dek?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  siteName?: string | null;
  canonicalUrl?: string | null;
  lang?: string | null;
  paragraphsCount?: number;
  firstParagraph?: string;
  firstParagraphStartsWith?: string;
  lastParagraph?: string;
}

const META_FIELDS = ['title', 'dek', 'byline', 'publishedAt', 'siteName', 'canonicalUrl', 'lang'] as const;

describe('HTML extraction golden fixtures', () => {
  it('has at least five HTML cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });
  it.each(cases)('%s matches expected.json', (c) => {
    const expected = JSON.parse(readFileSync(join(root, c, 'expected.json'), 'utf8')) as Expected;
    const got = extractHtml(readFileSync(join(root, c, 'input.html'), 'utf8'));
    for (const k of META_FIELDS) if (k in expected) expect(got[k] ?? null, k).toBe(expected[k]);
    if (expected.paragraphsCount !== undefined) expect(got.paragraphs).toHaveLength(expected.paragraphsCount);
    if (expected.firstParagraph !== undefined) expect(got.paragraphs[0]).toBe(expected.firstParagraph);
    if (expected.firstParagraphStartsWith !== undefined) expect(got.paragraphs[0]?.startsWith(expected.firstParagraphStartsWith)).toBe(true);
    if (expected.lastParagraph !== undefined) expect(got.paragraphs.at(-1)).toBe(expected.lastParagraph);
  });
});
