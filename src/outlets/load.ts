/**
 * Loads the shipped registry (`data/outlets/outlets.tsv`, found by walking up from this
 * module) and merges a user's file over it. The shipped file is read once; a user's file again
 * whenever it has changed (ingest asks for it once per article: analyze/home.ts reads the outlet's country).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOutlets } from './parse.js';
import { buildRegistry, mergeOutlets } from './registry.js';
import { OutletsFileError, type OutletRecord, type OutletRegistry } from './types.js';

/** Where the shipped registry sits, relative to the project root. */
export const SHIPPED_OUTLETS = join('data', 'outlets', 'outlets.tsv');
/** How far up from this module the project root may be (src/outlets, dist/src/outlets). */
const MAX_LEVELS_UP = 8;

let shippedRegistry: OutletRegistry | undefined;
let shippedRecords: OutletRecord[] | undefined;
/** The user's registry last built, by file and the modification time it was read at. */
let userRegistry: { file: string; mtimeMs: number; registry: OutletRegistry } | undefined;

export function shippedOutletsPath(): string {
  return findDataFile(SHIPPED_OUTLETS);
}

/** A project data file (`data/…`), found by walking up from this module. */
export function findDataFile(rel: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < MAX_LEVELS_UP; up++) {
    const p = join(dir, rel);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new OutletsFileError('not found above the module', rel);
}

/** The registry: shipped outlets, with `userFile` (an absolute path, from Config.outletsFile) merged over them by id. */
export function loadOutlets(userFile?: string): OutletRegistry {
  shippedRecords ??= parseOutlets(readFileSync(shippedOutletsPath(), 'utf8'), SHIPPED_OUTLETS);
  if (!userFile) return (shippedRegistry ??= buildRegistry(shippedRecords));
  const mtimeMs = modified(userFile);
  if (userRegistry?.file === userFile && userRegistry.mtimeMs === mtimeMs) return userRegistry.registry;
  const registry = buildRegistry(mergeOutlets(shippedRecords, parseOutlets(readUser(userFile), userFile)));
  userRegistry = { file: userFile, mtimeMs, registry };
  return registry;
}

function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch (e) {
    throw new OutletsFileError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, file);
  }
}

function readUser(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new OutletsFileError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, file);
  }
}
