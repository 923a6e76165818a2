import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/index.js';
import { syntheticArticle } from '../jobs/synthetic.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { INGEST_BATCH_ARTICLES, ingest, processSource, sourceOptions, storeMany, type Processed } from './pipeline.js';

// `ingest` over many inputs stores articles a batch (one transaction) at a time: each article is
// still all or nothing, outcomes come in input order, and every stored article is placed.

const NOW = () => new Date('2024-10-15T12:00:00Z');

const processed = (i: number): Processed => {
  const a = syntheticArticle(i);
  return processSource({ ok: true, source: a.name, doc: { bytes: new TextEncoder().encode(a.text), source: a.name } }, { maxBytes: 1 << 20 }, true);
};

for (const dialect of TEST_DATABASES) {
  describe(`ingest in batches (${dialect.name})`, () => {
    let dir: string;
    let store: Store;
    storePerTest(dialect, (s, d) => { store = s; dir = d; }, NOW);

    const count = async (table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(store.db)).rows[0]!.n);

    it('stores more articles than one batch holds, reports each in input order, and places every one', async () => {
      const folder = join(dir, 'in');
      mkdirSync(folder);
      const n = INGEST_BATCH_ARTICLES + 6;
      for (let i = 0; i < n; i++) writeFileSync(join(folder, syntheticArticle(i).name), syntheticArticle(i).text);
      writeFileSync(join(folder, '00003b.txt'), ''); // sorts after 00003.txt: a rejection in the middle
      const config = resolveConfig({ db: 'unused.db' }, {}, { cwd: dir, home: dir });
      const done: string[] = [];
      const s = await ingest(['in'], store, config, { ...sourceOptions(config, { stdin: undefined, cwd: dir }), analysisThreads: 0 }, { onInputDone: (l) => done.push(l) });
      expect({ stored: s.stored, rejected: s.rejected, duplicates: s.duplicates }).toEqual({ stored: n, rejected: 1, duplicates: 0 });
      const sources = s.outcomes.map((o) => o.source.split('/').pop());
      expect(sources.slice(0, 6)).toEqual(['00000.txt', '00001.txt', '00002.txt', '00003.txt', '00003b.txt', '00004.txt']);
      expect(s.outcomes[4]).toMatchObject({ status: 'rejected', reason: 'empty' });
      expect(done.map((l) => l.split('/').pop())).toEqual(sources);
      expect(await count('articles')).toBe(n);
      expect(await count('articles_fts')).toBe(n);
      expect(await count('story_members')).toBe(n);

      const again = await ingest(['in'], store, config, { ...sourceOptions(config, { stdin: undefined, cwd: dir }), analysisThreads: 0 });
      expect({ stored: again.stored, duplicates: again.duplicates }).toEqual({ stored: 0, duplicates: n });
    }, 120_000);

    it('a batch where one article fails to store: the others are stored and placed, the failing one is reported and absent', async () => {
      const [a, b, c] = [processed(10), processed(11), processed(12)];
      const rejected: Processed = { ok: false, source: 'empty.txt', reason: 'empty', message: 'empty.txt: no text' };
      if (!b.ok) throw new Error('not analysed');
      // The real store, its transaction made to fail for b once b's rows and alerts are written.
      const failing: Store = {
        ...store,
        saveAnalyses: (items) => store.saveAnalyses(items.map((it) => (it.analysis.article.id !== b.article.id ? it : {
          ...it, opts: { ...it.opts, afterSave: async () => { throw new Error('injected failure'); } },
        }))),
      };
      const out = await storeMany([a, rejected, b, c], failing, false, NOW);
      expect(out.map((o) => o.status)).toEqual(['stored', 'rejected', 'rejected', 'stored']);
      expect(out[1]).toMatchObject({ reason: 'empty', message: 'empty.txt: no text' });
      expect(out[2]).toMatchObject({ source: b.source, reason: 'failed' });
      expect(out[2]!.status === 'rejected' && out[2]!.message).toMatch(/could not be stored: injected failure/);
      expect(await store.getArticle(b.article.id)).toBeUndefined();
      expect(await count('articles')).toBe(2);
      expect(await count('story_members')).toBe(2);
      // The same batch again, nothing failing: b is stored, a and c are duplicates.
      expect((await storeMany([a, b, c], store, false, NOW)).map((o) => o.status)).toEqual(['duplicate', 'stored', 'duplicate']);
      expect(await count('story_members')).toBe(3);
    }, 60_000);
  });
}
