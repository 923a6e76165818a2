import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { claimRecord, claimsDb, deleteClaim, deleteClaims, idsStartingWith, insertMemberRows, saveClaimRecords, type ClaimsDatabase, type ClaimsDb } from '../store/claims.js';
import type { Database } from '../store/schema.js';
import { windowAround } from './dates.js';
import { ECHO_CONCEPT, echoesOthers, echoGroup, echoItemOf, echoKeyEntities, lookupKeys, mayEchoRef, waitsInPool, rankEchoes, shortlistRefs, type EchoCandidate, type EchoItem, type EchoRef } from './echo.js';
import { absorbed, adopted, followers, joinOf } from './echo-place.js';
import { claimIdBase, newClaimId, recordOf, redirect } from './place.js';
import type { ClaimRecord, Member } from './types.js';

// In the store (placeClaims, under the placement lock): echo-place.ts's placement, with the pool in the claim_echoes
// and claim_echo_keys tables (migrations 010, 013, 017) — candidates are read by key and date, then chosen as in memory.

/** The pool tables (migrations 010, 013, 017); a type alias, as Kysely's withTables wants an index signature. */
export type EchoTables = {
  claim_echoes: { statement_id: string; article_id: string; date: string; member: string; words: string; stems: string | null };
  /** `digest`: of the statement's member (`digestOf`); null on rows pooled before migration 017. */
  claim_echo_keys: { key: string; date: string; statement_id: string; digest: string | null };
};
type EchoDb = Kysely<ClaimsDatabase & EchoTables>;
const echoDb = (db: ClaimsDb): EchoDb => db.withTables<EchoTables>();

/** Ids one `in (…)` list carries at most (as src/store/claims.ts). */
const IDS_PER_QUERY = 500;

/** Rows one multi-row insert carries at most (4 or 6 bound parameters each). */
const ROWS_PER_INSERT = 200;

/** A member's digest: 16 hex digits of the SHA-1 of its JSON. */
const digestOf = (member: string) => createHash('sha1').update(member).digest('hex').slice(0, 16);

/**
 * Pool items read or written lately, by their member's digest (or, for a row pooled before migration 017, their member).
 * An item is a function of its member (its words are of the member's content) and is never changed, and a statement
 * placed again with another member has another digest: an item known before is taken again rather than read, parsed
 * and analysed anew.
 */
const knownItems = new Map<string, EchoItem>();
/** How many knownItems keeps (the oldest goes first): a few days of pool statements. */
const KNOWN_ITEMS_MAX = 4096;

function remember(ident: string, item: EchoItem): void {
  if (knownItems.size >= KNOWN_ITEMS_MAX) knownItems.delete(knownItems.keys().next().value!);
  knownItems.set(ident, item);
}

/** A pool statement a key read found: what a shortlist ranks it by (EchoRef), and its member's digest. */
interface Hit extends EchoRef {
  keys: string[];
  digest: string | null;
}

/** The pool statements sharing a key with any of the items within any item's window: a read of claim_echo_keys alone. */
async function keyHits(db: EchoDb, items: readonly EchoItem[]): Promise<Map<string, Hit>> {
  const keys = [...new Set(items.flatMap(lookupKeys))];
  const windows = items.map((it) => windowAround(it.member.date));
  const from = windows.map((w) => w.from).sort()[0], to = windows.map((w) => w.to).sort().at(-1)!;
  const out = new Map<string, Hit>();
  for (let i = 0; i < keys.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claim_echo_keys').select(['key', 'date', 'statement_id', 'digest'])
      .where('key', 'in', keys.slice(i, i + IDS_PER_QUERY)).where('date', '>=', from).where('date', '<=', to).execute();
    for (const r of rows) {
      const hit = out.get(r.statement_id) ?? { statementId: r.statement_id, date: r.date, keys: [], digest: r.digest };
      hit.keys.push(r.key);
      out.set(r.statement_id, hit);
    }
  }
  return out;
}

/** The items of hit pool statements, by statement id: known ones, and the others read and parsed. */
async function itemsOf(db: EchoDb, hits: readonly Hit[]): Promise<Map<string, EchoItem>> {
  const out = new Map<string, EchoItem>();
  const unread: string[] = [];
  for (const h of hits) {
    const item = h.digest === null ? undefined : knownItems.get(h.digest);
    if (item) out.set(h.statementId, item);
    else unread.push(h.statementId);
  }
  const digests = new Map(hits.map((h) => [h.statementId, h.digest]));
  for (let i = 0; i < unread.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claim_echoes').select(['statement_id', 'member', 'words', 'stems'])
      .where('statement_id', 'in', unread.slice(i, i + IDS_PER_QUERY)).execute();
    for (const r of rows) {
      const ident = digests.get(r.statement_id) ?? r.member;
      let item = knownItems.get(ident);
      if (!item) {
        // Rows pooled before migration 013 have no stems: echoItemOf reads them from the content.
        item = echoItemOf(JSON.parse(r.member) as Member, () => JSON.parse(r.words) as string[][], r.stems === null ? undefined : () => JSON.parse(r.stems!) as string[][]);
        remember(ident, item);
      }
      out.set(r.statement_id, item);
    }
  }
  return out;
}

/**
 * Each item's shortlist (echo.ts `shortlist`), as candidates from the pool (their claims not read: `claimsOf`): taken
 * from key rows alone — an item's keys shared with a pool statement are those of its key rows the read found, as it
 * asked for every key of every item — then only the shortlisted statements' items are read.
 */
async function shortlistsOf(db: EchoDb, items: readonly EchoItem[]): Promise<EchoCandidate[][]> {
  // An item that may echo no other article's statement has none to read (its keys asked for or not, another item's
  // shortlist is the same: each counts only its own keys among a pool statement's).
  const asking = items.filter(echoesOthers);
  if (!asking.length) return items.map(() => []);
  const hits = await keyHits(db, asking);
  const refs = [...hits.values()];
  // The shortlist as ever (its cut at ECHO_MAX_CANDIDATES included), less the statements that cannot echo the item.
  const ids = items.map((it) => (echoesOthers(it) ? shortlistRefs(it, refs).filter((r) => mayEchoRef(it, r)).map((r) => r.statementId) : []));
  const pool = await itemsOf(db, [...new Set(ids.flat())].map((id) => hits.get(id)!));
  const candidates = new Map([...pool].map(([id, item]): [string, EchoCandidate] => [id, { item }]));
  return ids.map((list) => list.flatMap((id) => candidates.get(id) ?? []));
}

/** Sets the claims of pool candidates (those in one): read for the chosen ones only, as choosing does not depend on them. */
async function claimsOf(db: EchoDb, candidates: readonly EchoCandidate[]): Promise<void> {
  const byId = new Map(candidates.map((c) => [c.item.member.statementId, c]));
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claim_statements').select(['statement_id', 'claim_id']).where('statement_id', 'in', ids.slice(i, i + IDS_PER_QUERY)).execute();
    for (const r of rows) byId.get(r.statement_id)!.claimId = r.claim_id;
  }
}

/**
 * Adds the items to the pool, with their keys. One without keys is left out: no later statement would find it (echo.ts
 * `lookupKeys`: it has no anchor, and may not be a copy).
 */
async function addToPool(db: EchoDb, items: readonly EchoItem[]): Promise<void> {
  const pooled = items.filter((it) => lookupKeys(it).length);
  const rows = pooled.map(({ member: m, words, stems }) => ({
    statement_id: m.statementId, article_id: m.articleId, date: m.date, member: JSON.stringify(m), words: JSON.stringify(words), stems: JSON.stringify(stems),
  }));
  const digests = rows.map((r) => digestOf(r.member));
  const keys = pooled.flatMap((it, i) => lookupKeys(it).map((key) => ({ key, date: it.member.date, statement_id: it.member.statementId, digest: digests[i] })));
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await db.insertInto('claim_echoes').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
  for (let i = 0; i < keys.length; i += ROWS_PER_INSERT) await db.insertInto('claim_echo_keys').values(keys.slice(i, i + ROWS_PER_INSERT)).execute();
  // Later articles find these statements first: their items are known (made anew from the parts stored, as a read
  // would, so that no article's analysis is kept).
  pooled.forEach(({ member, words, stems }, i) => remember(digests[i], echoItemOf(member, () => words.map((w) => [...w]), () => stems.map((w) => [...w]))));
}

/** An item and the pool statement it echoes. */
interface Echo {
  it: EchoItem;
  found: EchoCandidate;
  /** Every candidate it echoes, best first (`found` first): another in a claim takes it and `found` (echo-place.ts `joinOf`). */
  ranked: EchoCandidate[];
  /** The item's index among the article's. */
  i: number;
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
 * it echoes, or makes a claim with that statement when it waits in none; then they join the pool, with the statements
 * its concept groups took (`grouped`: echo.ts `groupedItemsOf`). Echo claims among
 * `touched` left with fewer than two statements are deleted (their statements wait in the pool again). Adds the claims
 * it writes to `touched`; returns those the items went to, in item order, then those the grouped statements took
 * pending ones into (a concept claim among them may be one this placement started: its record is to be read again).
 */
export async function placeStoredEchoes(trx: Kysely<Database>, articleId: string, items: readonly EchoItem[], merges: ReadonlyMap<string, string>, now: string, touched: Set<string>,
  grouped: readonly EchoItem[] = []): Promise<string[]> {
  const claims = claimsDb(trx);
  const db = echoDb(claims);
  // The statements' key rows go with them (on delete cascade).
  await db.deleteFrom('claim_echoes').where('article_id', '=', articleId).execute();
  // The statements its concept groups took take in the pending pool statements they echo (echo-place.ts `adopted`),
  // before the items are placed: an item echoing one of those then joins the concept claim too.
  const adoptedBy = await adoptStored(claims, db, grouped, touched);
  // Statements of one article never echo each other: the pool is read once, and the article's items join it at the end.
  const shortlists = await shortlistsOf(db, items);
  // The article's own statements are candidates for its later ones (only its headline may match: echo.ts `echoOf`).
  const mine: EchoCandidate[] = items.map((item) => ({ item }));
  const lists = shortlists.map((list, i) => [...list, ...mine.slice(0, i)]);
  const pool = new Map(lists.flat().map((c) => [c.item.member.statementId, c]));
  // Which statement an item echoes does not depend on the claims: chosen first, so that the store is asked once for
  // the ids new claims may take, and written to once.
  const echoes = items.flatMap((it, i): Echo[] => {
    const ranked = rankEchoes(it, lists[i]);
    return ranked.length ? [{ it, found: ranked[0], ranked, i }] : [];
  });
  // The article's own statements are in no claim yet (its rows were taken out).
  await claimsOf(db, [...new Set(echoes.flatMap((e) => e.ranked))].filter((c) => !mine.includes(c)));
  const taken = await idsStartingWith(claims, newClaimBases(echoes));
  // Claims known to be in the store (a chosen statement's claim, one written here) or not (a fresh id); others are read.
  // Records and rows are written after the loop: `taken` and `known` stand for the ones written before in the loop.
  const known = new Map<string, boolean>([...pool.values()].flatMap((c) => (c.claimId ? [[c.claimId, true] as const] : [])));
  const isClaim = async (id: string): Promise<boolean> => {
    if (!known.has(id)) known.set(id, (await claimRecord(claims, id)) !== undefined);
    return known.get(id)!;
  };
  const records: ClaimRecord[] = [];
  const rows: { claimId: string; member: Member }[] = [];
  const placed: string[] = [];
  for (const e of echoes) {
    // As in memory (echo-place.ts): claims known so far, those this loop wrote included; a nested item joins one only.
    const { it, i } = e, ranked = it.nested ? e.ranked.filter((c) => c.claimId) : e.ranked, found = ranked[0];
    if (!found) continue;
    let id: string, members: Member[];
    const claimed = joinOf(ranked)?.claimed;
    if (found.claimId) [id, members] = [found.claimId, [it.member]];
    else if (claimed?.claimId) [id, members] = [claimed.claimId, [found.item.member, it.member]];
    else {
      const g = echoGroup([found.item.member, it.member]);
      [id, members] = [newClaimId(g, (x) => taken.has(x)), [...g.members]];
      known.set(id, false);
    }
    // Its article's earlier statements it echoes follow it (echo-place.ts `followers`): pool entries of this article.
    members.push(...followers(it, items.slice(0, i), (s) => !pool.get(s)?.claimId, found.item).map((e) => e.member));
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
  // The statements its concept groups took wait in the pool too (echo.ts `groupedItemsOf`), as in memory (echo-place.ts).
  await addToPool(db, [...items, ...grouped].filter(waitsInPool));
  // Only echo claims may be lone ones, and an echo claim's id starts with its concept (place.ts claimIdBase).
  await dropLoneEchoes(claims, [...touched].filter((id) => id.startsWith(`${ECHO_CONCEPT}:`)));
  return [...new Set([...placed, ...adoptedBy])];
}

/**
 * In the store, echo-place.ts's adoption: each statement a concept group of the article took (in its claim, written by
 * the concept placement before) takes in the pending pool statements it echoes, and the echo claims of those in one
 * (`absorbed`). Adds the claims it writes to `touched`.
 */
async function adoptStored(claims: ClaimsDb, db: EchoDb, grouped: readonly EchoItem[], touched: Set<string>): Promise<string[]> {
  if (!grouped.length) return [];
  const own = grouped.map((item): EchoCandidate => ({ item }));
  await claimsOf(db, own);
  const lists = await shortlistsOf(db, grouped);
  await claimsOf(db, [...new Set(lists.flat())]);
  const rows: { claimId: string; member: Member }[] = [];
  const taken = new Set<string>();
  // Echo claims a statement of another article in them echoes go whole into the concept claim (echo-place.ts `absorbed`).
  const merges: { from: string; into: string }[] = [];
  const gone = new Set<string>();
  own.forEach((g, i) => {
    if (!g.claimId) return;
    for (const c of adopted(g.item, lists[i].filter((x) => !taken.has(x.item.member.statementId)))) {
      taken.add(c.item.member.statementId);
      rows.push({ claimId: g.claimId, member: c.item.member });
      touched.add(g.claimId);
    }
    for (const from of absorbed(g.item, lists[i], g.claimId, (id) => id.startsWith(`${ECHO_CONCEPT}:`) && !gone.has(id))) {
      gone.add(from);
      merges.push({ from, into: g.claimId });
      touched.add(g.claimId);
    }
  });
  await insertMemberRows(claims, rows);
  for (const { from, into } of merges) {
    // Their rule and origin kept: placement's doing, not the user's (as store.ts moves a title event's rows).
    await claims.updateTable('claim_statements').set({ claim_id: into }).where('claim_id', '=', from).execute();
    await deleteClaim(claims, from);
    touched.delete(from);
  }
  return [...new Set([...rows.map((r) => r.claimId), ...merges.map((m) => m.into)])];
}

/** Deletes the echo claims among `ids` with fewer than two statements. */
async function dropLoneEchoes(db: ClaimsDb, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const lone: string[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claims as c').leftJoin('claim_statements as cs', 'cs.claim_id', 'c.id')
      .select((e) => ['c.id', e.fn.count<number>('cs.statement_id').as('n')])
      .where('c.id', 'in', ids.slice(i, i + IDS_PER_QUERY)).where('c.concept', '=', ECHO_CONCEPT).groupBy('c.id').execute();
    for (const r of rows) if (Number(r.n) < 2) lone.push(r.id);
  }
  await deleteClaims(db, lone);
}
