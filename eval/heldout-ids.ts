import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The corpus articles some held-out gold set annotates (eval/gold/heldout*, claims-heldout*): tools that show rule
// output over the corpus for review (eval/scan.ts) leave them out, so that no one tunes a rule by reading them.

const GOLD = join(import.meta.dirname, 'gold');
const ID = /\b(?:snn-\d{4}-\d\d-\d\d-\d{4}|wnen-\d{4}-\d\d-\d\d-[a-z0-9-]+|wnar-\d{3}(?:-[a-z]+)?)/g;

/** Ids (and `wnar-NNN` prefixes) of every article a held-out gold file names. */
export function heldOutIds(): Set<string> {
  const ids = new Set<string>();
  const files = readdirSync(GOLD).filter((f) => /^(?:claims-)?heldout/.test(f)).map((f) => join(GOLD, f));
  for (const f of files) {
    if (!f.endsWith('/heldout')) for (const m of readFileSync(f, 'utf8').matchAll(ID)) ids.add(m[0]);
  }
  for (const f of readdirSync(join(GOLD, 'heldout'))) ids.add(f.split('.')[0]!);
  for (const id of [...ids]) { const p = /^wnar-\d{3}/.exec(id); if (p) ids.add(p[0]); }
  return ids;
}
