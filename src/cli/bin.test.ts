import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = join(ROOT, 'dist/src/cli/main.js');

// The installed command: bin/isnad.js runs the compiled CLI from dist/.
describe('bin/isnad.js', () => {
  beforeAll(() => {
    if (existsSync(BUILT)) return;
    // tsc emits even when some other file has a type error; the file's presence is what counts.
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
    if (!existsSync(BUILT)) throw new Error('npx tsc -p tsconfig.build.json did not produce dist/src/cli/main.js');
  }, 120_000);

  const isnad = (args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-bin-'));
    try {
      return spawnSync(process.execPath, [join(ROOT, 'bin/isnad.js'), ...args], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, ISNAD_DB: join(dir, 'isnad.db'), ISNAD_DEBUG: '' },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('prints help and exits 0', () => {
    const r = isnad(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: isnad');
  });

  it('exits 2 on a usage error, 1 on a rejected input, with one line and no stack', () => {
    expect(isnad(['frobnicate']).status).toBe(2);
    const r = isnad(['extract', 'missing.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('missing.txt: rejected (not-found): no such file or folder\n');
  });
});
