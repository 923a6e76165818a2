import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeClaims } from '../../claims/index.js';
import { seedAnalysis } from '../../claims/test-helpers.js';
import type { Analysis } from '../../model/index.js';
import { openStore, type Store } from '../../store/index.js';

// The claim corrections' tests: the seed analysed for real and grouped into its two claims, in a
// SQLite file of a temp folder, as `isnad ingest` would store it.

/** The seed's claims: ids with ':' and '+', as the grouping makes them. */
export const TROOPS = 'troop-deployment:country:KP+country:RU';
export const RATIFY = 'ratification:person:putin';
export const NOW = () => new Date('2024-10-15T12:00:00Z');

/** Words of the seed's statement that the grouping leaves in no claim (Peskov on Moscow and Pyongyang). */
export const STRAY = 'نعمل على تطوير العلاقات في كافة المجالات';

const SEED = seedAnalysis('2024-10-15');
/** Re-analysis that renumbers statements: the first one is gone, every later one moves up. */
const renumbered = (a: Analysis): Analysis => ({ ...a, statements: a.statements.slice(1) });

export interface CorrectionsStore {
  store: Store;
  /** Stores the seed again, analysed anew with its statements renumbered, and places its claims. */
  reanalyse: () => Promise<string[]>;
  dispose: () => Promise<void>;
}

/** The id of the one stored statement whose content holds `words` (ids change with re-analysis: never hard-coded). */
export async function statementWith(store: Store, words: string): Promise<string> {
  const rows = await store.db.selectFrom('statements').select(['id', 'content']).execute();
  const found = rows.filter((r) => r.content.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} statements hold ${words}`);
  return found[0].id;
}

export async function correctionsStore(): Promise<CorrectionsStore> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-correct-'));
  const store = await openStore({ path: join(dir, 'isnad.db'), now: NOW });
  const place = async (a: Analysis, replace: boolean) => placeClaims(store, (await store.saveAnalysis(a, { replace })).id, { now: NOW });
  const placed = await place(SEED, false);
  if (placed.join() !== [TROOPS, RATIFY].join()) throw new Error(`the seed's claims changed: ${placed.join(', ')}`);
  return {
    store,
    reanalyse: () => place(renumbered(SEED), true),
    dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}
