/**
 * Loads the stage's TSV lexicons (`data/lexicons/*.tsv`): found by walking up from
 * this module (src/… under vitest/tsx, dist/src/… when built), validated row by row,
 * cached. A malformed file fails loudly with its name and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A lexicon file that is missing or malformed. */
export class LexiconFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'LexiconFileError';
  }
}

/** One data row: its cells by column name, and its line number for error messages. */
export interface TsvRow {
  cells: Record<string, string>;
  line: number;
  file: string;
}

/** How far up from this module the repository root may be. */
const MAX_LEVELS_UP = 8;
const cache = new Map<string, TsvRow[]>();

export function findLexicon(name: string): string {
  const rel = join('data', 'lexicons', name);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < MAX_LEVELS_UP; up++) {
    const p = join(dir, rel);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new LexiconFileError('not found above the module', rel);
}

/**
 * Reads `data/lexicons/<name>`: a header line naming the columns (it must equal `columns`),
 * then one row a line; `#` starts a comment line; blank lines are skipped.
 */
export function readTsv(name: string, columns: readonly string[]): TsvRow[] {
  const hit = cache.get(name);
  if (hit) return hit;
  const rows = parseTsv(readFileSync(findLexicon(name), 'utf8'), columns, `data/lexicons/${name}`);
  cache.set(name, rows);
  return rows;
}

/** Parses and validates TSV text (see readTsv); `file` names it in errors. */
export function parseTsv(text: string, columns: readonly string[], file: string): TsvRow[] {
  const rows: TsvRow[] = [];
  let header: string[] | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      if (header.join('\t') !== columns.join('\t')) {
        throw new LexiconFileError(`header must be "${columns.join('<TAB>')}"`, file, line);
      }
      return;
    }
    if (cells.length !== columns.length || cells.some((c) => c === '')) {
      throw new LexiconFileError(`expected ${columns.length} non-empty tab-separated cells, got ${cells.length}`, file, line);
    }
    rows.push({ cells: Object.fromEntries(columns.map((c, k) => [c, cells[k]])), line, file });
  });
  if (!header) throw new LexiconFileError('empty file', file);
  return rows;
}
