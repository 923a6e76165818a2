import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyze/index.js';
import { extract } from '../extract/index.js';
import type { Analysis, Entity, Statement } from '../model/index.js';
import type { Store } from './index.js';
import { storePerTest, TEST_DATABASES } from './testing.js';

const NOW = () => new Date('2024-10-15T12:00:00Z');

function analysisOf(text: string, extra: { entities?: Entity[]; statements?: (a: Analysis) => Statement[] } = {}): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'test.txt' });
  if (!r.ok) throw new Error(r.message);
  const a = analyze(r.article);
  return { ...a, entities: extra.entities ?? [], statements: extra.statements ? extra.statements(a) : [] };
}

function span(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in text: ${part}`);
  return { start, end: start + part.length, text: part };
}

const PESKOV: Entity = { id: 'person:peskov', type: 'person', name: 'دميتري بيسكوف', names: { ar: 'دميتري بيسكوف', en: 'Dmitry Peskov' }, mentions: [] };
const DPRK: Entity = { id: 'country:KP', type: 'country', name: 'كوريا الشمالية', names: { ar: 'كوريا الشمالية', en: 'North Korea' }, mentions: [] };

const KREMLIN_TEXT = [
  'نفي في الكرملين',
  'نفى المتحدث باسم الكرملين دميتري بيسكوف التكهنات بأن الجيش الكوري الشمالي يشارك في القتال.',
  'وقال مسؤول بالكرملين إن التقارير كاذبة، والكرملين لم يعلق بعد على اتهام زِيلِينْسْكِي لكوريا الشمالية ووزير دفاعها.',
].join('\n');

function kremlinAnalysis(): Analysis {
  return analysisOf(KREMLIN_TEXT, {
    entities: [{ ...PESKOV, mentions: [{ ...span(KREMLIN_TEXT, 'دميتري بيسكوف'), entity: PESKOV.id, via: 'gazetteer' }] }, DPRK],
    statements: (a) => [
      {
        speaker: { text: 'المتحدث باسم الكرملين دميتري بيسكوف', entity: PESKOV.id },
        cue: span(a.text, 'نفى'),
        stance: 'deny',
        content: span(a.text, 'التكهنات بأن الجيش الكوري الشمالي يشارك في القتال'),
        direct: false,
        targets: [{ text: 'كوريا الشمالية', entity: DPRK.id }],
        rule: 'test-rule',
        sentence: 1,
      },
      {
        speaker: { text: 'مسؤول بالكرملين' },
        cue: span(a.text, 'وقال'),
        stance: 'assert',
        content: span(a.text, 'التقارير كاذبة'),
        direct: false,
        targets: [],
        time: { ...span(a.text, 'بعد'), value: '2024-10-14' },
        rule: 'test-rule',
        sentence: 2,
      },
    ],
  });
}

const ENGLISH = 'Seoul raises alarm\nPyongyang denied sending troops to Russia, its envoy told the United Nations on Monday.';

// One suite for every database (STYLE.md §20).
for (const dialect of TEST_DATABASES) {
  describe(`store (${dialect.name})`, () => {
    let dir: string;
    let store: Store;
    storePerTest(dialect, (s, d) => { store = s; dir = d; }, NOW);

    it('stores an analysis once: the same article twice is a duplicate', async () => {
      const a = kremlinAnalysis();
      expect(await store.saveAnalysis(a)).toEqual({ status: 'stored', id: a.article.id });
      expect(await store.saveAnalysis(kremlinAnalysis())).toEqual({ status: 'duplicate', id: a.article.id });
      expect(await store.countArticles()).toBe(1);
      expect(await store.listStatements()).toHaveLength(2);
    });

    // PostgreSQL only: SQLite has one writer at a time, and better-sqlite3 is synchronous, so two
    // connections in one thread cannot interleave (two processes wait on busy_timeout instead).
    it.runIf(dialect.name === 'postgres')('stores an article once when two processes save it at the same time', async () => {
      const other = await dialect.open(dir, NOW);
      try {
        const results = await Promise.all([store.saveAnalysis(kremlinAnalysis()), other.saveAnalysis(kremlinAnalysis())]);
        expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'stored']);
        expect(await other.countArticles()).toBe(1);
        expect(await store.search('الكرملين')).toHaveLength(1);
      } finally {
        await other.close();
      }
    });

    it('replaces the statements of an article re-analysed with replace: true', async () => {
      const a = kremlinAnalysis();
      await store.saveAnalysis(a);
      const fewer = { ...a, statements: a.statements.slice(0, 1) };
      expect(await store.saveAnalysis(fewer, { replace: true })).toEqual({ status: 'replaced', id: a.article.id });
      expect((await store.getArticle(a.article.id))?.statements).toHaveLength(1);
      expect(await store.search('الكرملين')).toHaveLength(1);
    });

    it('gives an article back with its statements and entities', async () => {
      const a = kremlinAnalysis();
      await store.saveAnalysis(a);
      const got = await store.getArticle(a.article.id);
      expect(got?.article).toEqual(a.article);
      expect(got?.statements.map((s) => [s.speaker.text, s.stance, s.content])).toEqual([
        ['المتحدث باسم الكرملين دميتري بيسكوف', 'deny', 'التكهنات بأن الجيش الكوري الشمالي يشارك في القتال'],
        ['مسؤول بالكرملين', 'assert', 'التقارير كاذبة'],
      ]);
      expect(got?.statements[1].time).toEqual({ value: '2024-10-14', text: 'بعد' });
      expect(got?.entities.map((e) => [e.id, e.mentions.length])).toEqual([['person:peskov', 1]]);
      expect(got?.ingestedAt).toBe('2024-10-15T12:00:00.000Z');
      expect(await store.getArticle('nope')).toBeUndefined();
    });

    it('leaves nothing half-written when a save fails inside its transaction', async () => {
      const a = kremlinAnalysis();
      const bad = { ...a, statements: [{ ...a.statements[0], stance: 'shout' as never }] };
      await expect(store.saveAnalysis(bad)).rejects.toThrow();
      expect(await store.countArticles()).toBe(0);
      expect(await store.search('الكرملين')).toEqual([]);
      expect((await store.db.selectFrom('entities').selectAll().execute()).length).toBe(0);
      expect(await store.saveAnalysis(a)).toMatchObject({ status: 'stored' });
    });

    describe('search', () => {
      beforeEach(async () => {
        await store.saveAnalysis(kremlinAnalysis());
        await store.saveAnalysis(analysisOf(ENGLISH));
      });

      const cases: [string, string, string][] = [
        ['الكرملين finds بالكرملين and والكرملين', 'الكرملين', 'بالكرملين'],
        ['a bare word finds its forms with proclitics', 'كرملين', 'والكرملين'],
        ['a query without diacritics finds text written with them', 'زيلينسكي', 'زِيلِينْسْكِي'],
        ['an English word is found whatever its case', 'pyongyang', 'Pyongyang'],
      ];
      for (const [name, query, shown] of cases) {
        it(name, async () => {
          const hits = await store.search(query, { highlight: (w) => `<${w}>` });
          expect(hits).toHaveLength(1);
          expect(hits[0].snippet).toContain(`<${shown}>`);
          expect(hits[0].fragments.some((f) => f.hit && f.text === shown)).toBe(true);
        });
      }

      it('requires every word of the query', async () => {
        expect(await store.search('الكرملين موسكو')).toEqual([]);
        expect(await store.search('Pyongyang troops')).toHaveLength(1);
      });

      it('does not read a root و as a conjunction (وزير is not و + زير)', async () => {
        expect(await store.search('زير')).toEqual([]);
      });

      it('filters by language and returns outlet, title and language', async () => {
        const hits = await store.search('Pyongyang', { lang: 'ar' });
        expect(hits).toEqual([]);
        const [hit] = await store.search('Pyongyang', { lang: 'en' });
        expect(hit).toMatchObject({ title: 'Seoul raises alarm', language: 'en' });
      });

      it('treats operators and quotes in a query as words', async () => {
        expect(await store.search('"Pyongyang" OR NEAR(')).toEqual([]);
        expect(await store.search('  ')).toEqual([]);
      });
    });

    describe('statements', () => {
      beforeEach(async () => {
        await store.saveAnalysis(kremlinAnalysis());
      });

      it('filters by speaker text, normalised', async () => {
        expect((await store.listStatements({ speaker: 'بيسكوف' })).map((s) => s.stance)).toEqual(['deny']);
        expect((await store.listStatements({ speaker: 'الكرملين' })).map((s) => s.stance)).toEqual(['deny', 'assert']);
      });

      it('filters by the speaker entity names in another language', async () => {
        expect(await store.listStatements({ speaker: 'Peskov' })).toHaveLength(1);
      });

      it('filters by stance and what the statement is about', async () => {
        const hits = await store.listStatements({ stance: 'deny', about: 'كوريا الشمالية' });
        expect(hits.map((s) => s.speaker.entity)).toEqual(['person:peskov']);
        expect(hits[0].article.language).toBe('ar');
        expect(await store.listStatements({ stance: 'assert', about: 'كوريا الشمالية' })).toEqual([]);
        expect(await store.listStatements({ about: 'North Korea' })).toHaveLength(1);
      });

      it('counts an entity named inside the content as what the statement is about', async () => {
        const a = kremlinAnalysis();
        const army = span(a.text, 'الجيش الكوري الشمالي');
        const linked = { ...a, statements: [{ ...a.statements[0], targets: [] }], entities: [{ ...DPRK, mentions: [{ ...army, entity: DPRK.id, via: 'gazetteer' }] }] };
        await store.saveAnalysis(linked, { replace: true });
        expect(await store.listStatements({ about: 'North Korea' })).toHaveLength(1);
        expect(await store.listStatements({ about: 'كوريا الشمالية' })).toHaveLength(1);
      });
    });

    it('lists articles newest first, page by page, by language', async () => {
      await store.saveAnalysis(kremlinAnalysis());
      await store.saveAnalysis(analysisOf(ENGLISH));
      const first = await store.listArticles({ limit: 1 });
      expect(first.items.map((a) => a.language)).toEqual(['en']);
      const second = await store.listArticles({ limit: 1, cursor: first.nextCursor });
      expect(second.items.map((a) => a.language)).toEqual(['ar']);
      expect(second.nextCursor).toBeUndefined();
      expect((await store.listArticles({ lang: 'ar' })).items).toHaveLength(1);
    });
  });
}
