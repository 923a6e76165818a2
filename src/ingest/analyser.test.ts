import { describe, expect, it } from 'vitest';
import { syntheticArticle } from '../jobs/synthetic.js';
import type { SourceResult } from '../source/index.js';
import { createAnalyser } from './analyser.js';

// The analysis thread gives what analysing here gives, item for item, whatever order they finish in.

const items: SourceResult[] = [
  ...Array.from({ length: 6 }, (_, i): SourceResult => {
    const a = syntheticArticle(i);
    return { ok: true, source: a.name, doc: { bytes: new TextEncoder().encode(a.text), source: a.name } };
  }),
  { ok: false, source: 'missing.txt', reason: 'not-found', message: 'missing.txt: no such file' },
  { ok: true, source: 'empty.txt', doc: { bytes: new Uint8Array(), source: 'empty.txt' } },
];

describe('analyser', () => {
  it('extracts, analyses and prepares the rows of each document on a thread exactly as on this one', async () => {
    const here = createAnalyser({ maxBytes: 1 << 20, threads: 0 });
    const errors: Error[] = [];
    const threaded = createAnalyser({ maxBytes: 1 << 20, threads: 1, onError: (e) => errors.push(e) });
    try {
      const expected = await Promise.all(items.map((i) => here.process(i)));
      const got = await Promise.all(items.map((i) => threaded.process(i)));
      expect(errors).toEqual([]);
      expect(got).toEqual(expected);
      expect(got.map((p) => (p.ok ? 'ok' : p.reason))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'not-found', 'empty']);
      expect(got.every((p) => !p.ok || (p.analysis && p.rows?.statements.length === p.analysis.statements.length))).toBe(true);
    } finally {
      await Promise.all([here.close(), threaded.close()]);
    }
  }, 60_000);
});
