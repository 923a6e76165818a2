import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMPTY_CELL, GAZETTEER_DIR, VARIANT_SEPARATOR } from './constants.js';

/** A gazetteer file that is missing or malformed: names the file and the line. */
export class GazetteerError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'GazetteerError';
  }
}

/** Finds data/gazetteer by walking up from this module (src/… under tsx/vitest, dist/src/… when built). */
export function gazetteerDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const p = join(dir, GAZETTEER_DIR);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new GazetteerError(GAZETTEER_DIR, 0, 'not found above the module');
}

export interface Row {
  line: number;
  cells: string[];
}

/** Reads a TSV of `columns` cells a line; `#` lines and blank lines are comments. */
export function readTsv(name: string, columns: number): Row[] {
  const file = join(gazetteerDir(), name);
  const rows: Row[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '' || text.startsWith('#')) return;
    const cells = text.split('\t').map((c) => c.trim());
    if (cells.length !== columns) throw new GazetteerError(name, i + 1, `expected ${columns} cells, found ${cells.length}`);
    rows.push({ line: i + 1, cells });
  });
  return rows;
}

/** The variants of a cell (`a|b` → [a, b]; `-` → []). */
export function variants(cell: string): string[] {
  if (cell === EMPTY_CELL || cell === '') return [];
  return cell.split(VARIANT_SEPARATOR).map((v) => v.trim()).filter((v) => v !== '');
}

/** A cell that may be empty (`-` → undefined). */
export function optional(cell: string): string | undefined {
  return cell === EMPTY_CELL || cell === '' ? undefined : cell;
}
