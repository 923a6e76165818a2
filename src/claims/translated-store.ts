import type { Kysely } from 'kysely';
import { claimRecord, claimsDb, idsStartingWith, insertMemberRows, saveClaimRecords, type Correction } from '../store/claims.js';
import type { Store } from '../store/index.js';
import type { Database } from '../store/schema.js';
import { ECHO_CONCEPT, echoGroup, echoKeyEntities } from './echo.js';
import type { Frame } from './frame.js';
import { framesOf, memberOf } from './group.js';
import { claimIdBase, newClaimId, recordOf, redirect } from './place.js';
import { sourceFromStored } from './source.js';
import { alignItemsOf, republishedSteps } from './translated.js';
import { alignTranslation } from './translated-position.js';
import { startOrder } from './translated-place.js';
import type { ClaimRecord, ClaimSource, Member } from './types.js';

// In the store (placeClaims, under the placement lock): translated-place.ts's placement — a translation's statements
// join the claims of their counterparts in the articles it is linked to (src/republish), or start one with them.

/** Ids one `in (…)` list carries at most (as src/store/claims.ts). */
const IDS_PER_QUERY = 500;

/** The stored articles of `ids` (an article's republication links, best first) as claim sources; itself and missing ones left out. */
export async function counterpartSources(store: Store, ids: readonly string[], self: string): Promise<ClaimSource[]> {
  const out: ClaimSource[] = [];
  for (const id of new Set(ids)) {
    if (id === self) continue;
    const stored = await store.getArticle(id);
    if (stored) out.push(sourceFromStored(stored));
  }
  return out;
}

/** The claims of statements, by statement id (those in none absent). */
async function claimsOfStatements(trx: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const db = claimsDb(trx);
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claim_statements').select(['statement_id', 'claim_id']).where('statement_id', 'in', ids.slice(i, i + IDS_PER_QUERY)).execute();
    for (const r of rows) out.set(r.statement_id, r.claim_id);
  }
  return out;
}

/**
 * Aligns the article's statements with each counterpart's (translated.ts) and writes the steps: a statement joins its
 * counterpart's claim, or the two start an echo claim. A statement a user moved out of a claim takes no step (its
 * correction is re-applied only when its own article is placed). Adds the claims it writes to `touched`; returns them.
 */
export async function placeStoredRepublished(
  trx: Kysely<Database>, src: ClaimSource, frames: readonly Frame[], counterparts: readonly ClaimSource[],
  merges: ReadonlyMap<string, string>, fixes: readonly Correction[], now: string, touched: Set<string>,
): Promise<string[]> {
  if (!counterparts.length) return [];
  const db = claimsDb(trx);
  const mine = alignItemsOf(src, frames);
  const members = new Map<string, () => Member>();
  src.statements.forEach((s, i) => members.set(s.id, () => memberOf(src, frames[i], 'translation', now)));
  const aligned = counterparts.map((other) => {
    const theirs = framesOf(other);
    other.statements.forEach((s, i) => members.set(s.id, () => memberOf(other, theirs[i], 'translation', now)));
    return alignTranslation(mine, alignItemsOf(other, theirs));
  });
  const claimOf = await claimsOfStatements(trx, [...new Set(aligned.flat().flatMap((p) => [p.mine.statementId, p.theirs.statementId]))]);
  const blocked = new Set(fixes.flatMap((c) => (c.kind === 'move-out' ? [c.args.statementId] : [])));
  const records: ClaimRecord[] = [];
  const rows: { claimId: string; member: Member }[] = [];
  const written = new Set<string>();
  const fresh = new Set<string>();
  for (const pairs of aligned) {
    for (const step of republishedSteps(pairs, (id) => claimOf.get(id), (id) => blocked.has(id))) {
      const added = step.kind === 'join' ? [members.get(step.statementId)!()] : startOrder(step.statementIds.map((id) => members.get(id)!()));
      let id: string;
      if (step.kind === 'join') id = redirect(step.claimId, merges);
      else {
        const g = echoGroup(added);
        const taken = await idsStartingWith(db, [claimIdBase(g)]);
        id = redirect(newClaimId(g, (x) => taken.has(x) || fresh.has(x)), merges);
        // A merge correction may send the new claim's id into one that exists: the two join that one.
        if (!fresh.has(id) && !(await claimRecord(db, id))) {
          records.push(recordOf(id, ECHO_CONCEPT, echoKeyEntities(added), added));
          fresh.add(id);
        }
      }
      for (const m of added) {
        rows.push({ claimId: id, member: m });
        claimOf.set(m.statementId, id);
      }
      written.add(id);
    }
  }
  await saveClaimRecords(db, records, now);
  await insertMemberRows(db, rows);
  for (const id of written) touched.add(id);
  return [...written];
}
