import type { Generated, Kysely, Selectable } from 'kysely';
import type { ClaimRecord, JoinRule, Member, Origin, Position } from '../claims/types.js';
import type { Lang, Stance } from '../model/index.js';
import type { Database } from './schema.js';

// The claims tables (migration 002-claims) as types, and the queries over them. Grouping is in src/claims.

export interface ClaimsTable {
  id: string;
  concept: string;
  /** JSON string[] */
  key_entities: string;
  title: string;
  lang: string;
  first_seen: string;
  last_seen: string;
  created_at: string;
  updated_at: string;
}

export interface ClaimStatementsTable {
  claim_id: string;
  statement_id: string;
  article_id: string;
  position: Position;
  origin: Origin;
  rule: string;
  speaker_key: string;
  /** JSON string[]: canonical entities of the content. */
  entities: string;
  /** ISO date-time of the statement. */
  date: string;
}

export interface ClaimCorrectionsTable {
  seq: Generated<number>;
  kind: 'merge' | 'move-out';
  /** JSON MergeArgs | MoveOutArgs */
  args: string;
  created_at: string;
}

export type ClaimTables = {
  claims: ClaimsTable;
  claim_statements: ClaimStatementsTable;
  claim_corrections: ClaimCorrectionsTable;
};
export type ClaimsDatabase = Database & ClaimTables;
export type ClaimsDb = Kysely<ClaimsDatabase>;

/** The store's database seen with the claims tables. */
export const claimsDb = (db: Kysely<Database>): ClaimsDb => db.withTables<ClaimTables>();

/** Merge `from` into `into`: `into` survives. */
export interface MergeArgs { into: string; from: string }
/** Take a statement out of a claim; the content finds it again after re-analysis renumbers statements. */
export interface MoveOutArgs { statementId: string; articleId: string; claimId: string; content: string }
export type Correction = { seq: number; kind: 'merge'; args: MergeArgs } | { seq: number; kind: 'move-out'; args: MoveOutArgs };

/** A member as shown: the statement in its claim, with its article. */
export interface ClaimEntry extends Member {
  article: { id: string; title: string; url?: string; outlet?: string; publishedAt?: string };
}

export interface ClaimWithEntries extends ClaimRecord {
  members: ClaimEntry[];
}

const toRecord = (r: Selectable<ClaimsTable>): ClaimRecord => ({
  id: r.id, concept: r.concept, keyEntities: JSON.parse(r.key_entities), title: r.title,
  lang: r.lang as Lang, firstSeen: r.first_seen, lastSeen: r.last_seen,
});

export async function claimRecord(db: ClaimsDb, id: string): Promise<ClaimRecord | undefined> {
  const r = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toRecord(r);
}

/** Claims about a concept seen within [from, to]: the candidates a new group may join. */
export async function candidateClaims(db: ClaimsDb, concept: string, from: string, to: string): Promise<ClaimRecord[]> {
  const rows = await db.selectFrom('claims').selectAll()
    .where('concept', '=', concept).where('last_seen', '>=', from).where('first_seen', '<=', to).execute();
  return rows.map(toRecord);
}

/** Ids starting with `base` (the taken ones when a new claim id is made). */
export async function idsLike(db: ClaimsDb, base: string): Promise<Set<string>> {
  const rows = await db.selectFrom('claims').select('id').where('id', '>=', base).where('id', '<', base + '\uffff').execute();
  return new Set(rows.map((r) => r.id));
}

export async function saveClaimRecord(db: ClaimsDb, c: ClaimRecord, now: string): Promise<void> {
  const row = {
    concept: c.concept, key_entities: JSON.stringify(c.keyEntities), title: c.title, lang: c.lang,
    first_seen: c.firstSeen, last_seen: c.lastSeen, updated_at: now,
  };
  await db.insertInto('claims').values({ id: c.id, ...row, created_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
}

export async function deleteClaim(db: ClaimsDb, id: string): Promise<void> {
  await db.deleteFrom('claim_statements').where('claim_id', '=', id).execute();
  await db.deleteFrom('claims').where('id', '=', id).execute();
}

/** Removes an article's rows; returns the claims they were in. */
export async function removeArticleRows(db: ClaimsDb, articleId: string): Promise<string[]> {
  const rows = await db.selectFrom('claim_statements').select('claim_id').distinct().where('article_id', '=', articleId).execute();
  await db.deleteFrom('claim_statements').where('article_id', '=', articleId).execute();
  return rows.map((r) => r.claim_id);
}

export async function insertMembers(db: ClaimsDb, claimId: string, members: Member[]): Promise<void> {
  for (const m of members) {
    await db.insertInto('claim_statements').values({
      claim_id: claimId, statement_id: m.statementId, article_id: m.articleId, position: m.position, origin: m.origin,
      rule: m.rule, speaker_key: m.speakerKey, entities: JSON.stringify(m.entities), date: m.date,
    }).onConflict((oc) => oc.column('statement_id').doUpdateSet({ claim_id: claimId, position: m.position, origin: m.origin, rule: m.rule })).execute();
  }
}

/** Moves every row of `from` into `into`, marked as the user's doing. */
export async function moveRows(db: ClaimsDb, from: string, into: string): Promise<number> {
  const r = await db.updateTable('claim_statements').set({ claim_id: into, origin: 'user', rule: 'user-merge' })
    .where('claim_id', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function claimOfStatement(db: ClaimsDb, statementId: string): Promise<string | undefined> {
  return (await db.selectFrom('claim_statements').select('claim_id').where('statement_id', '=', statementId).executeTakeFirst())?.claim_id;
}

export async function removeStatementRow(db: ClaimsDb, statementId: string): Promise<void> {
  await db.deleteFrom('claim_statements').where('statement_id', '=', statementId).execute();
}

/** A claim's members with their statements and articles, in time order. */
export async function entriesOf(db: ClaimsDb, claimId: string): Promise<ClaimEntry[]> {
  const rows = await db.selectFrom('claim_statements as cs')
    .innerJoin('statements as s', 's.id', 'cs.statement_id')
    .innerJoin('articles as a', 'a.id', 'cs.article_id')
    .select(['cs.statement_id', 'cs.article_id', 'cs.position', 'cs.origin', 'cs.rule', 'cs.speaker_key', 'cs.entities', 'cs.date',
      's.stance', 's.speaker_text', 's.speaker_entity', 's.content', 's.ordinal',
      'a.title', 'a.url', 'a.canonical_url', 'a.outlet', 'a.site', 'a.language', 'a.published_at'])
    .where('cs.claim_id', '=', claimId).orderBy('cs.date').orderBy('a.seq').orderBy('s.ordinal').execute();
  return rows.map((r) => ({
    statementId: r.statement_id, articleId: r.article_id, position: r.position, stance: r.stance as Stance,
    rule: r.rule as JoinRule, origin: r.origin,
    speaker: r.speaker_entity === null ? { text: r.speaker_text } : { text: r.speaker_text, entity: r.speaker_entity },
    speakerKey: r.speaker_key, content: r.content, entities: JSON.parse(r.entities), lang: r.language as Lang,
    ...(r.outlet ?? r.site ? { outlet: (r.outlet ?? r.site)! } : {}),
    date: r.date,
    article: {
      id: r.article_id, title: r.title,
      ...(r.canonical_url ?? r.url ? { url: (r.canonical_url ?? r.url)! } : {}),
      ...(r.outlet ? { outlet: r.outlet } : {}),
      ...(r.published_at ? { publishedAt: r.published_at } : {}),
    },
  }));
}

export async function getClaim(db: ClaimsDb, id: string): Promise<ClaimWithEntries | undefined> {
  const record = await claimRecord(db, id);
  return record && { ...record, members: await entriesOf(db, id) };
}

export interface ListClaimsOptions { limit?: number; concept?: string }

/** Claims, most recently seen first, with their members (for the status). */
export async function listClaims(db: ClaimsDb, opts: ListClaimsOptions = {}): Promise<ClaimWithEntries[]> {
  let q = db.selectFrom('claims').selectAll().orderBy('last_seen', 'desc').orderBy('id').limit(opts.limit ?? 50);
  if (opts.concept) q = q.where('concept', '=', opts.concept);
  const out: ClaimWithEntries[] = [];
  for (const r of await q.execute()) out.push({ ...toRecord(r), members: await entriesOf(db, r.id) });
  return out;
}

export async function addCorrection(db: ClaimsDb, c: { kind: 'merge'; args: MergeArgs } | { kind: 'move-out'; args: MoveOutArgs }, now: string): Promise<void> {
  await db.insertInto('claim_corrections').values({ kind: c.kind, args: JSON.stringify(c.args), created_at: now }).execute();
}

export async function corrections(db: ClaimsDb): Promise<Correction[]> {
  const rows = await db.selectFrom('claim_corrections').selectAll().orderBy('seq').execute();
  return rows.map((r) => ({ seq: r.seq, kind: r.kind, args: JSON.parse(r.args) }) as Correction);
}
