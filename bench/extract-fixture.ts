/**
 * Makes (or remakes) a golden fixture of the HTML extractor:
 * writes fixtures/extract/<case>/expected.json from the current output for
 * <case>/input.html. Review the file by hand before committing it — the
 * fixture is only as right as that review.
 *
 *   npx tsx bench/extract-fixture.ts fixtures/extract/<case> [url]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../src/extract/html/index.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: extract-fixture.ts fixtures/extract/<case> [url]');
  process.exit(2);
}
const got = extractHtml(readFileSync(join(dir, 'input.html'), 'utf8'), { url: process.argv[3] });
// Absent metadata is written as null, so that the fixture also checks nothing is invented.
const expected = {
  title: got.title ?? null,
  dek: got.dek ?? null,
  byline: got.byline ?? null,
  publishedAt: got.publishedAt ?? null,
  siteName: got.siteName ?? null,
  canonicalUrl: got.canonicalUrl ?? null,
  lang: got.lang ?? null,
  paragraphsCount: got.paragraphs.length,
  firstParagraph: got.paragraphs[0],
  lastParagraph: got.paragraphs[got.paragraphs.length - 1],
};
writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
console.log(JSON.stringify(expected, null, 2));
