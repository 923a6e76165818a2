import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../analyze/index.js';
import { extract } from '../../extract/index.js';
import type { Analysis, Article, Entity, Statement } from '../../model/index.js';
import { openStore, type Store } from '../../store/index.js';

// Analyses the web tests store: fixed statements and entities, so that the pages can be
// tested while the analysis stages change.

export function analysisOf(text: string, patch: Partial<Article> = {}): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'web-test.txt' });
  if (!r.ok) throw new Error(r.message);
  const a = analyze({ ...r.article, ...patch });
  return { ...a, entities: [], statements: [] };
}

/** A span of `needle` in the analysis text (its first occurrence). */
export function spanOf(a: Analysis, needle: string): { start: number; end: number; text: string } {
  const start = a.text.indexOf(needle);
  if (start < 0) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const base = analysisOf('نفي في الكرملين\nنفى المتحدث باسم الكرملين دميتري بيسكوف التكهنات بأن الجيش الكوري الشمالي يشارك في القتال.', {
  removed: [{ text: 'اشترك للحصول على أحدث التدوينات', reason: 'subscribe' }],
  outlet: 'RT World News',
  publishedAt: '2024-10-15',
});
const peskov: Entity = {
  id: 'person:peskov', type: 'person', name: 'دميتري بيسكوف', names: { ar: 'دميتري بيسكوف', en: 'Dmitry Peskov' },
  mentions: [{ ...spanOf(base, 'دميتري بيسكوف'), entity: 'person:peskov', via: 'gazetteer' }],
};
const northKorea: Entity = {
  id: 'country:KP', type: 'country', name: 'كوريا الشمالية', names: { ar: 'كوريا الشمالية', en: 'North Korea' },
  mentions: [{ ...spanOf(base, 'الكوري الشمالي'), entity: 'country:KP', via: 'gazetteer' }],
};
const denial: Statement = {
  speaker: { text: 'دميتري بيسكوف', entity: 'person:peskov' },
  cue: spanOf(base, 'نفى'),
  stance: 'deny',
  content: spanOf(base, 'الجيش الكوري الشمالي يشارك'),
  direct: false,
  targets: [],
  rule: 'test',
  sentence: 1,
};
export const ARABIC: Analysis = { ...base, entities: [peskov, northKorea], statements: [denial] };

const english = analysisOf('Envoy rejects report\nThe envoy said the report about grain exports was false.', { outlet: 'Wire', publishedAt: '2020-01-11' });
export const ENGLISH: Analysis = {
  ...english,
  // What extraction noted about the input, shown at the foot of the article page.
  article: { ...english.article, warnings: ['publication date 2020-01-11 taken from the file name: the text gives none'] },
  statements: [{
    speaker: { text: 'The envoy' }, cue: spanOf(english, 'said'), stance: 'deny', content: spanOf(english, 'the report about grain exports was false'),
    direct: false, targets: [], rule: 'test', sentence: 1,
  }],
};

export const HOSTILE = analysisOf(
  'Breaking <script>alert(1)</script> news\nA paragraph with <b>markup</b> & an <img src=x onerror=alert(1)> ampersand </textarea>.',
  { url: 'javascript:alert(1)', outlet: '<i>Outlet</i>' },
);

/** A store in a temp folder with the three fixtures, and its disposal. */
export async function fixtureStore(): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-web-'));
  const store = await openStore({ path: join(dir, 'isnad.db'), now: () => new Date('2024-10-16T08:00:00Z') });
  for (const a of [ARABIC, ENGLISH, HOSTILE]) await store.saveAnalysis(a);
  return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}
