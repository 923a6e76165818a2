import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { createApp } from './index.js';
import { fixtureStore } from './testing/fixtures.js';

const TEXT = 'Mayor denies closure\nThe mayor denied that the bridge would close in winter.';

describe('/add', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    ({ store, dispose } = await fixtureStore());
    app = createApp({ store, writeToken: 'sekret', onError: () => {} });
  });
  afterAll(() => dispose());

  /** Loads the form: its CSRF cookie and field. */
  async function form(a = app) {
    const res = await a.request('/add');
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const csrf = (await res.text()).match(/name="csrf" value="([^"]+)"/)?.[1] ?? '';
    return { cookie, csrf };
  }
  const post = (fields: Record<string, string>, headers: Record<string, string>) =>
    app.request('/add', { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', ...headers } });

  it('serves a form with a CSRF field and an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await app.request('/add');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^isnad_csrf=[\w-]+\.[\w-]+; Max-Age=7200; Path=\/add; HttpOnly; SameSite=Strict$/);
    const body = await res.text();
    expect(body).toContain('<textarea id="add-text" name="text"');
    expect(body).toContain('type="password" name="token"');
  });

  it('stores the pasted text and redirects to its page', async () => {
    const { cookie, csrf } = await form();
    const res = await post({ csrf, token: 'sekret', text: TEXT, outlet: 'Gazette' }, { cookie });
    expect(res.status).toBe(303);
    const page = await (await app.request(res.headers.get('location')!)).text();
    expect(page).toMatch(/<h1 lang="en" dir="ltr">.*Mayor.*<\/h1>/);
    expect(page).toContain('Gazette');
  });

  it.each([
    ['without the cookie', (f: { cookie: string; csrf: string }) => [{ csrf: f.csrf, token: 'sekret', text: TEXT }, {}]],
    ['with a field that does not match the cookie', (f: { cookie: string; csrf: string }) => [{ csrf: `${f.csrf}x`, token: 'sekret', text: TEXT }, { cookie: f.cookie }]],
    ['with a wrong write token', (f: { cookie: string; csrf: string }) => [{ csrf: f.csrf, token: 'guess', text: TEXT }, { cookie: f.cookie }]],
  ])('refuses a post %s, keeping what was typed', async (_name, make) => {
    const [fields, headers] = make(await form()) as [Record<string, string>, Record<string, string>];
    const res = await post(fields, headers);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/<textarea [^>]*>Mayor denies closure\nThe mayor/);
  });

  it('refuses a post from another origin', async () => {
    const f = await form();
    const res = await post({ csrf: f.csrf, token: 'sekret', text: TEXT }, { cookie: f.cookie, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('keeps pasted markup as text in the form after an error', async () => {
    const f = await form();
    const res = await post({ csrf: f.csrf, token: 'guess', text: '</textarea><script>window.__pwned=1</script>' }, { cookie: f.cookie });
    const body = await res.text();
    expect(body).not.toContain('<script>window');
    expect(body).toContain('&lt;/textarea&gt;&lt;script&gt;');
  });

  it('says that writing is disabled when no token is configured', async () => {
    const closed = createApp({ store });
    const page = await closed.request('/add');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Adding articles is disabled on this server');
    const res = await closed.request('/add', { method: 'POST', body: new URLSearchParams({ text: TEXT }), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' } });
    expect(res.status).toBe(403);
    const api = await closed.request('/api/v1/articles', { method: 'POST', headers: { authorization: 'Bearer x' }, body: '{}' });
    expect(api.status).toBe(403);
  });
});
