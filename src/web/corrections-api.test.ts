import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimsDb, getClaim } from '../store/claims.js';
import { createApp } from './index.js';
import { conforms } from './testing/contract.js';
import { correctionsStore, RATIFY, statementWith, STRAY, TROOPS, type CorrectionsStore } from './testing/corrections-fixture.js';

// POST /api/v1/claims/{id}/merge, /api/v1/claims/{id}/move-in and /api/v1/statements/{id}/move-out, against the seed's real claims;
// every answer is checked against the OpenAPI document.

const MERGE = '/api/v1/claims/{id}/merge';
const MOVE_OUT = '/api/v1/statements/{id}/move-out';
const MOVE_IN = '/api/v1/claims/{id}/move-in';
const enc = encodeURIComponent;

describe('claim corrections in the JSON API', () => {
  let fx: CorrectionsStore;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    fx = await correctionsStore();
    app = createApp({ store: fx.store, writeToken: 'sekret', publicUrl: 'https://isnad.example', onError: (e) => { throw e; } });
  });
  afterEach(() => fx.dispose());

  /** A POST with JSON (a string is sent as is); `auth: null` sends no Authorization header. */
  const call = async (template: string, url: string, body?: unknown, auth: string | null = 'Bearer sekret', a = app) => {
    const res = await a.request(url, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const json = await res.json();
    expect(conforms(template, 'post', res.status, json), `${url} → ${res.status}`).toEqual([]);
    return { status: res.status, body: json as any, res };
  };
  const claim = (id: string) => getClaim(claimsDb(fx.store.db), id);
  const mergeUrl = (id: string) => `/api/v1/claims/${enc(id)}/merge`;
  const moveOutUrl = (id: string) => `/api/v1/statements/${enc(id)}/move-out`;
  const moveInUrl = (id: string) => `/api/v1/claims/${enc(id)}/move-in`;
  const ratification = async () => (await claim(RATIFY))!.members[0];
  /** Peskov's statement that the grouping leaves in no claim. */
  const stray = () => statementWith(fx.store, STRAY);
  const inClaim = async (id: string, statementId: string) => Boolean((await claim(id))?.members.some((m) => m.statementId === statementId));

  it('merges a claim into another, which keeps its id, and answers it as GET /api/v1/claims/{id} does', async () => {
    const moved = await ratification();
    const { status, body } = await call(MERGE, mergeUrl(TROOPS), { from: RATIFY });
    expect(status).toBe(200);
    expect(body.id).toBe(TROOPS);
    expect(body.url).toBe(`https://isnad.example/claims/${enc(TROOPS)}`);
    expect(body.timeline.find((e: any) => e.statementId === moved.statementId)).toMatchObject({ origin: 'user', rule: 'user-merge' });
    expect(body).toEqual(await (await app.request(`/api/v1/claims/${enc(TROOPS)}`)).json());
    expect((await app.request(`/api/v1/claims/${enc(RATIFY)}`)).status).toBe(404);
  });

  it.each([
    ['percent-encoded', (id: string) => `/api/v1/claims/${enc(id)}/merge`],
    ['raw, with its : and +', (id: string) => `/api/v1/claims/${id}/merge`],
  ])('routes a claim id with : and + written %s to that very claim', async (_name, url) => {
    // The same id in the path and the body: had the + become a space, the claim would be unknown (404).
    const { status, body } = await call(MERGE, url(TROOPS), { from: TROOPS });
    expect([status, body.error.reason]).toEqual([409, `cannot merge claim ${TROOPS} into itself`]);
    expect((await call(MERGE, url(RATIFY), { from: TROOPS })).body.id).toBe(RATIFY);
  });

  it('moves a statement out and answers the claim it left; re-analysis does not put it back', async () => {
    const before = (await claim(TROOPS))!;
    const out = before.members.find((m) => m.content.includes('قصة كاذبة'))!;
    expect(out.statementId).toContain(':');
    const { status, body } = await call(MOVE_OUT, moveOutUrl(out.statementId));
    expect(status).toBe(200);
    expect(body.id).toBe(TROOPS);
    expect(body.timeline).toHaveLength(before.members.length - 1);
    expect(body.timeline.map((e: any) => e.statementId)).not.toContain(out.statementId);
    await fx.reanalyse();
    const after = await claim(TROOPS);
    expect(after?.members.some((m) => m.content.includes('قصة كاذبة'))).toBe(false);
    expect(after?.members.some((m) => m.content.includes('نشر القوات الكورية الشمالية'))).toBe(true);
  });

  it('moves a statement that is in no claim into one, answers it as GET /api/v1/claims/{id} does, and keeps it after re-analysis', async () => {
    const id = await stray();
    expect([await inClaim(TROOPS, id), await inClaim(RATIFY, id)]).toEqual([false, false]);
    const before = (await claim(TROOPS))!.members.length;
    // The id as pasted, with blanks around it.
    const { status, body } = await call(MOVE_IN, moveInUrl(TROOPS), { statement: ` ${id}\n` });
    expect(status).toBe(200);
    expect(body.id).toBe(TROOPS);
    expect(body.timeline).toHaveLength(before + 1);
    expect(body.timeline.find((e: any) => e.statementId === id)).toMatchObject({ origin: 'user', rule: 'user-move' });
    expect(body).toEqual(await (await app.request(`/api/v1/claims/${enc(TROOPS)}`)).json());
    // Re-analysis renumbers the statements: the correction follows the statement, not its old id.
    await fx.reanalyse();
    const moved = await statementWith(fx.store, STRAY);
    expect(moved).not.toBe(id);
    expect(await inClaim(TROOPS, moved)).toBe(true);
    expect(await inClaim(RATIFY, moved)).toBe(false);
  });

  it('moves a statement from another claim, routing a raw claim id with : and +', async () => {
    const { statementId } = await ratification();
    const { status, body } = await call(MOVE_IN, `/api/v1/claims/${TROOPS}/move-in`, { statement: statementId });
    expect(status).toBe(200);
    expect(body.timeline.map((e: any) => e.statementId)).toContain(statementId);
    expect(await inClaim(RATIFY, statementId)).toBe(false);
    await fx.reanalyse();
    expect((await claim(TROOPS))?.members.some((m) => m.content.includes('التصديق'))).toBe(true);
  });

  it('keeps a merge made through the API after re-analysis', async () => {
    expect((await call(MERGE, mergeUrl(TROOPS), { from: RATIFY })).status).toBe(200);
    await fx.reanalyse();
    expect((await claim(TROOPS))?.members.some((m) => m.content.includes('التصديق'))).toBe(true);
    expect(await claim(RATIFY)).toBeUndefined();
  });

  it('says when the last statement of a claim moved out and the claim is gone', async () => {
    const members = (await claim(RATIFY))!.members;
    for (const [i, m] of members.entries()) {
      const { status, body } = await call(MOVE_OUT, moveOutUrl(m.statementId));
      expect(status).toBe(200);
      expect(body).toEqual(i === members.length - 1 ? { id: RATIFY, removed: true } : expect.objectContaining({ id: RATIFY }));
    }
  });

  it.each([
    ['an unknown claim in the path', () => [MERGE, mergeUrl('nope:x'), { from: RATIFY }], 404, 'id'],
    ['an unknown claim to merge', () => [MERGE, mergeUrl(TROOPS), { from: 'nope:x+y' }], 404, 'from'],
    ['a claim merged into itself', () => [MERGE, mergeUrl(RATIFY), { from: RATIFY }], 409, 'from'],
    ['a body that is not JSON', () => [MERGE, mergeUrl(TROOPS), 'from=x'], 400, 'body'],
    ['a body that is a list', () => [MERGE, mergeUrl(TROOPS), [RATIFY]], 400, 'body'],
    ['no body', () => [MERGE, mergeUrl(TROOPS), undefined], 400, 'body'],
    ['a body without from', () => [MERGE, mergeUrl(TROOPS), {}], 400, 'from'],
    ['an empty from', () => [MERGE, mergeUrl(TROOPS), { from: ' ' }], 400, 'from'],
    ['a from that is not a string', () => [MERGE, mergeUrl(TROOPS), { from: 1 }], 400, 'from'],
    ['an unknown field', () => [MERGE, mergeUrl(TROOPS), { from: RATIFY, into: TROOPS }], 400, 'into'],
    ['an unknown statement', () => [MOVE_OUT, moveOutUrl('nope:0'), undefined], 404, 'id'],
    ['moving into an unknown claim', async () => [MOVE_IN, moveInUrl('nope:x+y'), { statement: await stray() }], 404, 'id'],
    ['moving in an unknown statement', () => [MOVE_IN, moveInUrl(TROOPS), { statement: 'nope:0' }], 404, 'statement'],
    ['moving in a statement of the claim already', async () => [MOVE_IN, moveInUrl(RATIFY), { statement: (await ratification()).statementId }], 409, 'statement'],
    ['a move-in body that is not JSON', () => [MOVE_IN, moveInUrl(TROOPS), 'statement=x:0'], 400, 'body'],
    ['a move-in without a body', () => [MOVE_IN, moveInUrl(TROOPS), undefined], 400, 'body'],
    ['a move-in body without statement', () => [MOVE_IN, moveInUrl(TROOPS), {}], 400, 'statement'],
    ['an empty statement', () => [MOVE_IN, moveInUrl(TROOPS), { statement: ' ' }], 400, 'statement'],
    ['a statement that is not a string', () => [MOVE_IN, moveInUrl(TROOPS), { statement: 0 }], 400, 'statement'],
    ['a move-in with an unknown field', async () => [MOVE_IN, moveInUrl(TROOPS), { statement: await stray(), from: RATIFY }], 400, 'from'],
  ] as const)('refuses %s', async (_name, make, status, field) => {
    const [template, url, body] = (await make()) as [string, string, unknown];
    const size = (await claim(TROOPS))!.members.length;
    const r = await call(template, url, body);
    expect([r.status, r.body.error.field]).toEqual([status, field]);
    expect((await claim(TROOPS))?.members).toHaveLength(size);
    expect(await claim(RATIFY)).toBeDefined();
  });

  it('answers 409 for a statement in no claim (moved out twice)', async () => {
    const { statementId } = await ratification();
    expect((await call(MOVE_OUT, moveOutUrl(statementId))).status).toBe(200);
    const again = await call(MOVE_OUT, moveOutUrl(statementId));
    expect([again.status, again.body.error.field]).toEqual([409, 'id']);
  });

  it.each([
    ['without a token', null],
    ['with a wrong token', 'Bearer guess'],
    ['with another scheme', 'Basic c2VrcmV0'],
  ])('answers 401 %s, changing nothing', async (_name, auth) => {
    const { statementId } = await ratification();
    const size = (await claim(TROOPS))!.members.length;
    const calls = [[MERGE, mergeUrl(TROOPS), { from: RATIFY }], [MOVE_OUT, moveOutUrl(statementId), undefined], [MOVE_IN, moveInUrl(TROOPS), { statement: statementId }]] as const;
    for (const [template, url, body] of calls) {
      const r = await call(template, url, body, auth);
      expect([r.status, r.body.error.field]).toEqual([401, 'authorization']);
      expect(r.res.headers.get('www-authenticate')).toBe('Bearer realm="isnad"');
    }
    expect((await claim(RATIFY))?.members.map((m) => m.statementId)).toEqual([statementId]);
    expect((await claim(TROOPS))?.members).toHaveLength(size);
  });

  it('answers 403 when the server has no write token, and 404 when it runs read-only', async () => {
    const closed = createApp({ store: fx.store });
    expect((await call(MERGE, mergeUrl(TROOPS), { from: RATIFY }, 'Bearer x', closed)).status).toBe(403);
    expect((await call(MOVE_OUT, moveOutUrl('nope:0'), undefined, 'Bearer x', closed)).status).toBe(403);
    expect((await call(MOVE_IN, moveInUrl(TROOPS), { statement: await stray() }, 'Bearer x', closed)).status).toBe(403);
    const ro = createApp({ store: fx.store, readOnly: true, writeToken: 'sekret' });
    expect((await ro.request(mergeUrl(TROOPS), { method: 'POST', headers: { authorization: 'Bearer sekret' }, body: JSON.stringify({ from: RATIFY }) })).status).toBe(404);
    const statement = await stray();
    expect((await ro.request(moveInUrl(TROOPS), { method: 'POST', headers: { authorization: 'Bearer sekret' }, body: JSON.stringify({ statement }) })).status).toBe(404);
    expect(await inClaim(TROOPS, statement)).toBe(false);
    expect(await claim(RATIFY)).toBeDefined();
  });
});
