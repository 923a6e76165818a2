import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Document } from '../model/index.js';
import { extract } from './index.js';

/**
 * Golden fixtures: fixtures/extract/<case>/{input.<txt|html|bin>, meta.json?, expected.json}, run
 * through the whole stage. expected.json holds `{ "reject": reason }` or the article fields below;
 * the HTML stage's own cases (keys `lang`, `firstParagraph`, no `language`) are checked here on
 * the fields that mean the same for an article: title, language, paragraph count.
 * Derived inputs are re-made by fixtures/extract/_make/make.ts.
 */
const root = fileURLToPath(new URL('../../fixtures/extract/', import.meta.url));
const cases = readdirSync(root).filter((c) => !c.startsWith('_') && existsSync(join(root, c, 'expected.json')));

interface Expected {
  reject?: string;
  title?: string;
  outlet?: string;
  site?: string;
  dek?: string;
  language?: string;
  publishedAt?: string;
  paragraphsCount?: number;
  removedCount?: number;
  firstParagraphStartsWith?: string;
  encoding?: object;
  /** HTML-stage schema. */
  lang?: string;
}

function load(c: string): { doc: Document; expected: Expected } {
  const dir = join(root, c);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  if (!input) throw new Error(`${c}: no input.* file`);
  const meta = existsSync(join(dir, 'meta.json')) ? JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) : {};
  const doc: Document = { bytes: readFileSync(join(dir, input)), source: `fixtures/extract/${c}/${input}`, ...meta };
  return { doc, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) };
}

describe('extract: golden fixtures', () => {
  it('has at least twelve text, encoding and bad-input cases', () => {
    expect(cases.filter((c) => !existsSync(join(root, c, 'input.html'))).length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('%s', (c) => {
    const { doc, expected } = load(c);
    const r = extract(doc);
    const articleSchema = 'language' in expected || 'reject' in expected;

    if (expected.reject || (!articleSchema && expected.paragraphsCount === 0)) {
      expect(r).toMatchObject({ ok: false, reason: expected.reject ?? 'not-an-article' });
      if (!r.ok) {
        expect(r.message.startsWith(`${doc.source}: `)).toBe(true);
        expect(r.message).not.toMatch(/\n|\bat .*:\d+:\d+/);
      }
      return;
    }
    if (!r.ok) throw new Error(`rejected: ${r.message}`);
    const a = r.article;
    if (!articleSchema) {
      expect({ title: a.title, language: a.language, paragraphsCount: a.paragraphs.length })
        .toEqual({ title: expected.title, language: expected.lang ?? a.language, paragraphsCount: expected.paragraphsCount ?? a.paragraphs.length });
      return;
    }
    expect({
      title: a.title, outlet: a.outlet, site: a.site, dek: a.dek, language: a.language, publishedAt: a.publishedAt,
      paragraphsCount: a.paragraphs.length,
    }).toEqual({
      title: expected.title, outlet: expected.outlet, site: expected.site, dek: expected.dek, language: expected.language,
      publishedAt: expected.publishedAt, paragraphsCount: expected.paragraphsCount,
    });
    if (expected.removedCount !== undefined) expect(a.removed).toHaveLength(expected.removedCount);
    if (expected.firstParagraphStartsWith) expect(a.paragraphs[0].startsWith(expected.firstParagraphStartsWith)).toBe(true);
    if (expected.encoding) expect(a.encoding).toEqual(expected.encoding);
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
  });
});
