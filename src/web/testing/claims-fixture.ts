import { claimsDb, insertMembers, saveClaimRecord } from '../../store/claims.js';
import type { Store } from '../../store/index.js';
import { saveLinks } from '../../store/republish.js';
import { saveMember } from '../../store/stories.js';
import { ARABIC, ENGLISH, HOSTILE } from './fixtures.js';

// A claim, two stories and a republication link over the web fixtures, written straight to the store.

export const CLAIM_ID = 'deploy:country:KP';
/** A title that would close a script element if JSON-LD were not escaped. */
export const CLAIM_TITLE = 'North Korean troops </script><script>alert(1)</script> in Russia';
const NOW = '2024-10-16T08:00:00.000Z';

export async function addClaimsFixture(store: Store): Promise<void> {
  const db = claimsDb(store.db);
  await saveClaimRecord(db, { id: CLAIM_ID, concept: 'deploy', keyEntities: ['country:KP'], title: CLAIM_TITLE, lang: 'en', firstSeen: '2020-01-11T00:00:00Z', lastSeen: '2024-10-15T00:00:00Z' }, NOW);
  const member = (a: typeof ARABIC, position: 'for' | 'against' | 'unsure', speakerKey: string, date: string) => ({
    statementId: `${a.article.id}:0`, articleId: a.article.id, position, stance: a.statements[0].stance, rule: 'concept-entities' as const,
    origin: 'auto' as const, speaker: a.statements[0].speaker, speakerKey, content: a.statements[0].content.text, entities: ['country:KP'],
    lang: a.article.language, date,
  });
  await insertMembers(db, CLAIM_ID, [member(ENGLISH, 'for', 'text:envoy', '2020-01-11T00:00:00Z'), member(ARABIC, 'against', 'person:peskov', '2024-10-15T00:00:00Z')]);
  const sig = new Uint8Array(4);
  const add = (articleId: string, storyId: string, day: number, start?: { title: string; language: string }) =>
    saveMember(store.db, { articleId, storyId, day, signature: sig, anchors: [], score: 1, evidence: {}, ...(start ? { start } : {}) }, NOW);
  await add(ARABIC.article.id, ARABIC.article.id, 20011, { title: ARABIC.article.title, language: 'ar' });
  await add(HOSTILE.article.id, ARABIC.article.id, 20012);
  await add(ENGLISH.article.id, ENGLISH.article.id, 18272, { title: ENGLISH.article.title, language: 'en' });
  await saveLinks(store.db, [{ originId: ARABIC.article.id, copyId: HOSTILE.article.id, kind: 'translation', score: 0.9, evidence: {} }], NOW);
}
