import type { Kysely } from 'kysely';
import type { Store, StoredArticle } from '../store/index.js';
import type { Database } from '../store/schema.js';
import { serialTransaction } from '../store/stories.js';
import {
  addCorrection, candidateClaims, claimOfStatement, claimRecord, claimsDb, corrections, deleteClaim, entriesOf, idsLike,
  insertMembers, moveRows, removeArticleRows, removeStatementRow, saveClaimRecord, type ClaimsDb, type Correction,
} from '../store/claims.js';
import { groupArticle } from './group.js';
import { isBroad } from './lexicon.js';
import { chooseClaim, groupWindow, newClaimId, recordOf, redirect } from './place.js';
import { SAME_STATEMENT_F1, tokenF1 } from './similarity.js';
import { sourceFromStored } from './source.js';

// The hooks between grouping and the store: place a stored article's statements, record the user's
// corrections and re-apply them after every automatic placement, so that they survive re-analysis.

export interface ClaimsOptions {
  /** The clock (for claim timestamps, and dates of statements the store has none for). */
  now?: () => Date;
  /** Runs in placeClaims' transaction once the rows are written (alerts of claim subscriptions); its failure places nothing. */
  afterPlace?: (trx: Kysely<Database>, claims: string[]) => Promise<unknown>;
  /** The article as stored, when the caller has it already read (src/ingest: read once for every placement step). */
  stored?: StoredArticle;
}

export type CorrectionResult =
  | { ok: true; claim: string }
  | { ok: false; reason: 'no-such-claim' | 'no-such-statement' | 'same-claim' | 'not-in-a-claim'; message: string };

const mergesOf = (cs: Correction[]) => new Map(cs.flatMap((c) => (c.kind === 'merge' ? [[c.args.from, c.args.into] as const] : [])));

/** Recomputes a claim's title and dates from its rows, or deletes it when it has none. */
async function refresh(db: ClaimsDb, id: string, now: string): Promise<void> {
  const record = await claimRecord(db, id);
  if (!record) return;
  const members = await entriesOf(db, id);
  if (!members.length) return deleteClaim(db, id);
  await saveClaimRecord(db, recordOf(id, record.concept, record.keyEntities, members), now);
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
  return serialTransaction(store.db, 'claims', async (trx) => {
    const db = claimsDb(trx);
    const fixes = await corrections(db);
    const merges = mergesOf(fixes);
    const touched = new Set(await removeArticleRows(db, articleId));
    const placed: string[] = [];
    for (const g of groupArticle(src, now)) {
      const { from, to } = groupWindow(g);
      // A broad concept's claims are compared on their statements too (numbers, copies): load them.
      const records = await candidateClaims(db, g.concept, from, to);
      const candidates = isBroad(g.concept) ? await Promise.all(records.map(async (r) => ({ ...r, members: await entriesOf(db, r.id) }))) : records;
      const found = chooseClaim(g, candidates);
      let id = found?.id;
      if (!id) {
        const taken = await idsLike(db, `${g.concept}:`);
        id = newClaimId(g, (x) => taken.has(x));
      }
      const target = redirect(id, merges);
      // Statements that a merge sent elsewhere are there by the user's correction.
      const members = target === id ? g.members : g.members.map((m) => ({ ...m, origin: 'user' as const, rule: 'user-merge' as const }));
      id = target;
      if (!(await claimRecord(db, id))) await saveClaimRecord(db, recordOf(id, g.concept, g.keyEntities, members), now);
      await insertMembers(db, id, members);
      touched.add(id);
      placed.push(id);
    }
    await reapply(db, fixes, articleId, src.statements.map((s) => ({ id: s.id, content: s.content.text })), touched);
    for (const id of touched) await refresh(db, id, now);
    const result = [...new Set(placed)].map((id) => redirect(id, merges));
    await opts.afterPlace?.(trx, result);
    return result;
  });
}

/** Re-applies merges (rows of a merged-away claim move to the survivor) and this article's move-outs. */
async function reapply(db: ClaimsDb, fixes: Correction[], articleId: string, statements: { id: string; content: string }[], touched: Set<string>): Promise<void> {
  const merges = mergesOf(fixes);
  for (const c of fixes) {
    if (c.kind === 'merge') {
      const into = redirect(c.args.into, merges);
      if (touched.has(c.args.from) && (await claimRecord(db, into)) && (await moveRows(db, c.args.from, into))) touched.add(into);
      continue;
    }
    if (c.args.articleId !== articleId) continue;
    const same = statements.find((s) => s.id === c.args.statementId && tokenF1(s.content, c.args.content) >= SAME_STATEMENT_F1);
    const best = same ?? statements
      .map((s) => ({ s, f1: tokenF1(s.content, c.args.content) }))
      .filter((x) => x.f1 >= SAME_STATEMENT_F1).sort((a, b) => b.f1 - a.f1)[0]?.s;
    if (best && (await claimOfStatement(db, best.id)) === redirect(c.args.claimId, merges)) await removeStatementRow(db, best.id);
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
