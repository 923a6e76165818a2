import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { OPENAPI } from './api/openapi.js';
import { createApp } from './index.js';
import { ARABIC, fixtureStore } from './testing/fixtures.js';

// Contract tests: every response is validated against the OpenAPI document the server serves.

const DOC_ID = 'https://isnad.invalid/openapi.json';
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ ...OPENAPI, $id: DOC_ID });

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Validates a body against the documented schema of this path, method and status. */
function conforms(path: string, method: string, status: number, body: unknown): string[] {
  const ref = `${DOC_ID}#/${pointer('paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema')}`;
  const validate = ajv.compile({ $ref: ref });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('JSON API', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const call = async (template: string, url: string, init?: RequestInit) => {
    const res = await app.request(url, init);
    const body = await res.json();
    expect(conforms(template, (init?.method ?? 'get').toLowerCase(), res.status, body), `${url} → ${res.status}`).toEqual([]);
    return { status: res.status, body: body as any };
  };
  beforeAll(async () => {
    ({ store, dispose } = await fixtureStore());
    app = createApp({ store, onError: () => {}, writeToken: 'sekret', publicUrl: 'https://isnad.example' });
  });
  afterAll(() => dispose());

  it('has a contract check that catches an undocumented or missing field', () => {
    expect(conforms('/api/v1/articles', 'get', 200, { items: [{ id: 'x' }] })).not.toEqual([]);
    expect(conforms('/api/v1/articles', 'get', 200, { items: [], extra: 1 })).not.toEqual([]);
  });

  it('serves its OpenAPI 3.1 document', async () => {
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/articles', '/api/v1/statements', '/api/v1/search']));
  });

  it('lists articles by pages with a cursor', async () => {
    const first = await call('/api/v1/articles', '/api/v1/articles?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await call('/api/v1/articles', `/api/v1/articles?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeUndefined();
    expect((await call('/api/v1/articles', '/api/v1/articles?lang=ar')).body.items.map((a: any) => a.id)).toEqual([ARABIC.article.id]);
  });

  it('returns one article with statements and entities', async () => {
    const { status, body } = await call('/api/v1/articles/{id}', `/api/v1/articles/${ARABIC.article.id}`);
    expect(status).toBe(200);
    expect(body.statements[0]).toMatchObject({ stance: 'deny', speaker: { entity: 'person:peskov' } });
    expect(body.url).toBe(`https://isnad.example/articles/${ARABIC.article.id}`);
    expect((await call('/api/v1/articles/{id}', '/api/v1/articles/nope')).status).toBe(404);
  });

  it('filters statements by speaker (Arabic-aware), stance, about and language, by pages', async () => {
    expect((await call('/api/v1/statements', `/api/v1/statements?speaker=${encodeURIComponent('بيسكوف')}&stance=deny`)).body.items).toHaveLength(1);
    expect((await call('/api/v1/statements', '/api/v1/statements?speaker=Peskov')).body.items).toHaveLength(1);
    expect((await call('/api/v1/statements', '/api/v1/statements?about=grain&lang=en')).body.items).toHaveLength(1);
    expect((await call('/api/v1/statements', '/api/v1/statements?aboutEntity=country:KP')).body.items).toHaveLength(1);
    const first = await call('/api/v1/statements', '/api/v1/statements?limit=1');
    const second = await call('/api/v1/statements', `/api/v1/statements?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('returns an entity with what it said and what was said about it', async () => {
    const { body } = await call('/api/v1/entities/{id}', '/api/v1/entities/person:peskov');
    expect(body.entity).toMatchObject({ names: { en: 'Dmitry Peskov' }, articles: 1 });
    expect(body.said.items).toHaveLength(1);
    expect((await call('/api/v1/entities/{id}', '/api/v1/entities/nobody')).status).toBe(404);
  });

  it('searches with filters and snippets', async () => {
    const { body } = await call('/api/v1/search', `/api/v1/search?q=${encodeURIComponent('الكرملين')}&stance=deny`);
    expect(body.items[0]).toMatchObject({ id: ARABIC.article.id, fragments: expect.arrayContaining([{ text: 'الكرملين', hit: true }]) });
  });

  it.each([
    ['/api/v1/articles', '/api/v1/articles?limit=0', 'limit'],
    ['/api/v1/articles', '/api/v1/articles?lang=klingon', 'lang'],
    ['/api/v1/articles', '/api/v1/articles?cursor=1.2', 'cursor'],
    ['/api/v1/articles', '/api/v1/articles?sort=up', 'sort'],
    ['/api/v1/statements', '/api/v1/statements?stance=maybe', 'stance'],
    ['/api/v1/statements', '/api/v1/statements?limit=1&limit=2', 'limit'],
    ['/api/v1/search', '/api/v1/search', 'q'],
    ['/api/v1/stories', '/api/v1/stories?cursor=1.2', 'cursor'],
    ['/api/v1/stories', '/api/v1/stories?lang=ar', 'lang'],
    ['/api/v1/search', '/api/v1/search?q=a&from=2024-13-01', 'from'],
    ['/api/v1/search', '/api/v1/search?q=a&from=2024-10-02&to=2024-10-01', 'to'],
    ['/api/v1/articles/{id}', `/api/v1/articles/${ARABIC.article.id}?x=1`, 'x'],
  ])('answers %s with 400 naming the field (%s)', async (template, url, field) => {
    const { status, body } = await call(template, url);
    expect(status).toBe(400);
    expect(body.error.field).toBe(field);
  });

  it('answers an unknown endpoint with a JSON 404', async () => {
    const res = await app.request('/api/v1/nothing');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { field: 'path' } });
  });

  it('stores a posted text with the bearer token, and refuses it without', async () => {
    const post = (auth: string | undefined, body: unknown) => call('/api/v1/articles', '/api/v1/articles', {
      method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body),
    });
    const text = 'Minister warns of drought\nThe minister warned that the drought would cut the harvest.';
    expect((await post(undefined, { text })).status).toBe(401);
    expect((await post('Bearer wrong', { text })).status).toBe(401);
    expect((await post('Bearer sekret', { text: '' })).body.error.field).toBe('text');
    expect((await post('Bearer sekret', { text, extra: 1 })).body.error.field).toBe('extra');
    expect((await post('Bearer sekret', { text, url: 'javascript:alert(1)' })).status).toBe(422);
    const stored = await post('Bearer sekret', { text, outlet: 'Gazette' });
    expect(stored.status).toBe(201);
    expect((await post('Bearer sekret', { text, outlet: 'Gazette' })).body.status).toBe('duplicate');
    const page = await (await app.request(`/articles/${stored.body.id}`)).text();
    expect(page).toContain('Minister warns of drought');
  });

  it('serves no write route when read-only', async () => {
    const ro = createApp({ store, readOnly: true, writeToken: 'sekret' });
    const res = await ro.request('/api/v1/articles', { method: 'POST', headers: { authorization: 'Bearer sekret' }, body: '{}' });
    expect(res.status).toBe(404);
    expect((await ro.request('/add')).status).toBe(404);
  });
});
