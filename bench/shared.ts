import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file (built or not) holding package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** The read-only shared folder (gold, corpora, benchmarks): `ISNAD_SHARED`, else `../shared` beside the repository. */
export function sharedDir(): string {
  return resolve(process.env.ISNAD_SHARED ?? join(repoRoot(), '..', 'shared'));
}
