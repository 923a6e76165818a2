import { serve, type ServerType } from '@hono/node-server';
import { DOMParser } from 'linkedom';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertsDb } from '../store/alerts.js';
import type { Store } from '../store/index.js';
import { createApp } from './index.js';
import { addClaimsFixture, CLAIM_ID } from './testing/claims-fixture.js';
import { ARABIC, fixtureStore } from './testing/fixtures.js';

// Issue 7: every claim, entity, story, search and outlet page carries a subscribe form that works
// without JavaScript. Over loopback HTTP, as a browser without scripts would: GET the page, send the
// form's fields with its cookie → a 202 page, and the confirmation waits in the outbox.

const SECRET = 'form-secret';

describe('the subscribe form of each followable page', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let server: ServerType;
  let base: string;
  beforeAll(async () => {
    ({ store, dispose } = await fixtureStore());
    await addClaimsFixture(store);
    const app = createApp({ store, onError: (e) => { throw e; }, subscriptions: { secret: SECRET } });
    await new Promise<void>((resolve) => { server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve()); });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await dispose();
  });

  /** The page's subscribe form: its action, its fields as a browser would send them (the email filled in), and the cookie the page set. */
  async function formOf(path: string, email: string, mode?: 'immediate' | 'digest') {
    const res = await fetch(`${base}${path}`);
    expect(res.status, path).toBe(200);
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const form = doc.querySelector('section.subscribe form');
    if (!form) throw new Error(`no subscribe form on ${path}`);
    const fields = new URLSearchParams();
    for (const input of form.querySelectorAll('input')) {
      const type = input.getAttribute('type');
      const name = input.getAttribute('name')!;
      if (type === 'email') fields.set(name, email);
      else if (type === 'radio') { if (mode ? input.getAttribute('value') === mode : input.hasAttribute('checked')) fields.set(name, input.getAttribute('value')!); }
      else fields.set(name, input.getAttribute('value') ?? '');
    }
    const label = doc.querySelector(`label[for="${form.querySelector('input[type=email]')!.getAttribute('id')}"]`);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return { action: form.getAttribute('action')!, method: form.getAttribute('method'), fields, label: label?.textContent, cookie, cacheControl: res.headers.get('cache-control') };
  }

  const send = (f: { action: string; fields: URLSearchParams; cookie: string }, headers: Record<string, string> = {}) => fetch(`${base}${f.action}`, {
    method: 'POST', body: f.fields, redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, cookie: f.cookie, ...headers },
  });
  const confirmations = () => alertsDb(store.db).selectFrom('outbox as o').innerJoin('subscriptions as s', 's.id', 'o.subscription_id')
    .select(['s.email', 's.kind', 's.target', 's.mode', 's.status']).where('o.kind', '=', 'confirm').orderBy('o.id').execute();

  const encoded = (s: string) => encodeURIComponent(s);
  it.each([
    ['a claim page', `/claims/${encoded(CLAIM_ID)}`, { kind: 'claim', target: CLAIM_ID }, 'immediate'],
    ['an entity page', '/entities/person:peskov', { kind: 'entity', target: 'person:peskov' }, 'digest'],
    ['a story page', `/stories/${ARABIC.article.id}`, { kind: 'story', target: ARABIC.article.id }, 'immediate'],
    ['a search page', `/search?q=${encoded('بيسكوف')}`, { kind: 'search', target: 'بيسكوف' }, 'digest'],
    ['an outlet page', `/outlets/${encoded('RT World News')}`, { kind: 'outlet', target: 'rt world news' }, 'immediate'],
  ] as const)('subscribes from %s: a 202 page, and the confirmation queued in the outbox', async (_name, path, followed, mode) => {
    const email = `${followed.kind}@example.org`;
    const form = await formOf(path, email, mode);
    expect(form).toMatchObject({ action: '/subscriptions', method: 'post', label: 'Email' });
    expect(form.cacheControl).toContain('private');
    const res = await send(form);
    expect(res.status).toBe(202);
    expect(await res.text()).toContain('Check your inbox');
    expect((await confirmations()).at(-1)).toEqual({ email, ...followed, mode, status: 'pending' });
  });

  it('refuses a form without this browser\'s token, or from another site, and queues nothing', async () => {
    const before = (await confirmations()).length;
    const form = await formOf('/entities/person:peskov', 'forged@example.org');
    const noCookie = await send({ ...form, cookie: '' });
    expect(noCookie.status).toBe(403);
    expect(await noCookie.text()).toContain('The form had expired or did not come from this site');
    const otherToken = await formOf('/entities/person:peskov', 'forged@example.org');
    expect((await send({ ...form, cookie: otherToken.cookie.replace(/=.*/, '=x.y') })).status).toBe(403);
    expect((await send(form, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await confirmations()).length).toBe(before);
  });

  it('keeps one token per browser, so that two open pages both submit', async () => {
    const first = await formOf('/entities/person:peskov', 'tabs@example.org');
    const res = await fetch(`${base}/claims/${encoded(CLAIM_ID)}`, { headers: { cookie: first.cookie } });
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    expect(doc.querySelector('section.subscribe input[name=csrf]')?.getAttribute('value')).toBe(first.fields.get('csrf'));
  });

  it('shows the outlet\'s registry record and articles, and answers an unknown outlet with 404', async () => {
    const body = await (await fetch(`${base}/outlets/${encoded('RT World News')}`)).text();
    expect(body).toContain('<h1 dir="auto">RT World News</h1>');
    expect(body).toMatch(/<dt>Ownership<\/dt><dd>[^<]*state/i);
    expect(body).toContain('<dt>Source of the label</dt><dd>Wikipedia: RT');
    expect(body).toContain(`href="/articles/${ARABIC.article.id}"`);
    expect((await fetch(`${base}/outlets/${encoded('No Such Outlet')}`)).status).toBe(404);
  });

  it('offers no form where subscriptions are not served', async () => {
    const plain = createApp({ store, onError: (e) => { throw e; } });
    for (const path of [`/claims/${encoded(CLAIM_ID)}`, '/entities/person:peskov', `/outlets/${encoded('RT World News')}`]) {
      const res = await plain.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain('action="/subscriptions"');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });
});
