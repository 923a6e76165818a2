import { readFileSync } from 'node:fs';
import { matchKey } from '../../text/normalize/arabic.js';

/** A lexicon file that does not follow its format: the message names the file and the line. */
export class LexiconError extends Error {
  constructor(readonly file: string, readonly line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'LexiconError';
  }
}

export interface TsvRow {
  line: number;
  cells: string[];
}

/**
 * Reads a tab-separated lexicon: `#` lines are comments, blank lines are skipped, every row has
 * exactly `columns.length` cells, none empty (`-` stands for "none"). `allowed` restricts a column's values.
 */
export function readTsv(file: string, columns: string[], allowed: Record<number, readonly string[]> = {}): TsvRow[] {
  return parseTsv(readFileSync(file, 'utf8'), file, columns, allowed);
}

/** A one-column word list (column `form`) as the match keys of its words. */
export function readKeySet(file: string): Set<string> {
  return new Set(readTsv(file, ['form']).map((r) => matchKey(r.cells[0])));
}

/** `readTsv` of text already read; `file` names it in errors. */
export function parseTsv(tsv: string, file: string, columns: string[], allowed: Record<number, readonly string[]> = {}): TsvRow[] {
  const rows: TsvRow[] = [];
  tsv.split('\n').forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    if (!text.trim() || text.startsWith('#')) return;
    const cells = text.split('\t').map((c) => c.trim());
    if (cells.length !== columns.length) {
      throw new LexiconError(file, i + 1, `expected ${columns.length} columns (${columns.join(', ')}), found ${cells.length}`);
    }
    cells.forEach((c, k) => {
      if (!c) throw new LexiconError(file, i + 1, `column ${columns[k]} is empty (write - for none)`);
      const ok = allowed[k];
      for (const v of c.split(',')) {
        if (ok && !ok.includes(v)) throw new LexiconError(file, i + 1, `column ${columns[k]}: "${v}" is not one of ${ok.join(', ')}`);
      }
    });
    rows.push({ line: i + 1, cells });
  });
  return rows;
}
