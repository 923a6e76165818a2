import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_STAGES } from '../analyze/index.js';
import { findEntities } from '../entities/index.js';
import { fingerprint, translationEvidence } from '../republish/index.js';
import { extract } from '../extract/index.js';
import type { Analysis } from '../model/index.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { storyFeatures } from './features.js';
import { placeStory } from './place.js';
import { StoryIndex } from './story-index.js';

// A short translated item shares one anchor with its original (a country): too few to join on anchors, so the
// translation test of src/republish (entity order, paragraphs, length, quotations) decides. Made-up texts.

const STAGES = { ...DEFAULT_STAGES, findEntities, extractor: { id: 'none', find: () => [] } };
function analysisOf(text: string, publishedAt = '2020-03-12'): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'test.txt' });
  if (!r.ok) throw new Error(r.message);
  return analyze({ ...r.article, publishedAt }, STAGES);
}
const featuresOf = (a: Analysis) => storyFeatures(a, a.article.publishedAt!);

const EN = [
  'Fishermen in Norway waited for the storm to pass.',
  'The boats stayed in the harbour while the wind grew stronger.',
  'Prices at the fish market rose as supplies ran short.',
  'Many families said this winter had been the hardest they remembered.',
].join('\n\n');
const AR = [
  'انتظر الصيادون في النرويج انتهاء العاصفة.',
  'بقيت القوارب في الميناء بينما اشتدت الرياح.',
  'ارتفعت الأسعار في سوق السمك مع نقص الإمدادات.',
  'قالت عائلات كثيرة إن هذا الشتاء كان الأصعب في ذاكرتها.',
].join('\n\n');
/**
 * Another short Arabic item naming the same country and nothing else, as long, in one paragraph: the translation test
 * alone matches it (the country, the length), the paragraph counts do not agree.
 */
const OTHER_AR = [
  'افتتاح معرض للكتاب',
  'افتتح في النرويج معرض للكتاب يشارك فيه ناشرون من بلدان عديدة وتقام على هامشه ندوات عن الترجمة والأدب والشعر والرواية وأمسيات موسيقية للأطفال والعائلات في قاعات المدينة الكبرى وحدائقها العامة.',
].join('\n\n');

describe('StoryIndex: a short translated item', () => {
  it('shares a single anchor with its original', () => {
    const en = featuresOf(analysisOf(EN)), ar = featuresOf(analysisOf(AR));
    expect([...ar.anchors].filter((a) => en.anchors.includes(a))).toHaveLength(1);
  });

  it('the translation test alone would take the one-paragraph item for a translation', () => {
    const fp = (a: Analysis) => fingerprint({ article: a.article, entities: a.entities, times: a.times });
    expect(translationEvidence(fp(analysisOf(EN)), fp(analysisOf(OTHER_AR))).match).toBe(true);
  });

  it.each([
    ['joins the English original when the translation test finds it one', AR, true],
    ['does not join an unrelated short Arabic item that names the same country in one paragraph, not four', OTHER_AR, false],
  ])('%s', (_name, text, same) => {
    const index = new StoryIndex();
    index.add('en', 'story-en', featuresOf(analysisOf(EN)));
    const m = index.match(featuresOf(analysisOf(text)));
    expect(m.found).toBe(same);
    if (m.found) expect(m.evidence).toMatchObject({ nearest: 'en', crossLanguage: true, sharedAnchors: 1, translation: expect.any(Number) });
  });

  it('does not join on the translation test without outlines (members stored before them)', () => {
    const index = new StoryIndex();
    const { outline: _, ...en } = featuresOf(analysisOf(EN));
    index.add('en', 'story-en', en);
    expect(index.match(featuresOf(analysisOf(AR))).found).toBe(false);
  });
});

for (const database of TEST_DATABASES) {
describe(`placeStory: a short translated item (${database.name})`, () => {
  let store: Store;
  const stores = storePerTest(database, (s) => { store = s; });

  it('joins its original after the store is reopened (the outline is stored with the member)', async () => {
    const en = await store.saveAnalysis(analysisOf(EN));
    expect(await placeStory(store, en.id)).toMatchObject({ ok: true, status: 'started' });
    await stores.reopen();
    const ar = await store.saveAnalysis(analysisOf(AR, '2020-03-13'));
    expect(await placeStory(store, ar.id)).toMatchObject({ ok: true, status: 'joined', story: en.id, evidence: { crossLanguage: true, translation: expect.any(Number) } });
  });
});
}
