import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOutlets } from './load.js';
import { OUTLET_COLUMNS } from './parse.js';

const dir = mkdtempSync(join(tmpdir(), 'isnad-outlets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function userFile(name: string, ...rows: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, [OUTLET_COLUMNS.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
  return file;
}

describe('loadOutlets with a user file', () => {
  it('lets a user row override the shipped entry with the same id', () => {
    const file = userFile('override.tsv', ['afp', 'AFP', 'فرانس برس', 'afp.com', 'FR', 'fr', 'public-service', 'our newsroom policy, 2026']);
    const r = loadOutlets(file).find('AFP');
    expect(r?.ownership).toBe('public-service');
    expect(r?.source).toBe('our newsroom policy, 2026');
    expect(r?.from).toBe(`${file}:2`);
    expect(loadOutlets().find('AFP')?.ownership).toBeUndefined();
  });

  it('adds a user row with a new id beside the shipped ones', () => {
    const file = userFile('add.tsv', ['tajarobna', 'Tajarobna', 'موقع تجاربنا', 'tajarobna.example', 'EG', 'ar', '-', 'unknown']);
    const reg = loadOutlets(file);
    expect(reg.byName('موقع تجاربنا')?.id).toBe('tajarobna');
    expect(reg.byName('RT World News')?.id).toBe('rt');
  });

  it('reads a user file again once it has changed, and not before', () => {
    const file = userFile('edited.tsv', ['mine', 'Mine', '-', 'mine.example', 'US', 'en', '-', 'unknown']);
    const first = loadOutlets(file);
    expect(loadOutlets(file)).toBe(first);
    userFile('edited.tsv', ['mine', 'Mine', '-', 'mine.example', 'GB', 'en', '-', 'unknown']);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(loadOutlets(file).find('Mine')?.country).toBe('GB');
  });

  it('reports a malformed user row with its file and line', () => {
    const file = userFile('bad.tsv', ['ok', 'OK Outlet', '-', 'ok.example', 'US', 'en', '-', 'unknown'], ['bad', 'Bad', '-', 'bad.example', 'US', 'en', 'state', 'x']);
    expect(() => loadOutlets(file)).toThrow(`${file}:3: unknown ownership "state"`);
  });

  it('reports a user file that cannot be read', () => {
    expect(() => loadOutlets(join(dir, 'missing.tsv'))).toThrow(/missing\.tsv: cannot read: ENOENT/);
  });

  it('reports a user name that collides with another shipped outlet', () => {
    const file = userFile('clash.tsv', ['my-rt', 'RT', '-', 'my-rt.example', 'RU', 'en', '-', 'unknown']);
    expect(() => loadOutlets(file)).toThrow(/name "rt" of .* is already used by|name "rt" of my-rt/);
  });
});
