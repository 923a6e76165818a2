import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file that lists where a folder's texts came from: a header row, then one row a file. */
export const SOURCES_FILE = 'SOURCES.tsv';

/** `file` (relative to the folder) → original URL, read from a folder's SOURCES.tsv when there is one. */
export function readSourcesTsv(dir: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(join(dir, SOURCES_FILE), 'utf8');
  } catch {
    return new Map();
  }
  const [header, ...rows] = text.split(/\r?\n/).filter(Boolean).map(parseTsvLine);
  const file = header?.indexOf('file') ?? -1;
  const url = header?.findIndex((h) => h === 'original_url' || h === 'url') ?? -1;
  const out = new Map<string, string>();
  if (file < 0 || url < 0) return out;
  for (const r of rows) if (r[file] && /^https?:\/\//.test(r[url] ?? '')) out.set(r[file], r[url]);
  return out;
}

/** Tab-separated fields; a field may be quoted ("…") with "" standing for a quote. */
export function parseTsvLine(line: string): string[] {
  return line.split('\t').map((f) => (f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).replaceAll('""', '"') : f));
}
