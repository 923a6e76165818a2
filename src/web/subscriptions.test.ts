import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIRM_TTL_S, signToken } from '../alerts/tokens.js';
import { alertsDb, listSubscriptions } from '../store/alerts.js';
import type { Store } from '../store/index.js';
import { OPENAPI } from './api/openapi.js';
import { createApp } from './index.js';
import { conforms } from './testing/contract.js';
import { fixtureStore } from './testing/fixtures.js';
import { IP_BURST } from './routes/subscriptions.js';

// POST /api/v1/subscriptions against the OpenAPI document: every answer, accepted or refused, conforms.

const PATH = '/api/v1/subscriptions';
const NOW = new Date('2024-10-16T08:00:00Z');

describe('the subscription API, validated against its OpenAPI document', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    ({ store, dispose } = await fixtureStore());
    app = createApp({ store, onError: () => {}, subscriptions: { secret: 's', now: () => NOW } });
  });
  afterEach(() => dispose());

  /** Posts `body` (a string as is) from client `ip`; the answer must conform to the document. */
  const post = async (body: unknown, ip = '192.0.2.1') => {
    const res = await app.request(PATH, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body),
    }, { incoming: { socket: { remoteAddress: ip } } });
    const json = await res.json();
    expect(conforms(PATH, 'post', res.status, json), `${res.status} ${JSON.stringify(json)}`).toEqual([]);
    return { status: res.status, body: json as { status?: string; error?: { field: string; reason: string } }, retryAfter: res.headers.get('retry-after') };
  };

  it('documents the endpoint, its request and every answer', () => {
    const op = OPENAPI.paths[PATH].post;
    expect(op.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/SubscriptionRequest' });
    expect(Object.keys(op.responses).sort()).toEqual(['202', '400', '409', '413', '429']);
  });

  it('accepts a subscription as pending, then refuses a second pending one for the address with 409', async () => {
    expect(await post({ email: 'Reader@Example.org', kind: 'entity', target: 'person:peskov', mode: 'digest' })).toMatchObject({ status: 202, body: { status: 'pending' } });
    expect((await listSubscriptions(alertsDb(store.db)))[0]).toMatchObject({ email: 'reader@example.org', status: 'pending', mode: 'digest' });
    expect(await post({ email: 'reader@example.org', kind: 'outlet', target: 'RT' })).toMatchObject({ status: 409, body: { error: { field: 'email' } } });
  });

  it.each([
    ['a body that is not JSON', '{oops', 'body'],
    ['an unknown field', { email: 'r@example.org', kind: 'entity', target: 'x', cc: 'y@example.org' }, 'cc'],
    ['a malformed address', { email: 'not-an-address', kind: 'entity', target: 'x' }, 'email'],
    ['a header-injection attempt', { email: 'a@b.c\r\nBcc: x@y.z', kind: 'entity', target: 'x' }, 'email'],
    ['an over-long address', { email: `${'a'.repeat(250)}@b.cd`, kind: 'entity', target: 'x' }, 'email'],
    ['an unknown kind', { email: 'r@example.org', kind: 'person', target: 'x' }, 'kind'],
    ['a claim that does not exist', { email: 'r@example.org', kind: 'claim', target: 'no-such-claim' }, 'target'],
  ])('refuses %s with a 400 naming the field', async (_name, body, field) => {
    expect(await post(body)).toMatchObject({ status: 400, body: { error: { field } } });
    expect(await listSubscriptions(alertsDb(store.db))).toEqual([]);
  });

  it('refuses a body over its limit with a JSON 413', async () => {
    expect(await post({ email: 'r@example.org', kind: 'search', target: 'x'.repeat(8000) })).toMatchObject({ status: 413, body: { error: { field: 'body' } } });
  });

  it('refuses a confirmation link once it has expired, and one signed with another secret', async () => {
    expect((await post({ email: 'r@example.org', kind: 'entity', target: 'person:peskov' })).status).toBe(202);
    const confirm = (token: string) => app.request(`/subscriptions/confirm?token=${encodeURIComponent(token)}`);
    const expired = await confirm(signToken('s', 'confirm', 1, new Date(NOW.getTime() - (CONFIRM_TTL_S + 1) * 1000)));
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('This link is expired.');
    expect((await confirm(signToken('another secret', 'confirm', 1, NOW))).status).toBe(400);
    expect((await listSubscriptions(alertsDb(store.db)))[0]!.status).toBe('pending');
    expect((await confirm(signToken('s', 'confirm', 1, NOW))).status).toBe(200);
    expect((await listSubscriptions(alertsDb(store.db)))[0]!.status).toBe('active');
  });

  it('limits requests per address, with Retry-After', async () => {
    const ask = (ip: string) => post({ email: 'r@example.org', kind: 'entity', target: 'person:peskov' }, ip);
    expect((await ask('192.0.2.1')).status).toBe(202);
    expect((await ask('192.0.2.2')).status).toBe(409);
    expect((await ask('192.0.2.3')).status).toBe(409);
    const limited = await ask('192.0.2.4'); // a fourth client, the same address: the address's burst is spent
    expect(limited).toMatchObject({ status: 429, body: { error: { field: 'email' } } });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
  });

  it('limits requests per client, whatever the addresses, and not other clients', async () => {
    for (let i = 0; i < IP_BURST; i++) expect((await post({ email: `r${i}@example.org`, kind: 'entity', target: 'x' }, '198.51.100.7')).status).toBe(202);
    const limited = await post({ email: 'another@example.org', kind: 'entity', target: 'x' }, '198.51.100.7');
    expect(limited).toMatchObject({ status: 429, body: { error: { field: 'ip' } } });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect((await post({ email: 'another@example.org', kind: 'entity', target: 'x' }, '198.51.100.8')).status).toBe(202);
  });
});
