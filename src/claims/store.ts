import type { Kysely } from 'kysely';
import type { Store, StoredArticle } from '../store/index.js';
import type { Database } from '../store/schema.js';
import { serialTransaction } from '../store/stories.js';
import {
  addCorrection, candidateClaimsOf, claimOfStatement, claimRecord, claimRecords, claimsDb, corrections, deleteClaim, deleteClaims, entriesOf,
  entriesOfClaims, idsStartingWith, insertMemberRows, moveRows, removeArticleRows, removeStatementRow, saveClaimRecord, saveClaimRecords,
  type ClaimsDb, type Correction,
} from '../store/claims.js';
import { echoItemsOf, groupedItemsOf } from './echo.js';
import { placeStoredEchoes } from './echo-store.js';
import { TITLE_EVENTS_DEFAULT } from './constants-title.js';
import { planSpeakerDetails } from './speaker-detail.js';
import type { Frame } from './frame.js';
import { framesOf, groupArticle, memberOf } from './group.js';
import { isBroad } from './lexicon.js';
import { chooseClaim, claimIdBase, groupWindow, mayJoin, meetsInArticle, newClaimId, recordOf, redirect } from './place.js';
import type { ArticleGroup, ClaimRecord, ClaimSource, Member } from './types.js';
import { SAME_STATEMENT_F1, tokenF1 } from './similarity.js';
import { sourceFromStored, statementOrdinal } from './source.js';
import { planTitleEvents } from './title-event.js';
import { counterpartSources, placeStoredRepublished } from './translated-store.js';

// The hooks between grouping and the store: place a stored article's statements, record the user's
// corrections and re-apply them after every automatic placement, so that they survive re-analysis.

export interface ClaimsOptions {
  /** The clock (for claim timestamps, and dates of statements the store has none for). */
  now?: () => Date;
  /** Runs in placeClaims' transaction once the rows are written (alerts of claim subscriptions); its failure places nothing. */
  afterPlace?: (trx: Kysely<Database>, claims: string[]) => Promise<unknown>;
  /** The article as stored, when the caller has it already read (src/ingest: read once for every placement step). */
  stored?: StoredArticle;
  /** Articles this one translates or is translated by (src/republish links), best first: its statements join their claims (translated.ts). */
  counterparts?: readonly string[];
  /** Merge the claims of its statements that tell its title's incident (title-event.ts); TITLE_EVENTS_DEFAULT when not given. */
  titleEvents?: boolean;
}

export type CorrectionResult =
  | { ok: true; claim: string }
  | { ok: false; reason: 'no-such-claim' | 'no-such-statement' | 'same-claim' | 'not-in-a-claim' | 'already-in-claim'; message: string };

const mergesOf = (cs: Correction[]) => new Map(cs.flatMap((c) => (c.kind === 'merge' ? [[c.args.from, c.args.into] as const] : [])));

/** Recomputes a claim's title and dates from its rows, or deletes it when it has none. */
async function refresh(db: ClaimsDb, id: string, now: string): Promise<void> {
  const record = await claimRecord(db, id);
  if (!record) return;
  const members = await entriesOf(db, id);
  if (!members.length) return deleteClaim(db, id);
  await saveClaimRecord(db, recordOf(id, record.concept, record.keyEntities, members), now);
}

/** One article's members in the order the store reads them (entriesOf: date, then ordinal). */
const inStoreOrder = (ms: readonly Member[]) =>
  [...ms].sort((a, b) => a.date.localeCompare(b.date) || statementOrdinal(a.statementId) - statementOrdinal(b.statementId));

/** Members of a claim with one article's added, in the store's order: the article is the latest stored, so after equal dates. */
const withAdded = (theirs: readonly Member[], mine: readonly Member[]) =>
  [...theirs, ...inStoreOrder(mine)].map((m, i) => ({ m, i })).sort((a, b) => a.m.date.localeCompare(b.m.date) || a.i - b.i).map(({ m }) => m);

/** What `assign` decided and wrote. */
interface Assigned {
  /** The claim each group went to, in group order. */
  placed: string[];
  /** Every claim record this placement read or started, by id (concept and key entities never change). */
  records: Map<string, ClaimRecord>;
  /** Claims this placement started, with their members (all of this article, in store order). */
  started: Map<string, Member[]>;
}

/**
 * Where each group of an article goes — decided in memory from one read of the candidates (and, for broad concepts, of
 * the members of those it may join), as if each group were written before the next is placed — then written in two
 * statements. Grouping one group after another against the store gives the same claims; this saves a round trip per
 * group and per candidate.
 */
async function assign(db: ClaimsDb, groups: ArticleGroup[], merges: ReadonlyMap<string, string>, now: string): Promise<Assigned> {
  const out: Assigned = { placed: [], records: new Map(), started: new Map() };
  if (!groups.length) return out;
  const windows = groups.map(groupWindow);
  const from = windows.map((w) => w.from).sort()[0], to = windows.map((w) => w.to).sort().at(-1)!;
  const known = await candidateClaimsOf(db, [...new Set(groups.map((g) => g.concept))], from, to);
  for (const c of known) out.records.set(c.id, c);
  const taken = await idsStartingWith(db, groups.map(claimIdBase));
  // A broad concept's claims are compared on their statements too (numbers, copies): read those a group may join.
  const members = new Map<string, Member[]>(await entriesOfClaims(db, known.filter((c) => isBroad(c.concept) && groups.some((g, i) => mayJoin(g, c, windows[i]))).map((c) => c.id)));
  const rows: { claimId: string; member: Member }[] = [];
  for (const g of groups) {
    const broad = isBroad(g.concept);
    // A claim another of the article's groups started only where they meet (place.ts `meetsInArticle`).
    const mayMeet = (id: string) => !out.started.has(id) || meetsInArticle(g, out.started.get(id)!);
    const candidates = known.filter((c) => c.concept === g.concept && mayMeet(c.id)).map((c) => (broad ? { ...c, members: members.get(c.id) ?? [] } : c));
    const found = chooseClaim(g, candidates);
    const id = found?.id ?? newClaimId(g, (x) => taken.has(x));
    const target = redirect(id, merges);
    // Statements that a merge sent elsewhere are there by the user's correction.
    const ms = target === id ? g.members : g.members.map((m) => ({ ...m, origin: 'user' as const, rule: 'user-merge' as const }));
    const exists = target === id ? Boolean(found) || out.started.has(target) : out.records.has(target) || out.started.has(target) || Boolean(await claimRecord(db, target));
    if (!exists) {
      const record = recordOf(target, g.concept, g.keyEntities, ms);
      out.started.set(target, []);
      out.records.set(target, record);
      taken.add(target);
      // Later groups see it as a candidate (where they meet it), where the store's index order (last seen, id) puts it.
      known.push(record);
      known.sort((a, b) => a.lastSeen.localeCompare(b.lastSeen) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    if (out.started.has(target)) out.started.set(target, inStoreOrder([...out.started.get(target)!, ...ms]));
    if (members.has(target) || out.started.has(target)) members.set(target, withAdded(members.get(target) ?? [], ms));
    for (const m of ms) rows.push({ claimId: target, member: m });
    out.placed.push(target);
  }
  await saveClaimRecords(db, known.filter((c) => out.started.has(c.id)), now);
  await insertMemberRows(db, rows);
  return out;
}

/**
 * Recomputes the title and dates of claims from their rows (one read for them all), deleting those left without any.
 * `started` members and `records` are known already (read or written by this placement): not read again.
 */
async function refreshAll(db: ClaimsDb, ids: string[], now: string, known?: Pick<Assigned, 'records' | 'started'>): Promise<void> {
  const read = ids.filter((id) => !known?.started.has(id));
  const entries = await entriesOfClaims(db, read);
  const records = new Map(known?.records);
  for (const [id, r] of await claimRecords(db, read.filter((id) => !records.has(id)))) records.set(id, r);
  const save: ClaimRecord[] = [];
  const empty: string[] = [];
  for (const id of ids) {
    const record = records.get(id);
    if (!record) continue;
    const members = known?.started.get(id) ?? entries.get(id);
    if (!members?.length) empty.push(id);
    else save.push(recordOf(id, record.concept, record.keyEntities, members));
  }
  await deleteClaims(db, empty);
  await saveClaimRecords(db, save, now);
}

/**
 * Places the statements of a stored article into claims — its earlier placement replaced, other claims
 * untouched but for those it joins — then re-applies the user's corrections. One transaction, serial with every
 * other claim placement and correction (in this process or another), so that two never make one claim twice.
 */
export async function placeClaims(store: Store, articleId: string, opts: ClaimsOptions = {}): Promise<string[]> {
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const stored = opts.stored ?? (await store.getArticle(articleId));
  if (!stored) return [];
  const src = sourceFromStored(stored);
  // Grouping reads the article alone: done before the lock is taken.
  const frames = framesOf(src);
  const groups = groupArticle(src, now, undefined, frames);
  const echoes = echoItemsOf(src, groups, now, frames);
  const grouped = groupedItemsOf(src, groups);
  const counterparts = await counterpartSources(store, opts.counterparts ?? [], articleId);
  return serialTransaction(store.db, 'claims', async (trx) => {
    const db = claimsDb(trx);
    const fixes = await corrections(db);
    const merges = mergesOf(fixes);
    const touched = new Set(await removeArticleRows(db, articleId));
    const assigned = await assign(db, groups, merges, now);
    for (const id of assigned.placed) touched.add(id);
    // Statements no concept group took: claims of the same proposition in other outlets (echo.ts).
    const echoed = await placeStoredEchoes(trx, articleId, echoes, merges, now, touched, grouped);
    // A concept claim started here that echoes joined has more members than the placement knows: read again.
    for (const id of echoed) assigned.started.delete(id);
    // Statements of a translation: the claims of their counterparts (translated.ts); claims it adds to are read again.
    const republished = await placeStoredRepublished(trx, src, frames, counterparts, merges, fixes, now, touched);
    for (const id of republished) assigned.started.delete(id);
    // The claims of its statements that tell its title's incident: one claim (title-event.ts), as placeArticle does.
    const movedTo = (opts.titleEvents ?? TITLE_EVENTS_DEFAULT) ? await mergeStoredTitleEvents(db, src, frames, now, touched) : new Map<string, string>();
    for (const [from, into] of movedTo) {
      assigned.started.delete(from);
      assigned.started.delete(into);
    }
    // Its statements in no claim that tell one more detail of their speaker's point nearby (speaker-detail.ts), as placeArticle does.
    // A concept claim started here that a detail joined has more members than the placement knows: read again.
    for (const id of await joinStoredSpeakerDetails(db, src, frames, now, touched)) assigned.started.delete(id);
    await reapply(db, fixes, src, frames, now, touched);
    // Corrections move rows between claims: then every touched claim is read again.
    await refreshAll(db, [...touched], now, fixes.length ? undefined : assigned);
    const result = [...new Set([...assigned.placed, ...echoed, ...republished].map((id) => redirect(redirect(id, movedTo), merges)))];
    await opts.afterPlace?.(trx, result);
    return result;
  });
}

/**
 * Applies title-event.ts `planTitleEvents` to the stored claims of an article's statements: a merged-away claim's rows move
 * to the survivor (their rule and origin kept: this is placement's doing, not the user's) and its record is deleted; a
 * statement in no claim gets a row in the claim it joins. Adds the claims it changes to `touched`; returns merged-away
 * id → survivor.
 */
async function mergeStoredTitleEvents(db: ClaimsDb, src: ClaimSource, frames: readonly Frame[], now: string, touched: Set<string>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('claim_statements').select(['statement_id', 'claim_id']).where('article_id', '=', src.articleId).execute();
  const claimOf = new Map(rows.map((r) => [r.statement_id, r.claim_id]));
  const entries = await entriesOfClaims(db, [...new Set(claimOf.values())]);
  const sizes = new Map([...entries].map(([id, ms]) => [id, { members: ms.length, articles: new Set(ms.map((m) => m.articleId)) }]));
  const plan = planTitleEvents(src, frames, claimOf, sizes);
  for (const { from, into } of plan.merges) {
    await db.updateTable('claim_statements').set({ claim_id: into }).where('claim_id', '=', from).execute();
    await deleteClaim(db, from);
    touched.add(into);
  }
  await insertMemberRows(db, plan.joins.map(({ frame, claimId }) => ({ claimId, member: memberOf(src, frame, 'detail', now) })));
  for (const j of plan.joins) touched.add(j.claimId);
  return new Map(plan.merges.map((m) => [m.from, m.into]));
}

/**
 * Applies speaker-detail.ts `planSpeakerDetails` to the stored claims of an article's statements: a statement in no claim
 * gets a row (rule `detail`) in the claim of its speaker's point nearby. Adds the claims it changes to `touched`, and
 * returns them.
 */
async function joinStoredSpeakerDetails(db: ClaimsDb, src: ClaimSource, frames: readonly Frame[], now: string, touched: Set<string>): Promise<string[]> {
  const rows = await db.selectFrom('claim_statements').select(['statement_id', 'claim_id']).where('article_id', '=', src.articleId).execute();
  const joins = planSpeakerDetails(src, frames, new Map(rows.map((r) => [r.statement_id, r.claim_id])));
  await insertMemberRows(db, joins.map(({ frame, claimId }) => ({ claimId, member: memberOf(src, frame, 'detail', now) })));
  for (const j of joins) touched.add(j.claimId);
  return [...new Set(joins.map((j) => j.claimId))];
}

/** A moved statement found again in its article after re-analysis: the same id with the same words, else the closest words. */
function findAgain(statements: readonly { id: string; content: string }[], args: { statementId: string; content: string }): string | undefined {
  const same = statements.find((s) => s.id === args.statementId && tokenF1(s.content, args.content) >= SAME_STATEMENT_F1);
  return (same ?? statements
    .map((s) => ({ s, f1: tokenF1(s.content, args.content) }))
    .filter((x) => x.f1 >= SAME_STATEMENT_F1).sort((a, b) => b.f1 - a.f1)[0]?.s)?.id;
}

/** The member a user's move-in makes of the i-th statement of an article. */
const movedMember = (src: ClaimSource, frames: readonly Frame[], i: number, now: string): Member => ({ ...memberOf(src, frames[i], 'user-move', now), origin: 'user' });

/**
 * Puts a statement into a claim by the user's correction: its row leaves the claim it was in (refreshed, or deleted when
 * left empty) and joins `claimId`. Adds both claims to `touched`.
 */
async function putIn(db: ClaimsDb, member: Member, claimId: string, touched: Set<string>): Promise<void> {
  const before = await claimOfStatement(db, member.statementId);
  if (before === claimId) return;
  await insertMemberRows(db, [{ claimId, member }]);
  if (before) touched.add(before);
  touched.add(claimId);
}

/** Re-applies, in the order they were made, merges (rows of a merged-away claim move to the survivor) and this article's move-outs and move-ins. */
async function reapply(db: ClaimsDb, fixes: Correction[], src: ClaimSource, frames: readonly Frame[], now: string, touched: Set<string>): Promise<void> {
  const merges = mergesOf(fixes);
  const statements = src.statements.map((s) => ({ id: s.id, content: s.content.text }));
  for (const c of fixes) {
    if (c.kind === 'merge') {
      const into = redirect(c.args.into, merges);
      if (touched.has(c.args.from) && (await claimRecord(db, into)) && (await moveRows(db, c.args.from, into))) touched.add(into);
      continue;
    }
    if (c.args.articleId !== src.articleId) continue;
    const found = findAgain(statements, c.args);
    if (!found) continue;
    const target = redirect(c.args.claimId, merges);
    if (c.kind === 'move-out') {
      if ((await claimOfStatement(db, found)) === target) await removeStatementRow(db, found);
      continue;
    }
    // A move-in whose claim is gone (emptied by other corrections) has nowhere to go.
    if (await claimRecord(db, target)) await putIn(db, movedMember(src, frames, statements.findIndex((s) => s.id === found), now), target, touched);
  }
}

/** Merges claim `from` into claim `into` (which keeps its id), and records it so that it survives re-analysis. */
export async function mergeClaims(store: Store, into: string, from: string, opts: ClaimsOptions = {}): Promise<CorrectionResult> {
  const now = (opts.now ?? (() => new Date()))().toISOString();
  if (into === from) return { ok: false, reason: 'same-claim', message: `cannot merge claim ${into} into itself` };
  return serialTransaction(store.db, 'claims', async (trx): Promise<CorrectionResult> => {
    const db = claimsDb(trx);
    for (const id of [into, from]) if (!(await claimRecord(db, id))) return { ok: false, reason: 'no-such-claim', message: `no claim ${id}` };
    await addCorrection(db, { kind: 'merge', args: { into, from } }, now);
    await moveRows(db, from, into);
    await deleteClaim(db, from);
    await refresh(db, into, now);
    return { ok: true, claim: into };
  });
}

/** Takes a statement out of its claim, and records it so that re-analysis does not put it back. */
export async function moveOut(store: Store, statementId: string, opts: ClaimsOptions = {}): Promise<CorrectionResult> {
  const now = (opts.now ?? (() => new Date()))().toISOString();
  return serialTransaction(store.db, 'claims', async (trx): Promise<CorrectionResult> => {
    const db = claimsDb(trx);
    const st = await db.selectFrom('statements').select(['article_id', 'content']).where('id', '=', statementId).executeTakeFirst();
    if (!st) return { ok: false, reason: 'no-such-statement', message: `no statement ${statementId}` };
    const claimId = await claimOfStatement(db, statementId);
    if (!claimId) return { ok: false, reason: 'not-in-a-claim', message: `statement ${statementId} is in no claim` };
    await addCorrection(db, { kind: 'move-out', args: { statementId, articleId: st.article_id, claimId, content: st.content } }, now);
    await removeStatementRow(db, statementId);
    await refresh(db, claimId, now);
    return { ok: true, claim: claimId };
  });
}

/**
 * Puts a statement into a claim — from the claim it was in, or from none (the grouping left it out) — recording the
 * correction so that it survives re-analysis. The claim it left is refreshed, or deleted when left empty.
 */
export async function moveIn(store: Store, statementId: string, claimId: string, opts: ClaimsOptions = {}): Promise<CorrectionResult> {
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const articleId = (await store.db.selectFrom('statements').select('article_id').where('id', '=', statementId).executeTakeFirst())?.article_id;
  if (!articleId) return { ok: false, reason: 'no-such-statement', message: `no statement ${statementId}` };
  // The member is made as placement makes it (speaker key, entities, date): from the article, read before the lock.
  const stored = opts.stored ?? (await store.getArticle(articleId));
  const src = stored && sourceFromStored(stored);
  const i = src ? src.statements.findIndex((s) => s.id === statementId) : -1;
  if (!src || i < 0) return { ok: false, reason: 'no-such-statement', message: `no statement ${statementId}` };
  const member = movedMember(src, framesOf(src), i, now);
  return serialTransaction(store.db, 'claims', async (trx): Promise<CorrectionResult> => {
    const db = claimsDb(trx);
    if (!(await claimRecord(db, claimId))) return { ok: false, reason: 'no-such-claim', message: `no claim ${claimId}` };
    const before = await claimOfStatement(db, statementId);
    if (before === claimId) return { ok: false, reason: 'already-in-claim', message: `statement ${statementId} is in claim ${claimId} already` };
    await addCorrection(db, { kind: 'move-in', args: { statementId, articleId, claimId, content: src.statements[i].content.text } }, now);
    const touched = new Set<string>();
    await putIn(db, member, claimId, touched);
    for (const id of touched) await refresh(db, id, now);
    return { ok: true, claim: claimId };
  });
}
