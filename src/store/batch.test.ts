import { describe, expect, it } from 'vitest';
import { processSource } from '../ingest/process.js';
import { syntheticArticle } from '../jobs/synthetic.js';
import type { Analysis } from '../model/index.js';
import type { Store } from './index.js';
import { prepareRows } from './rows.js';
import { storePerTest, TEST_DATABASES } from './testing.js';

// saveAnalyses: several articles in one transaction, each all or nothing in a savepoint of its own.

const NOW = () => new Date('2024-10-15T12:00:00Z');

function analysisOf(i: number): Analysis {
  const a = syntheticArticle(i);
  const p = processSource({ ok: true, source: a.name, doc: { bytes: new TextEncoder().encode(a.text), source: a.name } }, { maxBytes: 1 << 20 }, true);
  if (!p.ok || !p.analysis) throw new Error(`${a.name} was not analysed`);
  return p.analysis;
}

const injected = () => {
  throw new Error('injected failure after the rows were written');
};

for (const dialect of TEST_DATABASES) {
  describe(`store: a batch of articles (${dialect.name})`, () => {
    let store: Store;
    storePerTest(dialect, (s) => { store = s; }, NOW);

    const count = async (table: 'articles' | 'statements' | 'mentions' | 'articles_fts', articleId?: string) => {
      let q = store.db.selectFrom(table as 'articles').select((e) => e.fn.countAll().as('n'));
      if (articleId && table !== 'articles_fts') q = q.where(table === 'articles' ? 'id' : ('article_id' as 'id'), '=', articleId);
      return Number((await q.executeTakeFirstOrThrow()).n);
    };

    it('stores every article of a batch with its statements and index, and a repeat within the batch as a duplicate', async () => {
      const [a, b, c] = [analysisOf(0), analysisOf(1), analysisOf(2)];
      const out = await store.saveAnalyses([{ analysis: a }, { analysis: b, rows: prepareRows(b) }, { analysis: c }, { analysis: a }]);
      expect(out).toEqual([
        { ok: true, result: { status: 'stored', id: a.article.id } },
        { ok: true, result: { status: 'stored', id: b.article.id } },
        { ok: true, result: { status: 'stored', id: c.article.id } },
        { ok: true, result: { status: 'duplicate', id: a.article.id } },
      ]);
      expect(await count('articles')).toBe(3);
      expect(await count('articles_fts')).toBe(3);
      for (const x of [a, b, c]) {
        const stored = await store.getArticle(x.article.id);
        expect(stored?.statements.length).toBe(x.statements.length);
        expect(stored?.entities.map((e) => e.id).sort()).toEqual(x.entities.filter((e) => e.mentions.length).map((e) => e.id).sort());
      }
      expect(a.statements.length).toBeGreaterThan(0);
      // Found by the words of its own title (the full-text rows were written with the batch).
      const hits = await store.search('report number 1');
      expect(hits.map((h) => h.id)).toContain(b.article.id);
    });

    it('rolls back only the article that fails: the others are stored, the failing one is reported and absent', async () => {
      const [a, b, c] = [analysisOf(3), analysisOf(4), analysisOf(5)];
      const out = await store.saveAnalyses([{ analysis: a }, { analysis: b, opts: { afterSave: async () => injected() } }, { analysis: c }]);
      expect(out.map((o) => (o.ok ? o.result.status : o.error.message))).toEqual(['stored', 'injected failure after the rows were written', 'stored']);
      expect(await count('articles', b.article.id)).toBe(0);
      expect(await count('statements', b.article.id)).toBe(0);
      expect(await count('mentions', b.article.id)).toBe(0);
      expect(await count('articles_fts')).toBe(2);
      for (const x of [a, c]) expect(await count('statements', x.article.id)).toBe(x.statements.length);
      // Stored on its own later, as if it had never been tried.
      expect(await store.saveAnalyses([{ analysis: b }])).toEqual([{ ok: true, result: { status: 'stored', id: b.article.id } }]);
      expect(await count('articles_fts')).toBe(3);
    });

    it('replaces an article stored earlier within a batch (twice: one full-text row), and tells afterSave which it was', async () => {
      const [a, b] = [analysisOf(6), analysisOf(7)];
      await store.saveAnalysis(a);
      const seen: string[] = [];
      const afterSave = async (_trx: unknown, _a: Analysis, id: string, status?: string) => void seen.push(`${id === a.article.id ? 'a' : 'b'}:${status}`);
      const fewer = { ...a, statements: a.statements.slice(0, 1) };
      const out = await store.saveAnalyses([
        { analysis: fewer, opts: { replace: true, afterSave } }, { analysis: b, opts: { replace: true, afterSave } }, { analysis: fewer, opts: { replace: true, afterSave } },
      ]);
      expect(out.map((o) => o.ok && o.result.status)).toEqual(['replaced', 'stored', 'replaced']);
      expect(seen).toEqual(['a:replaced', 'b:stored', 'a:replaced']);
      expect(await count('statements', a.article.id)).toBe(1);
      expect(await count('articles')).toBe(2);
      expect(await count('articles_fts')).toBe(2);
    });
  });
}
