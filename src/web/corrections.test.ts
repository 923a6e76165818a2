import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimsDb, getClaim } from '../store/claims.js';
import { createApp } from './index.js';
import { correctionsStore, RATIFY, statementWith, STRAY, TROOPS, type CorrectionsStore } from './testing/corrections-fixture.js';

// The claim page's correction forms, against the seed's real claims in a SQLite file: the write token
// and CSRF checks of /add, a 303 back to the claim on success, the page again with the reason on failure.

const href = (id: string) => `/claims/${encodeURIComponent(id)}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' };

describe('correcting a claim from its page', () => {
  let fx: CorrectionsStore;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    fx = await correctionsStore();
    app = createApp({ store: fx.store, writeToken: 'sekret', onError: (e) => { throw e; } });
  });
  afterEach(() => fx.dispose());

  const claim = (id: string) => getClaim(claimsDb(fx.store.db), id);
  /** Loads a claim page: its correction cookie and CSRF field. */
  async function page(id = TROOPS) {
    const res = await app.request(href(id));
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const body = await res.text();
    return { res, body, cookie, csrf: body.match(/name="csrf" value="([^"]+)"/)?.[1] ?? '' };
  }
  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers: { ...FORM, ...headers } });

  it('shows the forms with a CSRF field and an HttpOnly cookie for the claim pages, one move-out button a statement', async () => {
    const { res, body } = await page();
    expect(res.headers.get('set-cookie')).toMatch(/^isnad_correct=[\w-]+\.[\w-]+; Max-Age=7200; Path=\/claims; HttpOnly; SameSite=Strict$/);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(body).toContain('Correct this grouping');
    expect(body).toContain(`action="${href(TROOPS)}/merge"`);
    expect(body).toContain(`action="${href(TROOPS)}/move-out"`);
    expect(body).toContain(`action="${href(TROOPS)}/move-in"`);
    expect(body).toMatch(/<label for="move-in-statement">Move a statement into this claim/);
    expect(body).toMatch(/<p class="meta" id="move-in-help">[^]*isnad statements --format json/);
    // The three correction forms', and the one of the statements nearby that are in no claim.
    expect(body.match(/type="password" name="token"/g)).toHaveLength(4);
    const members = (await claim(TROOPS))!.members;
    expect(body.match(/>Move out<\/button>/g)).toHaveLength(members.length);
    // Article text keeps its language and direction.
    expect(body).toMatch(/<q lang="ar" dir="rtl">/);
  });

  it('shows none of it, and refuses the posts with 403, without a write token', async () => {
    const closed = createApp({ store: fx.store });
    const res = await closed.request(href(TROOPS));
    const body = await res.text();
    expect(body).not.toContain('Correct this grouping');
    expect(body).not.toContain('name="token"');
    expect(res.headers.get('set-cookie')).toBeNull();
    for (const action of ['merge', 'move-out', 'move-in']) {
      const refused = await closed.request(`${href(TROOPS)}/${action}`, { method: 'POST', body: new URLSearchParams({ from: RATIFY }), headers: FORM });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain('Correcting claims is disabled');
    }
    expect(await claim(RATIFY)).toBeDefined();
    const ro = createApp({ store: fx.store, readOnly: true, writeToken: 'sekret' });
    expect(await (await ro.request(href(TROOPS))).text()).not.toContain('Correct this grouping');
    expect((await ro.request(`${href(TROOPS)}/merge`, { method: 'POST', body: new URLSearchParams({ from: RATIFY }), headers: FORM })).status).toBe(404);
  });

  it('merges another claim, by id or by the address of its page, and goes back to the surviving claim', async () => {
    const f = await page();
    const res = await post(`${href(TROOPS)}/merge`, { csrf: f.csrf, token: 'sekret', from: `https://isnad.example${href(RATIFY)}` }, { cookie: f.cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(href(TROOPS));
    expect(await claim(RATIFY)).toBeUndefined();
    expect((await claim(TROOPS))?.members.some((m) => m.content.includes('التصديق'))).toBe(true);
    await fx.reanalyse();
    expect((await claim(TROOPS))?.members.some((m) => m.content.includes('التصديق'))).toBe(true);
  });

  it('moves a statement out, goes back to the claim it left, and re-analysis does not put it back', async () => {
    const out = (await claim(TROOPS))!.members.find((m) => m.content.includes('قصة كاذبة'))!;
    const f = await page();
    const res = await post(`${href(TROOPS)}/move-out`, { csrf: f.csrf, token: 'sekret', statement: out.statementId }, { cookie: f.cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(href(TROOPS));
    const after = await (await app.request(res.headers.get('location')!)).text();
    expect(after).not.toContain(`value="${out.statementId}"`);
    await fx.reanalyse();
    expect((await claim(TROOPS))?.members.some((m) => m.content.includes('قصة كاذبة'))).toBe(false);
  });

  it('moves a statement that is in no claim into this one, by id or by the address of its place, and re-analysis keeps it there', async () => {
    const stray = await statementWith(fx.store, STRAY);
    const inTroops = async () => (await claim(TROOPS))?.members.some((m) => m.content.includes(STRAY));
    expect(await inTroops()).toBe(false);
    expect(await claim(RATIFY).then((c) => c?.members.some((m) => m.content.includes(STRAY)))).toBe(false);
    const f = await page();
    // The id as the article page shows it, pasted with blanks around it.
    const res = await post(`${href(TROOPS)}/move-in`, { csrf: f.csrf, token: 'sekret', statement: `  ${stray}\n` }, { cookie: f.cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(href(TROOPS));
    expect(await inTroops()).toBe(true);
    expect(await (await app.request(href(TROOPS))).text()).toContain(`<li data-statement="${stray}">`);
    await fx.reanalyse();
    expect(await inTroops()).toBe(true);
    // After re-analysis the statement has another id; the address of its place on the article page works too.
    const renumbered = await statementWith(fx.store, STRAY);
    const [article, n] = [renumbered.slice(0, renumbered.lastIndexOf(':')), renumbered.split(':').pop()];
    const again = await post(`${href(RATIFY)}/move-in`, { csrf: f.csrf, token: 'sekret', statement: `https://isnad.example/articles/${article}#statement-${n}` }, { cookie: f.cookie });
    expect([again.status, again.headers.get('location')]).toEqual([303, href(RATIFY)]);
    expect((await claim(RATIFY))?.members.some((m) => m.statementId === renumbered)).toBe(true);
    expect(await inTroops()).toBe(false);
  });

  it('moves a statement of another claim into this one, going back to this claim', async () => {
    const [only] = (await claim(RATIFY))!.members;
    const f = await page();
    const res = await post(`${href(TROOPS)}/move-in`, { csrf: f.csrf, token: 'sekret', statement: only.statementId }, { cookie: f.cookie });
    expect([res.status, res.headers.get('location')]).toEqual([303, href(TROOPS)]);
    expect((await claim(TROOPS))?.members.map((m) => m.statementId)).toContain(only.statementId);
    expect((await claim(RATIFY))?.members.map((m) => m.statementId) ?? []).not.toContain(only.statementId);
  });

  it('shows each statement\'s id on its article page, to paste into the move-in form', async () => {
    const stray = await statementWith(fx.store, STRAY);
    const articleId = stray.slice(0, stray.lastIndexOf(':'));
    const body = await (await app.request(`/articles/${articleId}`)).text();
    expect(body).toMatch(new RegExp(`<li id="statement-\\d+" data-stance="\\w+" data-statement="${stray}" lang="ar" dir="rtl">`));
    expect(body).toContain(`<span class="meta"> · </span><span class="meta sid" lang="en" dir="ltr">id <code>${stray}</code></span>`);
  });

  it('shows a correction at once on the article page, which is kept in memory while the store is unchanged', async () => {
    const articleId = (await claim(RATIFY))!.members[0].articleId;
    const article = async () => (await app.request(`/articles/${articleId}`)).text();
    expect(await article()).toContain(`href="${href(RATIFY)}"`);
    expect(await article()).toContain(`href="${href(RATIFY)}"`);
    const f = await page();
    expect((await post(`${href(TROOPS)}/merge`, { csrf: f.csrf, token: 'sekret', from: RATIFY }, { cookie: f.cookie })).status).toBe(303);
    expect(await article()).not.toContain(`href="${href(RATIFY)}"`);
  });

  it('goes to the claims list when the last statement of a claim moves out', async () => {
    const [only] = (await claim(RATIFY))!.members;
    const f = await page(RATIFY);
    const res = await post(`${href(RATIFY)}/move-out`, { csrf: f.csrf, token: 'sekret', statement: only.statementId }, { cookie: f.cookie });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/claims']);
  });

  type Case = [string, (f: { cookie: string; csrf: string }) => [string, Record<string, string>, Record<string, string>], number, RegExp];
  it.each<Case>([
    ['without the CSRF cookie', (f) => ['merge', { csrf: f.csrf, token: 'sekret', from: RATIFY }, {}], 403, /expired or did not come from this site/],
    ['without the CSRF field', (f) => ['merge', { token: 'sekret', from: RATIFY }, { cookie: f.cookie }], 403, /expired or did not come from this site/],
    ['with a CSRF field that does not match the cookie', (f) => ['move-out', { csrf: `${f.csrf}x`, token: 'sekret', statement: 'x:0' }, { cookie: f.cookie }], 403, /expired/],
    ['without the write token', (f) => ['merge', { csrf: f.csrf, from: RATIFY }, { cookie: f.cookie }], 403, /Wrong write token/],
    ['with a wrong write token', (f) => ['move-out', { csrf: f.csrf, token: 'guess', statement: 'x:0' }, { cookie: f.cookie }], 403, /Wrong write token/],
    ['with no claim to merge', (f) => ['merge', { csrf: f.csrf, token: 'sekret', from: ' ' }, { cookie: f.cookie }], 400, /Give the id/],
    ['merging the claim into itself', (f) => ['merge', { csrf: f.csrf, token: 'sekret', from: TROOPS }, { cookie: f.cookie }], 409, /cannot be merged into itself/],
    ['merging an unknown claim', (f) => ['merge', { csrf: f.csrf, token: 'sekret', from: 'nope:x+y' }, { cookie: f.cookie }], 404, /No claim has the id nope:x\+y/],
    ['with no statement', (f) => ['move-out', { csrf: f.csrf, token: 'sekret' }, { cookie: f.cookie }], 400, /Choose a statement/],
    ['moving out an unknown statement', (f) => ['move-out', { csrf: f.csrf, token: 'sekret', statement: 'nope:0' }, { cookie: f.cookie }], 404, /No statement has this id/],
    ['moving in without the CSRF field', () => ['move-in', { token: 'sekret', statement: 'nope:0' }, {}], 403, /expired or did not come from this site/],
    ['moving in with a CSRF field that does not match the cookie', (f) => ['move-in', { csrf: `${f.csrf}x`, token: 'sekret', statement: 'nope:0' }, { cookie: f.cookie }], 403, /expired/],
    ['moving in with a wrong write token', (f) => ['move-in', { csrf: f.csrf, token: 'guess', statement: 'nope:0' }, { cookie: f.cookie }], 403, /Wrong write token/],
    ['moving in no statement', (f) => ['move-in', { csrf: f.csrf, token: 'sekret', statement: ' ' }, { cookie: f.cookie }], 400, /Give the id of the statement/],
    ['moving in an unknown statement', (f) => ['move-in', { csrf: f.csrf, token: 'sekret', statement: 'nope:0' }, { cookie: f.cookie }], 404, /No statement has this id/],
  ])('refuses a post %s, showing the claim again with the reason and what was typed', async (_name, make, status, reason) => {
    const [action, fields, headers] = make(await page());
    const res = await post(`${href(TROOPS)}/${action}`, fields, headers);
    expect(res.status).toBe(status);
    const body = await res.text();
    expect(body).toMatch(new RegExp(`<p class="notice error" role="alert">[^<]*${reason.source}`));
    expect(body).toContain('Correct this grouping');
    expect(body).not.toMatch(/\bat \S+ \(|node_modules/);
    if (fields.from?.trim()) expect(body).toContain(`name="from" required="" dir="ltr" value="${fields.from}"`);
    if (action === 'move-in' && fields.statement.trim()) expect(body).toContain(`name="statement" required="" dir="ltr" aria-describedby="move-in-help" value="${fields.statement}"`);
    expect(await claim(RATIFY)).toBeDefined();
  });

  it('refuses to move out a statement of another claim (409), keeping the choice', async () => {
    const other = (await claim(RATIFY))!.members[0].statementId;
    const f = await page();
    const res = await post(`${href(TROOPS)}/move-out`, { csrf: f.csrf, token: 'sekret', statement: other }, { cookie: f.cookie });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('not in this claim');
    expect((await claim(RATIFY))?.members.map((m) => m.statementId)).toEqual([other]);
    const chosen = (await claim(TROOPS))!.members[1].statementId;
    const again = await post(`${href(TROOPS)}/move-out`, { csrf: f.csrf, token: 'guess', statement: chosen }, { cookie: f.cookie });
    expect(await again.text()).toContain(`<li data-statement="${chosen}" aria-current="true" class="chosen">`);
  });

  it('refuses to move in a statement that is in this claim already (409), keeping what was typed', async () => {
    const [member] = (await claim(TROOPS))!.members;
    const f = await page();
    const size = (await claim(TROOPS))!.members.length;
    const res = await post(`${href(TROOPS)}/move-in`, { csrf: f.csrf, token: 'sekret', statement: ` ${member.statementId} ` }, { cookie: f.cookie });
    expect(res.status).toBe(409);
    const body = await res.text();
    expect(body).toMatch(/<p class="notice error" role="alert">This statement is in this claim already\.<\/p>/);
    expect(body).toContain(`id="move-in-statement" type="text" name="statement" required="" dir="ltr" aria-describedby="move-in-help" value="${member.statementId}"`);
    expect(body).not.toMatch(/\bat \S+ \(|node_modules/);
    expect((await claim(TROOPS))?.members).toHaveLength(size);
  });

  it('answers 404 for a move into an unknown claim, changing nothing', async () => {
    const stray = await statementWith(fx.store, STRAY);
    const f = await page();
    const res = await post(`${href('nope:x+y')}/move-in`, { csrf: f.csrf, token: 'sekret', statement: stray }, { cookie: f.cookie });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('No such claim');
    expect(await claim(TROOPS).then((c) => c?.members.some((m) => m.statementId === stray))).toBe(false);
  });

  it('keeps typed markup as text, answers 404 for an unknown claim and 403 for another origin', async () => {
    const f = await page();
    const typed = '"><script>window.__pwned=1</script>';
    const body = await (await post(`${href(TROOPS)}/merge`, { csrf: f.csrf, token: 'sekret', from: typed }, { cookie: f.cookie })).text();
    expect(body).not.toContain('<script>window');
    expect(body).toContain('&quot;&gt;&lt;script&gt;');
    const typedIn = await (await post(`${href(TROOPS)}/move-in`, { csrf: f.csrf, token: 'sekret', statement: typed }, { cookie: f.cookie })).text();
    expect(typedIn).not.toContain('<script>window');
    expect(typedIn).toContain('value="&quot;&gt;&lt;script&gt;');
    expect((await post('/claims/nope/move-out', { csrf: f.csrf, token: 'sekret', statement: 'x:0' }, { cookie: f.cookie })).status).toBe(404);
    const cross = await post(`${href(TROOPS)}/merge`, { csrf: f.csrf, token: 'sekret', from: RATIFY }, { cookie: f.cookie, origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const crossIn = await post(`${href(TROOPS)}/move-in`, { csrf: f.csrf, token: 'sekret', statement: await statementWith(fx.store, STRAY) }, { cookie: f.cookie, origin: 'https://evil.example' });
    expect(crossIn.status).toBe(403);
    expect((await claim(TROOPS))?.members.some((m) => m.content.includes(STRAY))).toBe(false);
    expect(await claim(RATIFY)).toBeDefined();
  });
});
