import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTLET_COLUMNS } from '../outlets/parse.js';
import { processSource, type ProcessConfig } from './process.js';

// Constructed text (not from any corpus): an outlet a user registers in their own outlets file gives its country to
// the entity stage, as a shipped one does: `وزير خارجية المملكة` in a Saudi paper is the Saudi minister of the day.
const dir = mkdtempSync(join(tmpdir(), 'isnad-user-outlets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = join(dir, 'mine.tsv');
writeFileSync(file, `${OUTLET_COLUMNS.join('\t')}\n${['my-paper', 'My Paper', 'صحيفتي', 'my-paper.example', 'SA', 'ar', '-', 'unknown'].join('\t')}\n`);

function speakers(config: ProcessConfig): string[] {
  const text = 'خبر\n\nوأكد وزير خارجية المملكة أن الزيارة لم تكن رسمية.';
  const item = { ok: true as const, source: 'pasted', doc: { bytes: new TextEncoder().encode(text), source: 'pasted', contentType: 'text/plain', url: 'https://my-paper.example/news/1' }, hints: { publishedAt: '2015-07-24T10:00:00Z' } };
  const p = processSource(item, config, true);
  if (!p.ok || !p.analysis) throw new Error(`not analysed: ${p.ok ? 'no analysis' : p.message}`);
  return p.analysis.statements.map((s) => s.speaker.entity ?? '-');
}

describe('ingest with a user outlets file', () => {
  it("reads the country of the user's outlet from the article URL", () => {
    expect(speakers({ maxBytes: 1e6, outletsFile: file })).toEqual(['person:adel-al-jubeir']);
  });
  it('gives no home for an outlet only the user registers when their file is not passed', () => {
    expect(speakers({ maxBytes: 1e6 })).not.toEqual(['person:adel-al-jubeir']);
  });
  it('fails the item with the file named when the outlets file cannot be read', () => {
    const item = { ok: true as const, source: 'pasted', doc: { bytes: new TextEncoder().encode('خبر\n\nنص.'), source: 'pasted', contentType: 'text/plain' } };
    const p = processSource(item, { maxBytes: 1e6, outletsFile: join(dir, 'missing.tsv') }, true);
    expect(p.ok ? '' : p.message).toMatch(/missing\.tsv: cannot read: ENOENT/);
  });
});
