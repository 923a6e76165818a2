import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../io.js';
import { main } from '../main.js';

const SEED = resolve(import.meta.dirname, '../../../samples/rt-dprk-troops.ar.txt');
const TROOPS = 'troop-deployment:country:KP+country:RU';
const RATIFY = 'ratification:person:putin';

let dir: string;
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
    stdin: (async function* () {})(), env: { ISNAD_DB: join(dir, 'isnad.db') }, cwd: dir, now: () => new Date('2024-10-15T12:00:00Z'),
  };
  return { code: await main(['node', 'isnad', ...args], io), out, err };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-cli-claims-'));
  expect((await run('ingest', SEED)).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('isnad claims / isnad claim', () => {
  it('lists claims with title, status and dates', async () => {
    const r = await run('claims');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${TROOPS}\n  asserted by 2 sources, denied by 3, unconfirmed by 1\n  first seen 2024-10-15`);
    const json = JSON.parse((await run('claims', '--format', 'json')).out);
    expect(json.find((c: { id: string }) => c.id === TROOPS)).toMatchObject({ concept: 'troop-deployment', statements: 8 });
  });

  it('shows a timeline with right-to-left text on lines of their own', async () => {
    const r = await run('claim', TROOPS);
    expect(r.code).toBe(0);
    // The seed names no day, nor do its statements: each date is the ingest's, and says so.
    expect(r.out).toMatch(/\nadded 2024-10-15 · RT World News · unsure \(doubt\)\n {2}البنتاغون\n {2}→ نشر القوات الكورية الشمالية\n/);
    const json = JSON.parse((await run('claim', TROOPS, '--format', 'json')).out);
    expect(json.members).toHaveLength(8);
    expect(json.members.filter((m: { undated?: boolean }) => m.undated !== true)).toEqual([]);
    const ld = JSON.parse((await run('claim', TROOPS, '--jsonld')).out);
    expect(ld).toMatchObject({ '@type': 'ClaimReview', itemReviewed: { '@type': 'Claim' } });
    expect(ld.reviewRating).toBeUndefined();
  });

  it('dates a timeline entry by its article when the article is dated, with no `added` and no `undated`', async () => {
    const dated = join(dir, '2024-10-12-troops.ar.txt');
    copyFileSync(SEED, dated);
    expect((await run('ingest', '--replace', dated)).code).toBe(0);
    const text = (await run('claim', TROOPS)).out;
    expect(text).toContain('\n2024-10-12 · RT World News · against (deny)\n');
    expect(text).not.toContain('added ');
    const members = JSON.parse((await run('claim', TROOPS, '--format', 'json')).out).members as { date: string; undated?: boolean }[];
    expect(members.filter((m) => m.undated)).toEqual([]);
  });

  it('merges two claims and moves a statement out', async () => {
    expect((await run('claims', 'merge', TROOPS, RATIFY)).code).toBe(0);
    expect(JSON.parse((await run('claim', TROOPS, '--format', 'json')).out).members).toHaveLength(9);
    const member = JSON.parse((await run('claim', TROOPS, '--format', 'json')).out).members.find((m: { content: string }) => m.content === 'قصة كاذبة');
    expect((await run('claims', 'move-out', member.statementId)).code).toBe(0);
    expect(JSON.parse((await run('claim', TROOPS, '--format', 'json')).out).members).toHaveLength(8);
  });

  it('lists the statements nearby in no claim after the timeline, with the ids to move them in, and drops one moved in', async () => {
    const statements = JSON.parse((await run('statements', '--format', 'json')).out) as { id: string; content: string }[];
    const relations = statements.find((s) => s.content.includes('في كافة المجالات'))!;
    const text = (await run('claim', TROOPS)).out;
    expect(text).toContain(`Not grouped, nearby (isnad claims move-in STATEMENT_ID ${TROOPS}):`);
    expect(text.slice(text.indexOf('Not grouped'))).toContain(`  → موسكو وبيونغ يانغ “نعمل على تطوير العلاقات في كافة المجالات”\n  ${relations.id}\n`);
    const nearby = (await run('claim', TROOPS, '--format', 'json')).out;
    expect(JSON.parse(nearby).nearby.map((s: { id: string }) => s.id)).toContain(relations.id);
    expect((await run('claims', 'move-in', relations.id, TROOPS)).code).toBe(0);
    expect(JSON.parse((await run('claim', TROOPS, '--format', 'json')).out).nearby.map((s: { id: string }) => s.id)).not.toContain(relations.id);
  });

  it('moves a statement of no claim into one, found by `isnad statements`', async () => {
    const statements = JSON.parse((await run('statements', '--format', 'json')).out) as { id: string; content: string }[];
    const relations = statements.find((s) => s.content.includes('في كافة المجالات'))!;
    const r = await run('claims', 'move-in', relations.id, TROOPS);
    expect(r).toMatchObject({ code: 0, out: `moved ${relations.id} in (claim ${TROOPS})\n` });
    const members = JSON.parse((await run('claim', TROOPS, '--format', 'json')).out).members as { statementId: string; rule: string }[];
    expect(members.find((m) => m.statementId === relations.id)).toMatchObject({ rule: 'user-move' });
    const again = await run('claims', 'move-in', relations.id, TROOPS);
    expect(again.code).toBe(1);
    expect(again.err).toContain('is in claim');
  });

  it.each([
    ['an unknown claim', ['claim', 'no-such-claim'], 1],
    ['moving a statement into an unknown claim', ['claims', 'move-in', 'nope:0', 'no-such-claim'], 1],
    ['moving a statement in without a claim', ['claims', 'move-in', 'nope:0'], 2],
    ['merging an unknown claim', ['claims', 'merge', TROOPS, 'no-such-claim'], 1],
    ['moving out a statement in no claim', ['claims', 'move-out', 'nope:0'], 1],
    ['a missing argument', ['claims', 'merge', TROOPS], 2],
  ])('exits with a reason on %s', async (_name, args, code) => {
    const r = await run(...args);
    expect(r.code).toBe(code);
    expect(r.err).not.toBe('');
  });

  it('says which command lists the claim ids when a claim is not stored', async () => {
    expect((await run('claim', 'no-such-claim')).err).toContain('`isnad claims` lists the claim ids');
  });
});

describe('isnad article', () => {
  it('says which command finds article ids when an article is not stored', async () => {
    const r = await run('article', 'no-such-article');
    expect(r.code).toBe(1);
    expect(r.err).toContain('`isnad search WORDS` finds articles and their ids');
  });
});
