import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_STAGES } from '../analyze/index.js';
import { findEntities } from '../entities/index.js';
import { extract } from '../extract/index.js';
import type { Analysis } from '../model/index.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { placeRepublication } from './place.js';
import { isTranslation, paragraphsAgree, translationEvidence } from './translation.js';

// A translation keeps its paragraphs: a one-paragraph brief naming the same country as a four-paragraph item, about
// as long, scores a match on the country and the length alone. Made-up texts.

const STAGES = { ...DEFAULT_STAGES, findEntities, extractor: { id: 'none', find: () => [] } };
function analysisOf(text: string, publishedAt = '2021-05-04'): Analysis {
  const r = extract({ bytes: new TextEncoder().encode(text), source: 'test.txt' });
  if (!r.ok) throw new Error(r.message);
  return analyze({ ...r.article, publishedAt }, STAGES);
}
const fp = (a: Analysis): Fingerprint => fingerprint({ article: a.article, entities: a.entities, times: a.times });

const EN = [
  'Tea growers in Kenya counted the cost of the late rains.',
  'Many bushes on the hills dried out before the first picking.',
  'Buyers at the auction paid more for the leaves that were left.',
  'Older growers said they had not seen so poor a season.',
].join('\n\n');
const AR = [
  'أحصى مزارعو الشاي في كينيا خسائر تأخر الأمطار.',
  'جفت شجيرات كثيرة على التلال قبل القطفة الأولى.',
  'دفع المشترون في المزاد أكثر ثمنا للأوراق الباقية.',
  'قال مزارعون كبار إنهم لم يروا موسما بهذا السوء.',
].join('\n\n');
/** An unrelated Arabic brief that names the same country and nothing else, in one paragraph. */
const BRIEF_AR = [
  'مهرجان للرقص الشعبي',
  'انطلق في كينيا مهرجان للرقص الشعبي تشارك فيه فرق من القرى والمدن وتقام على هامشه معارض للحرف اليدوية وعروض للأزياء التقليدية وأمسيات غنائية للأطفال والعائلات في ساحات العاصمة وملاعبها.',
].join('\n\n');

describe('isTranslation: paragraph counts', () => {
  it('the evidence alone takes the one-paragraph brief for a translation of the four-paragraph item', () => {
    expect(translationEvidence(fp(analysisOf(EN)), fp(analysisOf(BRIEF_AR))).match).toBe(true);
  });

  it.each([
    ['takes the four-paragraph Arabic text for a translation of the four-paragraph English one', AR, true],
    ['does not take a one-paragraph brief naming the same country for a translation of the four-paragraph item', BRIEF_AR, false],
  ])('%s', (_name, text, same) => {
    const r = isTranslation(fp(analysisOf(EN)), fp(analysisOf(text)));
    expect(r.match).toBe(same);
    if (!r.match) expect(r.reason).toBe('paragraphs-differ');
  });

  it.each([
    [4, 4, true],
    [3, 4, true],
    [9, 12, true],
    [2, 4, false],
    [1, 3, false],
    [8, 12, false],
  ])('paragraph counts %i and %i agree as a translation\'s: %s', (p, q, agree) => {
    expect(paragraphsAgree(p, q)).toBe(agree);
    expect(paragraphsAgree(q, p)).toBe(agree);
  });
});

for (const database of TEST_DATABASES) {
describe(`placeRepublication: paragraph counts (${database.name})`, () => {
  let store: Store;
  storePerTest(database, (s) => { store = s; });

  it.each([
    ['links the four-paragraph Arabic translation to its English original', AR, ['translation']],
    ['does not link a one-paragraph Arabic brief naming the same country', BRIEF_AR, []],
  ])('%s', async (_name, text, kinds) => {
    await placeRepublication(store, (await store.saveAnalysis(analysisOf(EN))).id);
    const r = await placeRepublication(store, (await store.saveAnalysis(analysisOf(text, '2021-05-05'))).id);
    expect(r.ok && r.links.map((l) => l.kind)).toEqual(kinds);
  });
});
}
