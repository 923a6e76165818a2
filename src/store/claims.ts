import type { Generated, Kysely, Selectable } from 'kysely';
import { isoOf, namesDay } from '../claims/dates.js';
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
  /** The event's actor as the content names it first (migration 007); null when none is, or placed before 007. */
  actor: string | null;
}

export interface ClaimCorrectionsTable {
  seq: Generated<number>;
  kind: 'merge' | 'move-out' | 'move-in';
  /** JSON MergeArgs | MoveOutArgs | MoveInArgs */
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

/** Rows one multi-row statement carries at most (≤ 11 bound parameters each: well under either database's limit). */
const ROWS_PER_INSERT = 200;
/** Ids one `in (…)` list carries at most. */
const IDS_PER_QUERY = 500;

/** Merge `from` into `into`: `into` survives. */
export interface MergeArgs { into: string; from: string }
/** Take a statement out of a claim; the content finds it again after re-analysis renumbers statements. */
export interface MoveOutArgs { statementId: string; articleId: string; claimId: string; content: string }
/** Put a statement into a claim (from another claim, or from none; migration 021); the content finds it again, as for a move-out. */
export interface MoveInArgs { statementId: string; articleId: string; claimId: string; content: string }
/** A correction as recorded, without its sequence number. */
export type CorrectionInput = { kind: 'merge'; args: MergeArgs } | { kind: 'move-out'; args: MoveOutArgs } | { kind: 'move-in'; args: MoveInArgs };
export type Correction = CorrectionInput & { seq: number };

/** A member as shown: the statement in its claim, with its article. */
export interface ClaimEntry extends Member {
  article: { id: string; title: string; url?: string; outlet?: string; publishedAt?: string };
  /** The date is when isnad stored the article: neither the statement nor the article names a day. */
  undated?: true;
}

/** Is a member's date its ingest's (claims/dates.ts `statementDate` fell through to it)? Read back, as no row records it. */
const datedByIngest = (date: string, timeValue: string | null, publishedAt: string | null): boolean =>
  !publishedAt && !(timeValue && namesDay(timeValue) && isoOf(timeValue) === date);

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
  return candidateClaimsOf(db, [concept], from, to);
}

/** Claims about any of `concepts` seen within [from, to], by last seen then id: one query for every group of an article. */
export async function candidateClaimsOf(db: ClaimsDb, concepts: string[], from: string, to: string): Promise<ClaimRecord[]> {
  if (!concepts.length) return [];
  const rows = await db.selectFrom('claims').selectAll()
    .where('concept', 'in', concepts).where('last_seen', '>=', from).where('first_seen', '<=', to)
    .orderBy('last_seen').orderBy('id').execute();
  return rows.map(toRecord);
}

/** The records of these claims (those that exist). */
export async function claimRecords(db: ClaimsDb, ids: string[]): Promise<Map<string, ClaimRecord>> {
  const out = new Map<string, ClaimRecord>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    for (const r of await db.selectFrom('claims').selectAll().where('id', 'in', ids.slice(i, i + IDS_PER_QUERY)).execute()) out.set(r.id, toRecord(r));
  }
  return out;
}

/** Ids starting with `base` (the taken ones when a new claim id is made). */
export async function idsLike(db: ClaimsDb, base: string): Promise<Set<string>> {
  return idsStartingWith(db, [base]);
}

/** Ids starting with any of `bases`, in one query. */
export async function idsStartingWith(db: ClaimsDb, bases: string[]): Promise<Set<string>> {
  const distinct = [...new Set(bases)];
  if (!distinct.length) return new Set();
  const rows = await db.selectFrom('claims').select('id')
    .where((eb) => eb.or(distinct.map((b) => eb.and([eb('id', '>=', b), eb('id', '<', b + '\uffff')])))).execute();
  return new Set(rows.map((r) => r.id));
}

export async function saveClaimRecord(db: ClaimsDb, c: ClaimRecord, now: string): Promise<void> {
  await saveClaimRecords(db, [c], now);
}

/** Inserts or updates claim records, one statement per ROWS_PER_INSERT (created_at kept on update). */
export async function saveClaimRecords(db: ClaimsDb, records: ClaimRecord[], now: string): Promise<void> {
  for (let i = 0; i < records.length; i += ROWS_PER_INSERT) {
    await db.insertInto('claims').values(records.slice(i, i + ROWS_PER_INSERT).map((c) => ({
      id: c.id, concept: c.concept, key_entities: JSON.stringify(c.keyEntities), title: c.title, lang: c.lang,
      first_seen: c.firstSeen, last_seen: c.lastSeen, updated_at: now, created_at: now,
    }))).onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
      concept: eb.ref('excluded.concept'), key_entities: eb.ref('excluded.key_entities'), title: eb.ref('excluded.title'),
      lang: eb.ref('excluded.lang'), first_seen: eb.ref('excluded.first_seen'), last_seen: eb.ref('excluded.last_seen'),
      updated_at: eb.ref('excluded.updated_at'),
    }))).execute();
  }
}

export async function deleteClaim(db: ClaimsDb, id: string): Promise<void> {
  await deleteClaims(db, [id]);
}

export async function deleteClaims(db: ClaimsDb, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const some = ids.slice(i, i + IDS_PER_QUERY);
    await db.deleteFrom('claim_statements').where('claim_id', 'in', some).execute();
    await db.deleteFrom('claims').where('id', 'in', some).execute();
  }
}

/** Removes an article's rows; returns the claims they were in. */
export async function removeArticleRows(db: ClaimsDb, articleId: string): Promise<string[]> {
  const rows = await db.deleteFrom('claim_statements').where('article_id', '=', articleId).returning('claim_id').execute();
  return [...new Set(rows.map((r) => r.claim_id))];
}

/** Adds members to a claim (a statement already in one moves), one statement per ROWS_PER_INSERT. */
export async function insertMembers(db: ClaimsDb, claimId: string, members: Member[]): Promise<void> {
  await insertMemberRows(db, members.map((m) => ({ claimId, member: m })));
}

/** insertMembers for members of several claims at once. */
export async function insertMemberRows(db: ClaimsDb, rows: { claimId: string; member: Member }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db.insertInto('claim_statements').values(rows.slice(i, i + ROWS_PER_INSERT).map(({ claimId, member: m }) => ({
      claim_id: claimId, statement_id: m.statementId, article_id: m.articleId, position: m.position, origin: m.origin,
      rule: m.rule, speaker_key: m.speakerKey, entities: JSON.stringify(m.entities), date: m.date, actor: m.actor ?? null,
    }))).onConflict((oc) => oc.column('statement_id').doUpdateSet((eb) => ({
      claim_id: eb.ref('excluded.claim_id'), position: eb.ref('excluded.position'), origin: eb.ref('excluded.origin'), rule: eb.ref('excluded.rule'),
      actor: eb.ref('excluded.actor'),
    }))).execute();
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
  return (await entriesOfClaims(db, [claimId])).get(claimId) ?? [];
}

/** The members of several claims (entriesOf each), in one query per IDS_PER_QUERY claims; a claim without members is absent. */
export async function entriesOfClaims(db: ClaimsDb, claimIds: string[]): Promise<Map<string, ClaimEntry[]>> {
  const out = new Map<string, ClaimEntry[]>();
  for (let i = 0; i < claimIds.length; i += IDS_PER_QUERY) {
    const rows = await db.selectFrom('claim_statements as cs')
      .innerJoin('statements as s', 's.id', 'cs.statement_id')
      .innerJoin('articles as a', 'a.id', 'cs.article_id')
      .select(['cs.claim_id', 'cs.statement_id', 'cs.article_id', 'cs.position', 'cs.origin', 'cs.rule', 'cs.speaker_key', 'cs.entities', 'cs.date', 'cs.actor',
        's.stance', 's.speaker_text', 's.speaker_entity', 's.content', 's.ordinal', 's.time_value',
        'a.title', 'a.url', 'a.canonical_url', 'a.outlet', 'a.site', 'a.language', 'a.published_at'])
      .where('cs.claim_id', 'in', claimIds.slice(i, i + IDS_PER_QUERY))
      .orderBy('cs.claim_id').orderBy('cs.date').orderBy('a.seq').orderBy('s.ordinal').execute();
    for (const r of rows) {
      const list = out.get(r.claim_id) ?? [];
      if (!list.length) out.set(r.claim_id, list);
      list.push({
        statementId: r.statement_id, articleId: r.article_id, position: r.position, stance: r.stance as Stance,
        rule: r.rule as JoinRule, origin: r.origin,
        speaker: r.speaker_entity === null ? { text: r.speaker_text } : { text: r.speaker_text, entity: r.speaker_entity },
        speakerKey: r.speaker_key, content: r.content, entities: JSON.parse(r.entities), lang: r.language as Lang,
        ...(r.actor === null ? {} : { actor: r.actor }),
        ...(r.outlet ?? r.site ? { outlet: (r.outlet ?? r.site)! } : {}),
        date: r.date,
        ...(datedByIngest(r.date, r.time_value, r.published_at) ? { undated: true as const } : {}),
        article: {
          id: r.article_id, title: r.title,
          ...(r.canonical_url ?? r.url ? { url: (r.canonical_url ?? r.url)! } : {}),
          ...(r.outlet ? { outlet: r.outlet } : {}),
          ...(r.published_at ? { publishedAt: r.published_at } : {}),
        },
      });
    }
  }
  return out;
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

export async function addCorrection(db: ClaimsDb, c: CorrectionInput, now: string): Promise<void> {
  await db.insertInto('claim_corrections').values({ kind: c.kind, args: JSON.stringify(c.args), created_at: now }).execute();
}

export async function corrections(db: ClaimsDb): Promise<Correction[]> {
  const rows = await db.selectFrom('claim_corrections').selectAll().orderBy('seq').execute();
  return rows.map((r) => ({ seq: r.seq, kind: r.kind, args: JSON.parse(r.args) }) as Correction);
}
