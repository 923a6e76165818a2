import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from './io.js';
import { main } from './main.js';

const SEED = resolve(import.meta.dirname, '../../samples/rt-dprk-troops.ar.txt');

interface Run {
  code: number;
  out: string;
  err: string;
}

let dir: string;

async function run(args: string[], extra: Partial<Io> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdin: (async function* () {})(),
    env: { ISNAD_DB: join(dir, 'isnad.db') },
    cwd: dir,
    now: () => new Date('2024-10-15T12:00:00Z'),
    ...extra,
  };
  const code = await main(['node', 'isnad', ...args], io);
  return { code, out, err };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('isnad (in-process)', () => {
  it('prints help with exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: isnad');
    expect(r.out).toContain('--db <path>');
  });

  it('explains every option of every command', async () => {
    for (const [cmd, options] of Object.entries({
      extract: ['--format'], analyze: ['--format'], ingest: ['--replace'], search: ['--limit', '--lang', '--format'],
      statements: ['--speaker', '--stance', '--about', '--format'], serve: ['--port', '--host', '--samples'],
    })) {
      const r = await run([cmd, '--help']);
      expect(r.code).toBe(0);
      for (const o of options) expect(r.out).toMatch(new RegExp(`${o}\\b[^\\n]*\\s+\\S`));
    }
  });

  it('exits 2 on a usage error: unknown command, unknown option, bad choice, missing argument', async () => {
    for (const args of [['frobnicate'], ['search', '--nope', 'x'], ['extract', '--format', 'xml', SEED], ['extract'], []]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
    }
  });

  it('extracts the seed and prints its title', async () => {
    const r = await run(['extract', SEED]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('كوريا الشمالية ترد على مزاعم نشر قوات في روسيا');
  });

  it('extracts to JSON, and several inputs to JSONL with a source each', async () => {
    const one = await run(['extract', '--format', 'json', SEED]);
    expect(JSON.parse(one.out).title).toContain('كوريا الشمالية');
    writeFileSync(join(dir, 'b.txt'), 'Second title\nA body paragraph.');
    const two = await run(['extract', SEED, 'b.txt']);
    const lines = two.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([SEED, 'b.txt']);
  });

  it('reads stdin as -', async () => {
    const stdin = (async function* () { yield Buffer.from('From stdin\nBody text here.'); })();
    const r = await run(['extract', '--format', 'json', '-'], { stdin });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ title: 'From stdin', source: '-' });
  });

  it('analyses to the JSON contract', async () => {
    const r = await run(['analyze', '--format', 'json', SEED]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(Object.keys(a).slice(0, 3)).toEqual(['article', 'entities', 'statements']);
    expect(a.article.paragraphs.length).toBeGreaterThan(0);
  });

  it('ingests once: the second run reports 1 duplicate', async () => {
    const first = await run(['ingest', SEED]);
    expect(first).toMatchObject({ code: 0, err: 'stored 1, duplicates 0, rejected 0\n' });
    const second = await run(['ingest', SEED]);
    expect(second).toMatchObject({ code: 0, err: 'stored 0, duplicates 1, rejected 0\n' });
  });

  it('rejects an empty file with exit 1 and one line naming it', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await run(['ingest', 'empty.txt', SEED]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toMatch(/^empty\.txt: rejected \(empty\): /);
    expect(lines[1]).toBe('stored 1, duplicates 0, rejected 1');
    expect((await run(['extract', 'missing.txt'])).err).toBe('missing.txt: rejected (not-found): no such file or folder\n');
  });

  it('finds the seed by الكرملين after ingesting it', async () => {
    await run(['ingest', SEED]);
    const r = await run(['search', 'الكرملين']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('كوريا الشمالية ترد على مزاعم نشر قوات في روسيا');
    expect(r.out).toContain('**الكرملين**');
    const json = JSON.parse((await run(['search', '--format', 'json', 'بالكرملين'])).out);
    expect(json).toEqual([]);
    expect(JSON.parse((await run(['search', '--format', 'json', 'كرملين'])).out)).toHaveLength(1);
  });

  it('lists statements as JSON, filtered', async () => {
    await run(['ingest', SEED]);
    const r = await run(['statements', '--stance', 'deny', '--about', 'كوريا الشمالية', '--format', 'json']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.out) as { stance: string }[];
    expect(hits.every((s) => s.stance === 'deny')).toBe(true);
  });

  it('prints one line, no stack, for an unexpected error', async () => {
    writeFileSync(join(dir, 'not-a-db'), 'this is not sqlite'.repeat(100));
    const r = await run(['--db', 'not-a-db', 'search', 'x'], { cwd: dir, env: { ISNAD_DB: join(dir, 'not-a-db') } });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`isnad: cannot open the store ${join(dir, 'not-a-db')}: file is not a database\n`);
  });
});

describe('isnad ingest and serve (in-process)', () => {
  it('ingests JSONL records, taking outlet and date from the record', async () => {
    writeFileSync(join(dir, 'feed.jsonl'), [
      JSON.stringify({ title: 'Envoy denies report', text: 'The envoy denied the report on Monday.', outlet: 'Wire', publishedAt: '2024-10-14' }),
      '{broken',
    ].join('\n'));
    const r = await run(['ingest', 'feed.jsonl']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^feed\.jsonl:2: rejected \(bad-record\): not JSON/);
    const hits = JSON.parse((await run(['search', '--format', 'json', 'envoy'])).out);
    expect(hits).toMatchObject([{ title: 'Envoy denies report', outlet: 'Wire', publishedAt: '2024-10-14', source: 'feed.jsonl:1' }]);
  });

  it('serve --samples ingests the samples folder, listens and serves the list', async () => {
    const samples = join(dir, 'samples');
    mkdirSync(samples);
    writeFileSync(join(samples, 'one.txt'), 'نفي في الكرملين\nنفى المتحدث باسم الكرملين التقارير.');
    let page = '';
    let fetched: Promise<string> | undefined;
    const r = await run(['serve', '--samples', '--port', '0'], {
      env: { ISNAD_DB: join(dir, 'isnad.db'), ISNAD_SAMPLES: samples },
      onListening: (url) => void (fetched = fetch(url).then((res) => res.text())),
      shutdown: async () => void (page = (await fetched) ?? ''),
    });
    expect(r.code).toBe(0);
    expect(r.err).toContain('stored 1, duplicates 0, rejected 0');
    expect(r.out).toMatch(/^isnad: 1 article at http:\/\/127\.0\.0\.1:\d+\//);
    expect(page).toContain('نفي في الكرملين');
  });
});
