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

const SEED = seedAnalysis('2024-10-15');
/** Re-analysis that renumbers statements: the first one is gone, every later one moves up. */
const renumbered = (a: Analysis): Analysis => ({ ...a, statements: a.statements.slice(1) });

export interface CorrectionsStore {
  store: Store;
  /** Stores the seed again, analysed anew with its statements renumbered, and places its claims. */
  reanalyse: () => Promise<string[]>;
  dispose: () => Promise<void>;
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
