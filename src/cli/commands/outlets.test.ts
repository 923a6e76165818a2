import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTLET_COLUMNS } from '../../outlets/index.js';
import type { Io } from '../io.js';
import { main } from '../main.js';

const SEED = resolve(import.meta.dirname, '../../../samples/rt-dprk-troops.ar.txt');

let dir: string;
async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
    stdin: (async function* () {})(), env: { ISNAD_DB: join(dir, 'isnad.db'), ...env }, cwd: dir, now: () => new Date('2024-10-15T12:00:00Z'),
  };
  return { code: await main(['node', 'isnad', ...args], io), out, err };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-cli-outlets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('isnad outlets', () => {
  it('lists the shipped outlets, one a line, and as JSON', async () => {
    const r = await run(['outlets', 'list']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('rt\tRT\tRU\tstate-controlled\trt.com\n');
    expect(r.out).toContain('afp\tAFP\tFR\t-\tafp.com\n');
    const json = JSON.parse((await run(['outlets', 'list', '--format', 'json'])).out);
    expect(json.find((o: { id: string }) => o.id === 'bbc-arabic')).toMatchObject({ ownership: 'public-service', domains: ['bbc.com/arabic', 'bbc.co.uk/arabic'] });
  });

  it.each([
    ['a title-tail name', 'RT World News', 'RT (rt)'],
    ['an Arabic name', 'روسيا اليوم', 'RT Arabic (rt-arabic)'],
    ['a URL with a section path', 'https://www.bbc.co.uk/arabic/articles/x', 'BBC Arabic (bbc-arabic)'],
  ])('shows an outlet found by %s, with the source of its label', async (_, query, heading) => {
    const r = await run(['outlets', 'show', query]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(heading);
    expect(r.out).toMatch(/\n {2}source: {5}Wikipedia: /);
  });

  it('exits 1 and says so when no outlet matches', async () => {
    const r = await run(['outlets', 'show', 'Daily Herald']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no outlet matches "Daily Herald"');
  });

  it('merges a user file from --outlets or ISNAD_OUTLETS over the shipped one, and reports its malformed line', async () => {
    const file = join(dir, 'mine.tsv');
    writeFileSync(file, `${OUTLET_COLUMNS.join('\t')}\nrt\tRT\t-\trt.com\tRU\ten\tprivate\tmy test\n`);
    expect((await run(['--outlets', file, 'outlets', 'show', 'RT'])).out).toContain('ownership:  private\n');
    expect((await run(['outlets', 'show', 'RT'], { ISNAD_OUTLETS: 'mine.tsv' })).out).toContain('source:     my test\n');
    writeFileSync(file, `${OUTLET_COLUMNS.join('\t')}\nrt\tRT\t-\trt.com\tRU\ten\tstate\tmy test\n`);
    const bad = await run(['outlets', 'list', '--outlets', file]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`${file}:2: unknown ownership "state"`);
  });
});

describe('the chain in statements and analyze', () => {
  it("shows Peskov's denial as reported by RT, state media, republished by موقع تجاربنا", async () => {
    const text = await run(['analyze', SEED]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('\n      — reported by RT (Russian state media), republished in Arabic by موقع تجاربنا\n');
    const ingested = await run(['ingest', SEED]);
    expect(ingested.code).toBe(0);
    const listed = await run(['statements', '--speaker', 'بيسكوف', '--stance', 'deny']);
    expect(listed.err).toBe('');
    expect(listed.out).toMatch(/→ deny\n→ [^\n]*\n {2}— reported by RT \(Russian state media\), republished in Arabic by موقع تجاربنا\n/);
    const [first] = JSON.parse((await run(['statements', '--speaker', 'بيسكوف', '--stance', 'deny', '--format', 'json'])).out);
    expect(first.chain).toMatchObject({ outlet: { id: 'rt', name: 'RT' }, ownership: { label: 'state-controlled' }, site: { name: 'موقع تجاربنا' } });
  });
});
