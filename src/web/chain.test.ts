import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { claimsDb, insertMembers, saveClaimRecord } from '../store/claims.js';
import { createApp } from './index.js';
import { ARABIC, ENGLISH } from './testing/fixtures.js';

// Every statement shown with its chain (issue 4): speaker → the outlet that reported it (with the
// registry's ownership label) → the site that republished it, on the article, claim and entity pages.

const REPUBLISHED = { ...ARABIC, article: { ...ARABIC.article, id: 'republished-1', site: 'موقع تجاربنا' } };
const CHAIN = 'دميتري بيسكوف denied — reported by RT (Russian state media), republished in Arabic by موقع تجاربنا';
const html = (s: string) => new DOMParser().parseFromString(s, 'text/html');
const chains = (body: string) => [...html(body).querySelectorAll('.chain')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the chain of each statement', () => {
  let dir: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => (await app.request(path)).text();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-web-chain-'));
    store = await openStore({ path: join(dir, 'isnad.db'), now: () => new Date('2024-10-16T08:00:00Z') });
    for (const a of [REPUBLISHED, ENGLISH]) await store.saveAnalysis(a);
    const db = claimsDb(store.db);
    await saveClaimRecord(db, { id: 'deploy:country:KP', concept: 'deploy', keyEntities: ['country:KP'], title: 'Troops', lang: 'en', firstSeen: '2024-10-15T00:00:00Z', lastSeen: '2024-10-15T00:00:00Z' }, '2024-10-16T08:00:00.000Z');
    const s = REPUBLISHED.statements[0];
    await insertMembers(db, 'deploy:country:KP', [{
      statementId: 'republished-1:0', articleId: 'republished-1', position: 'against', stance: s.stance, rule: 'concept-entities', origin: 'auto',
      speaker: s.speaker, speakerKey: 'person:peskov', content: s.content.text, entities: ['country:KP'], lang: 'ar', date: '2024-10-15T00:00:00Z',
    }]);
    app = createApp({ store, onError: (e) => { throw e; } });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the speaker, the outlet with its ownership and the republishing site on the article page', async () => {
    const body = await get('/articles/republished-1');
    expect(chains(body)).toEqual([CHAIN]);
    const chain = html(body).querySelector('.chain')!;
    expect(chain.getAttribute('lang')).toBe('en');
    expect(chain.querySelector('.speaker')?.getAttribute('lang')).toBe('ar');
    expect(chain.querySelector('.site')?.getAttribute('lang')).toBe('ar');
    expect(chain.querySelector('.ownership')?.getAttribute('title')).toMatch(/^Source: Wikipedia: RT/);
  });

  it('shows the same chain in the claim timeline and on the speaker entity page', async () => {
    expect(chains(await get('/claims/deploy%3Acountry%3AKP'))).toEqual([CHAIN]);
    expect(chains(await get('/entities/person%3Apeskov'))).toContain(CHAIN);
  });

  it('says only who reported it when no site republished it, and nothing made up for an unknown outlet', async () => {
    // ENGLISH is from "Wire", which the registry does not know: its name, no ownership label.
    expect(chains(await get(`/articles/${ENGLISH.article.id}`))).toEqual(['The envoy denied — reported by Wire']);
  });

  it('lists on an entity page the claims it takes part in', async () => {
    const doc = html(await get('/entities/person%3Apeskov'));
    expect([...doc.querySelectorAll('ul.claims-of-entity a.title')].map((a) => a.getAttribute('href'))).toEqual(['/claims/deploy%3Acountry%3AKP']);
    const kp = html(await get('/entities/country%3AKP'));
    expect(kp.querySelectorAll('ul.claims-of-entity li')).toHaveLength(1);
  });
});
