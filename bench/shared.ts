import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The read-only shared folder (gold, corpora, benchmarks) beside the repository:
 * `ISNAD_SHARED`, else `../shared` from the repository root (found from this file, built or not).
 */
export function sharedDir(): string {
  if (process.env.ISNAD_SHARED) return resolve(process.env.ISNAD_SHARED);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(resolve(dir, 'package.json'))) return resolve(dir, '..', 'shared');
    dir = dirname(dir);
  }
  return resolve(process.cwd(), '..', 'shared');
}
