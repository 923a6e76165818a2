import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { claimsDb, insertMembers, saveClaimRecord } from '../store/claims.js';
import type { Member } from '../claims/types.js';
import { createApp } from './index.js';
import { conforms } from './testing/contract.js';
import { ARABIC } from './testing/fixtures.js';

// A timeline date that is only when isnad stored an undated article says so ("added"), on the page and in the API.

const { publishedAt: _dropped, ...undatedArticle } = ARABIC.article;
const UNDATED = { ...ARABIC, article: { ...undatedArticle, id: 'undated-1' } };
const DATED = { ...ARABIC, article: { ...ARABIC.article, id: 'dated-1' } };
const CLAIM = 'deploy:country:KP';
const html = (s: string) => new DOMParser().parseFromString(s, 'text/html');

describe('timeline dates of undated articles', () => {
  let dir: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-web-claim-dates-'));
    store = await openStore({ path: join(dir, 'isnad.db'), now: () => new Date('2024-10-16T08:00:00Z') });
    for (const a of [UNDATED, DATED]) await store.saveAnalysis(a);
    const db = claimsDb(store.db);
    await saveClaimRecord(db, { id: CLAIM, concept: 'deploy', keyEntities: ['country:KP'], title: 'Troops', lang: 'ar', firstSeen: '2024-10-15T00:00:00Z', lastSeen: '2024-10-16T08:00:00Z' }, '2024-10-16T08:00:00.000Z');
    const s = ARABIC.statements[0];
    const member = (articleId: string, date: string): Member => ({
      statementId: `${articleId}:0`, articleId, position: 'against', stance: s.stance, rule: 'concept-entities', origin: 'auto',
      speaker: s.speaker, speakerKey: 'person:peskov', content: s.content.text, entities: ['country:KP'], lang: 'ar', date,
    });
    await insertMembers(db, CLAIM, [member('dated-1', '2024-10-15T00:00:00.000Z'), member('undated-1', '2024-10-16T08:00:00.000Z')]);
    app = createApp({ store, onError: (e) => { throw e; } });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the ingest date as "added" with why, and a publication date plainly', async () => {
    const times = [...html(await (await app.request(`/claims/${encodeURIComponent(CLAIM)}`)).text()).querySelectorAll('li[data-position] > time')];
    expect(times.map((t) => t.textContent)).toEqual(['2024-10-15', 'added 2024-10-16']);
    expect(times[0].getAttribute('title')).toBeNull();
    expect(times[1].getAttribute('title')).toMatch(/when isnad stored it/);
  });

  it('marks only the undated entry `undated` in the API', async () => {
    const res = await app.request(`/api/v1/claims/${encodeURIComponent(CLAIM)}`);
    const body = await res.json();
    expect(conforms('/api/v1/claims/{id}', 'get', res.status, body)).toEqual([]);
    expect(body.timeline.map((e: { articleId: string; undated?: boolean }) => [e.articleId, e.undated])).toEqual([['dated-1', undefined], ['undated-1', true]]);
  });
});
