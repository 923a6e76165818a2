import { describe, expect, it } from 'vitest';
import { currentSchema } from './dialect.js';
import { DERIVED_TABLE, DUMP_TABLES, EXPORT_BATCH, exportLines, importLines, ImportError } from './dump.js';
import type { Store } from './index.js';
import { storePerTest, TEST_DATABASES } from './testing.js';

const lines = async function* (...l: string[]) {
  yield* l;
};
const collect = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const l of it) out.push(l);
  return out;
};

for (const database of TEST_DATABASES) {
  describe(`export and import (${database.name})`, () => {
    let store: Store;
    storePerTest(database, (s) => { store = s; });

    it('exports every table of the store but the derived ones (a new table must join DUMP_TABLES)', async () => {
      const schema = await currentSchema(store.db);
      const tables = (await store.db.introspection.getTables()).filter((t) => t.schema === schema).map((t) => t.name).filter((n) => !DERIVED_TABLE.test(n));
      expect(tables.sort()).toEqual(DUMP_TABLES.map((t) => t.table).sort());
    });

    it('keeps binary columns and numbering through a round trip, and numbers new rows after them', async () => {
      const article = {
        seq: 7, id: 'a1', source: 's', url: null, canonical_url: null, outlet: 'RT', site: null, title: 'نفي في الكرملين', dek: null, byline: null,
        published_at: null, language: 'ar', paragraphs: '[]', text: 'والكرملين نفى', removed: '[]', repairs: '[]', encoding: '{}', warnings: '[]',
        extractor: 'rules@1', ingested_at: '2024-10-15T12:00:00.000Z',
      };
      const signature = { seq: 3, article_id: 'a1', language: 'ar', origin_at: '2024-10-15', signature: { $base64: 'AQID/w==' }, fingerprint: '{}' };
      const input = [JSON.stringify({ table: 'articles', row: article }), JSON.stringify({ table: 'republish_signatures', row: signature })];
      expect(await importLines(store.db, lines(...input))).toEqual({ articles: 1, republish_signatures: 1 });
      expect(await collect(exportLines(store.db))).toEqual(input);
      expect((await store.search('كرملين')).map((h) => h.id)).toEqual(['a1']);
      const sig = await store.db.withTables<{ republish_signatures: { seq: number; signature: Uint8Array } }>()
        .selectFrom('republish_signatures').select('signature').executeTakeFirstOrThrow();
      expect([...sig.signature]).toEqual([1, 2, 3, 255]);
      const next = await store.db.insertInto('articles').values({ ...article, seq: undefined, id: 'a2' } as never).returning('seq').executeTakeFirstOrThrow();
      expect(next.seq).toBe(8);
    });

    it('pages through a table larger than one read, in key order', async () => {
      const n = EXPORT_BATCH * 2 + 3;
      const entities = Array.from({ length: n }, (_, i) => ({ id: `e${String(i).padStart(4, '0')}`, type: 'person', name: `n${i}`, names: '{}', country: null }));
      for (let i = 0; i < n; i += 100) await store.db.insertInto('entities').values(entities.slice(i, i + 100)).execute();
      const out = (await collect(exportLines(store.db))).map((l) => JSON.parse(l).row.id);
      expect(out).toEqual(entities.map((e) => e.id));
    });

    it('refuses lines out of order or unknown, leaving the store empty', async () => {
      const entity = JSON.stringify({ table: 'entities', row: { id: 'e', type: 'person', name: 'n', names: '{}', country: null } });
      await expect(importLines(store.db, lines(entity, '{"table":"articles","row":{}}'))).rejects.toThrow(new ImportError('table articles after entities: not in export order', 2));
      await expect(importLines(store.db, lines('[1]'))).rejects.toThrow(ImportError);
      expect(await collect(exportLines(store.db))).toEqual([]);
    });
  });
}
