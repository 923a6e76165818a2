import type { Kysely } from 'kysely';
import { claimRecord, claimsDb, deleteClaims, idsStartingWith, insertMemberRows, saveClaimRecords, type ClaimsDatabase, type ClaimsDb } from '../store/claims.js';
import type { Database } from '../store/schema.js';
import { windowAround } from './dates.js';
import { chooseEcho, ECHO_CONCEPT, echoesOthers, echoGroup, echoItemOf, echoKeyEntities, lookupKeys, mayEchoRef, shortlistRefs, type EchoCandidate, type EchoItem, type EchoRef } from './echo.js';
import { claimIdBase, newClaimId, recordOf, redirect } from './place.js';
import type { ClaimRecord, Member } from './types.js';

// In the store (placeClaims, under the placement lock): echo-place.ts's placement, with the pool in the claim_echoes
// and claim_echo_keys tables (migration 010) — candidates are read by key and date, then chosen as in memory.

/** The pool tables (migration 010-claim-echoes); a type alias, as Kysely's withTables wants an index signature. */
export type EchoTables = {
  claim_echoes: { statement_id: string; article_id: string; date: string; member: string; words: string; stems: string | null };
  claim_echo_keys: { key: string; statement_id: string; date: string };
};
type EchoDb = Kysely<ClaimsDatabase & EchoTables>;
const echoDb = (db: ClaimsDb): EchoDb => db.withTables<EchoTables>();

/** Ids one `in (…)` list carries at most (as src/store/claims.ts). */
const IDS_PER_QUERY = 500;

/** Rows one multi-row insert carries at most (3 or 6 bound parameters each). */
const ROWS_PER_INSERT = 200;

/** The pool statements sharing a key with any of the items within any item's window: an index-only read of claim_echo_keys. */
async function keyHits(db: EchoDb, items: readonly EchoItem[]): Promise<EchoRef[]> {
  const keys = [...new Set(items.flatMap(lookupKeys))];
  const windows = items.map((it) => windowAround(it.member.date));
  const from = windows.map((w) => w.from).sort()[0], to = windows.map((w) => w.to).sort().at(-1)!;
  const out = new Map<string, EchoRef & { keys: string[] }>();
  for (let i = 0; i < keys.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claim_echo_keys').select(['key', 'statement_id', 'date'])
      .where('key', 'in', keys.slice(i, i + IDS_PER_QUERY)).where('date', '>=', from).where('date', '<=', to).execute();
    for (const r of rows) {
      const hit = out.get(r.statement_id) ?? { statementId: r.statement_id, date: r.date, keys: [] };
      hit.keys.push(r.key);
      out.set(r.statement_id, hit);
    }
  }
  return [...out.values()];
}

/** Pool items read lately, by their stored member (JSON): a pool statement is read again by many later articles. */
const readItems = new Map<string, EchoItem>();
/** How many readItems keeps (the oldest read goes first): a few days of pool statements. */
const READ_ITEMS_MAX = 4096;

/**
 * The echo item of a stored pool row. An item is a function of its member (its words are of the member's content),
 * and is never changed: one read before is taken again rather than parsed and analysed anew.
 */
function storedItem(member: string, words: string, stems: string | null): EchoItem {
  let item = readItems.get(member);
  if (!item) {
    // Rows pooled before migration 013 have no stems: echoItemOf reads them from the content.
    item = echoItemOf(JSON.parse(member) as Member, () => JSON.parse(words) as string[][], stems === null ? undefined : () => JSON.parse(stems) as string[][]);
    if (readItems.size >= READ_ITEMS_MAX) readItems.delete(readItems.keys().next().value!);
    readItems.set(member, item);
  }
  return item;
}

/**
 * Pool statements by statement id, with their claims. The member is read first, as it is what readItems knows an item
 * by; words and stems (the larger half of a row) only for the members not read before.
 */
async function poolOf(db: EchoDb, ids: readonly string[]): Promise<Map<string, EchoCandidate>> {
  const out = new Map<string, EchoCandidate>();
  const unread = new Map<string, { member: string; claimId: string | null }>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claim_echoes as e').leftJoin('claim_statements as cs', 'cs.statement_id', 'e.statement_id')
      .select(['e.statement_id', 'e.member', 'cs.claim_id'])
      .where('e.statement_id', 'in', ids.slice(i, i + IDS_PER_QUERY)).execute();
    for (const r of rows) {
      const item = readItems.get(r.member);
      if (item) out.set(r.statement_id, { item, ...(r.claim_id ? { claimId: r.claim_id } : {}) });
      else unread.set(r.statement_id, { member: r.member, claimId: r.claim_id });
    }
  }
  const rest = [...unread.keys()];
  for (let i = 0; i < rest.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claim_echoes').select(['statement_id', 'words', 'stems'])
      .where('statement_id', 'in', rest.slice(i, i + IDS_PER_QUERY)).execute();
    for (const r of rows) {
      const { member, claimId } = unread.get(r.statement_id)!;
      out.set(r.statement_id, { item: storedItem(member, r.words, r.stems), ...(claimId ? { claimId } : {}) });
    }
  }
  return out;
}

/**
 * Each item's shortlist (echo.ts `shortlist`), as candidates from the pool: taken from key rows alone — an item's keys
 * shared with a pool statement are those of its key rows the read found, as it asked for every key of every item —
 * then only the shortlisted statements are read (parsing a member is the costly part).
 */
async function shortlistsOf(db: EchoDb, items: readonly EchoItem[]): Promise<EchoCandidate[][]> {
  // An item that may echo no other article's statement has none to read (its keys asked for or not, another item's
  // shortlist is the same: each counts only its own keys among a pool statement's).
  const asking = items.filter(echoesOthers);
  if (!asking.length) return items.map(() => []);
  const refs = await keyHits(db, asking);
  // The shortlist as ever (its cut at ECHO_MAX_CANDIDATES included), less the statements that cannot echo the item.
  const ids = items.map((it) => (echoesOthers(it) ? shortlistRefs(it, refs).filter((r) => mayEchoRef(it, r)).map((r) => r.statementId) : []));
  const pool = await poolOf(db, [...new Set(ids.flat())]);
  return ids.map((list) => list.flatMap((id) => pool.get(id) ?? []));
}

async function addToPool(db: EchoDb, items: readonly EchoItem[]): Promise<void> {
  const rows = items.map(({ member: m, words, stems }) => ({
    statement_id: m.statementId, article_id: m.articleId, date: m.date, member: JSON.stringify(m), words: JSON.stringify(words), stems: JSON.stringify(stems),
  }));
  const keys = items.flatMap((it) => lookupKeys(it).map((key) => ({ key, statement_id: it.member.statementId, date: it.member.date })));
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await db.insertInto('claim_echoes').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
  for (let i = 0; i < keys.length; i += ROWS_PER_INSERT) await db.insertInto('claim_echo_keys').values(keys.slice(i, i + ROWS_PER_INSERT)).execute();
}

/** An item and the pool statement it echoes. */
interface Echo {
  it: EchoItem;
  found: EchoCandidate;
}

/**
 * The id bases (place.ts claimIdBase) of the claims the echoes may make: those of echoes whose statement waits in no
 * claim, and no earlier echo took first (that one makes the claim the later ones join).
 */
function newClaimBases(echoes: readonly Echo[]): string[] {
  const seen = new Set<EchoCandidate>();
  const bases: string[] = [];
  for (const { it, found } of echoes) {
    if (!found.claimId && !seen.has(found)) bases.push(claimIdBase(echoGroup([found.item.member, it.member])));
    seen.add(found);
  }
  return bases;
}

/**
 * Places one article's echo items (its earlier ones taken out of the pool first): each joins the claim of the statement
 * it echoes, or makes a claim with that statement when it waits in none; then they join the pool. Echo claims among
 * `touched` left with fewer than two statements are deleted (their statements wait in the pool again). Adds the claims
 * it writes to `touched`; returns those the items went to, in item order.
 */
export async function placeStoredEchoes(trx: Kysely<Database>, articleId: string, items: readonly EchoItem[], merges: ReadonlyMap<string, string>, now: string, touched: Set<string>): Promise<string[]> {
  const claims = claimsDb(trx);
  const db = echoDb(claims);
  // The statements' key rows go with them (on delete cascade).
  await db.deleteFrom('claim_echoes').where('article_id', '=', articleId).execute();
  // Statements of one article never echo each other: the pool is read once, and the article's items join it at the end.
  const shortlists = await shortlistsOf(db, items);
  // The article's own statements are candidates for its later ones (only its headline may match: echo.ts `echoOf`).
  const mine: EchoCandidate[] = items.map((item) => ({ item }));
  const lists = shortlists.map((list, i) => [...list, ...mine.slice(0, i)]);
  const pool = new Map(lists.flat().map((c) => [c.item.member.statementId, c]));
  // Which statement an item echoes does not depend on the claims: chosen first, so that the store is asked once for
  // the ids new claims may take, and written to once.
  const echoes = items.flatMap((it, i): Echo[] => {
    const found = chooseEcho(it, lists[i]);
    return found ? [{ it, found }] : [];
  });
  const taken = await idsStartingWith(claims, newClaimBases(echoes));
  // Claims known to be in the store (a pool statement's claim, one written here) or not (a fresh id); others are read.
  // Records and rows are written after the loop: `taken` and `known` stand for the ones written before in the loop.
  const known = new Map<string, boolean>([...pool.values()].flatMap((c) => (c.claimId ? [[c.claimId, true] as const] : [])));
  const isClaim = async (id: string): Promise<boolean> => {
    if (!known.has(id)) known.set(id, (await claimRecord(claims, id)) !== undefined);
    return known.get(id)!;
  };
  const records: ClaimRecord[] = [];
  const rows: { claimId: string; member: Member }[] = [];
  const placed: string[] = [];
  for (const { it, found } of echoes) {
    let id: string, members: Member[];
    if (found.claimId) [id, members] = [found.claimId, [it.member]];
    else {
      const g = echoGroup([found.item.member, it.member]);
      [id, members] = [newClaimId(g, (x) => taken.has(x)), g.members];
      known.set(id, false);
    }
    const target = redirect(id, merges);
    if (!(await isClaim(target))) {
      records.push(recordOf(target, ECHO_CONCEPT, echoKeyEntities(members), members));
      known.set(target, true);
      taken.add(target);
    }
    for (const m of members) {
      rows.push({ claimId: target, member: m });
      const c = pool.get(m.statementId);
      if (c) c.claimId = target;
    }
    touched.add(target);
    placed.push(target);
  }
  await saveClaimRecords(claims, records, now);
  await insertMemberRows(claims, rows);
  await addToPool(db, items);
  await dropLoneEchoes(claims, [...touched]);
  return placed;
}

/** Deletes the echo claims among `ids` with fewer than two statements. */
async function dropLoneEchoes(db: ClaimsDb, ids: string[]): Promise<void> {
  const lone: string[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claims as c').leftJoin('claim_statements as cs', 'cs.claim_id', 'c.id')
      .select((e) => ['c.id', e.fn.count<number>('cs.statement_id').as('n')])
      .where('c.id', 'in', ids.slice(i, i + IDS_PER_QUERY)).where('c.concept', '=', ECHO_CONCEPT).groupBy('c.id').execute();
    for (const r of rows) if (Number(r.n) < 2) lone.push(r.id);
  }
  await deleteClaims(db, lone);
}
