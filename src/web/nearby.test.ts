import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimsDb, getClaim } from '../store/claims.js';
import { createApp } from './index.js';
import { correctionsStore, statementWith, STRAY, TROOPS, type CorrectionsStore } from './testing/corrections-fixture.js';

// The claim page's statements in no claim that may be about it, against the seed's real claims: the
// reader sees them; whoever holds the write token moves one in with its button.

const href = (id: string) => `/claims/${encodeURIComponent(id)}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' };
/** The "Not grouped" section of a claim page, or '' when there is none. */
const nearbyOf = (body: string) => /<section class="nearby"[^]*?<\/section>/.exec(body)?.[0] ?? '';

describe('statements nearby in no claim, on a claim page', () => {
  let fx: CorrectionsStore;
  beforeEach(async () => { fx = await correctionsStore(); });
  afterEach(() => fx.dispose());

  it('lists the seed\'s statement the grouping leaves out, in its article\'s language and direction, linked to its place', async () => {
    const stray = await statementWith(fx.store, STRAY);
    const app = createApp({ store: fx.store });
    const section = nearbyOf(await (await app.request(href(TROOPS))).text());
    expect(section).toContain('Not grouped: statements nearby that may be about this claim');
    const item = new RegExp(`<li data-statement="${stray}" data-stance="assert">[^]*?</li>`).exec(section)?.[0] ?? '';
    expect(item).toMatch(/<span class="speaker" lang="ar" dir="rtl">المتحدث باسم الكرملين دميتري بيسكوف<\/span>/);
    expect(item).toMatch(new RegExp(`<blockquote lang="ar" dir="rtl"><a href="/articles/[^"]+#s-${stray.split(':').pop()}">[^<]*${STRAY}`));
    expect(item).toContain(`href="/articles/${stray.slice(0, stray.lastIndexOf(':'))}"`);
    // Only statements in no claim: none of this claim's, nor the ratification claim's.
    const grouped = (await claimsDb(fx.store.db).selectFrom('claim_statements').select('statement_id').execute()).map((r) => r.statement_id);
    expect(grouped.length).toBeGreaterThan(0);
    for (const id of grouped) expect(section).not.toContain(`data-statement="${id}"`);
  });

  it('gives no button and no token field without a write token', async () => {
    const section = nearbyOf(await (await createApp({ store: fx.store }).request(href(TROOPS))).text());
    expect(section).toContain(await statementWith(fx.store, STRAY));
    expect(section).not.toContain('<button');
    expect(section).not.toContain('name="token"');
    expect(section).not.toContain('<form');
  });

  it('moves the statement in with its button, after which it is in the timeline and no longer in the list', async () => {
    const app = createApp({ store: fx.store, writeToken: 'sekret', onError: (e) => { throw e; } });
    const stray = await statementWith(fx.store, STRAY);
    const res = await app.request(href(TROOPS));
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const body = await res.text();
    const section = nearbyOf(body);
    expect(section).toContain(`action="${href(TROOPS)}/move-in"`);
    expect(section).toContain(`<button type="submit" name="statement" value="${stray}">Move into this claim</button>`);
    expect(section).toMatch(/type="password" name="token"/);
    // Enter in the token field presses the form's first button: a disabled one, so nothing moves.
    expect(section).toMatch(/<form class="correct move-in-nearby"[^>]*><button type="submit" disabled="" hidden=""/);
    const csrf = section.match(/name="csrf" value="([^"]+)"/)?.[1] ?? '';
    expect(csrf).not.toBe('');
    // What a browser sends for that button: its name and value, with the form's other fields.
    const moved = await app.request(`${href(TROOPS)}/move-in`, {
      method: 'POST', body: new URLSearchParams({ csrf, token: 'sekret', statement: stray }), headers: { ...FORM, cookie },
    });
    expect([moved.status, moved.headers.get('location')]).toEqual([303, href(TROOPS)]);
    expect((await getClaim(claimsDb(fx.store.db), TROOPS))?.members.map((m) => m.statementId)).toContain(stray);
    const after = await (await app.request(href(TROOPS))).text();
    expect(nearbyOf(after)).not.toContain(stray);
    expect(after).toContain(`<li data-statement="${stray}">`);
  });

  it('refuses the button without the write token, leaving the statement in the list', async () => {
    const app = createApp({ store: fx.store, writeToken: 'sekret' });
    const stray = await statementWith(fx.store, STRAY);
    const res = await app.request(href(TROOPS));
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const csrf = (await res.text()).match(/name="csrf" value="([^"]+)"/)?.[1] ?? '';
    const refused = await app.request(`${href(TROOPS)}/move-in`, {
      method: 'POST', body: new URLSearchParams({ csrf, token: 'wrong', statement: stray }), headers: { ...FORM, cookie },
    });
    expect(refused.status).toBe(403);
    expect(nearbyOf(await refused.text())).toContain(`value="${stray}"`);
  });
});
