import { describe, expect, it } from 'vitest';
import { claimsDb, getClaim } from '../store/claims.js';
import type { Store } from '../store/index.js';
import { storePerTest, TEST_DATABASES } from '../store/testing.js';
import { groupArticle } from './group.js';
import { groupClaims } from './place.js';
import { placeClaims } from './store.js';
import { analysisOf, syntheticSource } from './test-helpers.js';
import type { ClaimSource, SourceStatement } from './types.js';

// A speaker's own statement and another speaker's statement about them share an entity in two roles (entity-roles.ts):
// that alone makes no claim. And the groups one article keeps apart stay apart when placed (place.ts, store.ts), even
// when the title's entities give them one key. Synthetic English sentences.

type Said = { speaker: string; entity?: string; stance?: SourceStatement['stance']; content: string };
const english = (text: string, statements: Said[], entities: Record<string, string>): ClaimSource =>
  ({ ...syntheticSource(text, statements, entities, { everyMention: true }), lang: 'en' });
const contentsOf = (src: ClaimSource) => groupArticle(src, '2024-05-01').map((g) => g.members.map((m) => m.content));

describe('an entity shared only as one statement\'s speaker and another\'s subject (entity-roles.ts)', () => {
  const WON = 'he had won the election despite the count in Vale\'s favour';
  const ACCEPT = 'Lund should accept the election result and move on';
  const people = { 'person:lund': 'Lund', 'person:vale': 'Vale' };

  it('keeps a speaker\'s claim apart from another speaker\'s call to that speaker on the same event', () => {
    const src = english(`Governor Lund said that ${WON}. Senator Moss said that ${ACCEPT}.`,
      [{ speaker: 'Governor Lund', entity: 'person:lund', content: WON }, { speaker: 'Senator Moss', stance: 'demand', content: ACCEPT }], people);
    expect(contentsOf(src)).toEqual([[WON], [ACCEPT]]);
  });

  it('keeps them apart in the other order too (the subject named first, the speaker after)', () => {
    const src = english(`Senator Moss said that ${ACCEPT}. Governor Lund said that ${WON}.`,
      [{ speaker: 'Senator Moss', stance: 'demand', content: ACCEPT }, { speaker: 'Governor Lund', entity: 'person:lund', content: WON }], people);
    expect(contentsOf(src)).toEqual([[ACCEPT], [WON]]);
  });

  it('still joins an answer across the roles: the one accused denying the accusation', () => {
    const RIGGED = 'Lund had rigged the election in the north', DENIED = 'the election in the north had been rigged';
    const src = english(`Senator Moss said that ${RIGGED}. Governor Lund denied that ${DENIED}.`,
      [{ speaker: 'Senator Moss', stance: 'accuse', content: RIGGED }, { speaker: 'Governor Lund', entity: 'person:lund', stance: 'deny', content: DENIED }], people);
    expect(contentsOf(src)).toEqual([[RIGGED, DENIED]]);
  });
});

describe('groups of one article kept apart stay apart when placed (place.ts)', () => {
  it('does not merge two groups that the title\'s entities gave one key (in memory)', () => {
    const A = 'Lund would resign from the cabinet next week', B = 'Vale would resign from the cabinet next week';
    const title = 'Lund and Vale to resign';
    const text = `${title}\n\nSenator Moss said that ${A}. Senator Ruiz said that ${B}.`;
    const src: ClaimSource = {
      ...english(text, [{ speaker: 'Senator Moss', content: A }, { speaker: 'Senator Ruiz', content: B }], { 'person:lund': 'Lund', 'person:vale': 'Vale' }),
      titleEnd: title.length, title,
    };
    expect(contentsOf(src)).toEqual([[A], [B]]);
    const claims = groupClaims([src], { fallbackDate: '2024-05-01' });
    expect(claims.map((c) => c.members.map((m) => m.content))).toEqual([[A], [B]]);
  });
});

describe('groups of one article kept apart stay apart in the store (store.ts)', () => {
  const NOW = () => new Date('2024-10-15T12:00:00Z');
  const TEXT = 'Putin and Zelensky to resign\n\nSenator Moss said that Putin would resign from his post next week. '
    + 'Senator Ruiz said that Zelensky would resign from his post next week.';
  let store: Store;
  for (const database of TEST_DATABASES) {
    describe(database.name, () => {
      storePerTest(database, (s) => { store = s; }, NOW);
      it('places the two groups of the title\'s entities as two claims', async () => {
        const r = await store.saveAnalysis(analysisOf(TEXT, '2024-10-15'), { replace: false });
        const ids = await placeClaims(store, r.id, { now: NOW });
        expect(ids).toHaveLength(2);
        const claims = await Promise.all(ids.map((id) => getClaim(claimsDb(store.db), id)));
        expect(claims.map((c) => c?.members.length)).toEqual([1, 1]);
      });
    });
  }
});
