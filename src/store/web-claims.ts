import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Position } from '../claims/types.js';
import type { Lang } from '../model/index.js';
import { claimsDb, type ClaimsDatabase } from './claims.js';
import { clampLimit } from './queries.js';
import type { Database } from './schema.js';

// Claims as the web lists them: one row per claim with its counts, in a fixed number of queries.

export interface ClaimSummary {
  id: string;
  concept: string;
  title: string;
  lang: Lang;
  firstSeen: string;
  lastSeen: string;
  /** Statements in the claim. */
  statements: number;
  /** Distinct sources holding each position. */
  positions: Record<Position, number>;
}

export interface ClaimSummaryPage {
  items: ClaimSummary[];
  nextCursor?: string;
}

/** Statement and distinct-source counts of the given claims. */
async function countsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, { statements: number; positions: Record<Position, number> }>> {
  const out = new Map<string, { statements: number; positions: Record<Position, number> }>();
  for (const id of ids) out.set(id, { statements: 0, positions: { for: 0, against: 0, unsure: 0 } });
  if (!ids.length) return out;
  const rows = await claimsDb(db).selectFrom('claim_statements')
    .select((e) => ['claim_id', 'position', e.fn.countAll<number>().as('n'), e.fn.count<number>('speaker_key').distinct().as('sources')])
    .where('claim_id', 'in', ids).groupBy(['claim_id', 'position']).execute();
  for (const r of rows) {
    const c = out.get(r.claim_id)!;
    c.statements += Number(r.n);
    c.positions[r.position] = Number(r.sources);
  }
  return out;
}

type ClaimRow = { id: string; concept: string; title: string; lang: string; first_seen: string; last_seen: string };

async function summaries(db: Kysely<Database>, rows: ClaimRow[]): Promise<ClaimSummary[]> {
  const counts = await countsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, concept: r.concept, title: r.title, lang: r.lang as Lang, firstSeen: r.first_seen, lastSeen: r.last_seen,
    ...counts.get(r.id)!,
  }));
}

const COLUMNS = ['id', 'concept', 'title', 'lang', 'first_seen', 'last_seen'] as const;

/** The number of statements of the claim row being filtered, as a subquery. */
const statementCount = (eb: ExpressionBuilder<ClaimsDatabase, 'claims'>) =>
  eb.selectFrom('claim_statements as cs').select((e) => e.fn.countAll<number>().as('n')).whereRef('cs.claim_id', '=', 'claims.id');

/**
 * Claims, most recently seen first, by pages; the cursor is an offset. `minStatements`: only claims holding at least
 * that many statements (a proposition stated once is a claim in waiting).
 */
export async function listClaimPage(db: Kysely<Database>, opts: { limit?: number; cursor?: string; minStatements?: number } = {}): Promise<ClaimSummaryPage> {
  const limit = clampLimit(opts.limit);
  const offset = opts.cursor && /^\d{1,15}$/.test(opts.cursor) ? Number(opts.cursor) : 0;
  const min = opts.minStatements ?? 1;
  let query = claimsDb(db).selectFrom('claims').select(COLUMNS);
  if (min > 1) query = query.where((eb) => eb(statementCount(eb), '>=', min));
  const rows = await query.orderBy('last_seen', 'desc').orderBy('id').limit(limit + 1).offset(offset).execute();
  const items = await summaries(db, rows.slice(0, limit));
  return { items, ...(rows.length > limit ? { nextCursor: String(offset + limit) } : {}) };
}

/** The claims with the most statements (then the most recently seen). */
export async function mostActiveClaims(db: Kysely<Database>, limit: number): Promise<ClaimSummary[]> {
  const rows = await claimsDb(db).selectFrom('claims as c')
    .innerJoin('claim_statements as cs', 'cs.claim_id', 'c.id')
    .select((e) => ['c.id', 'c.concept', 'c.title', 'c.lang', 'c.first_seen', 'c.last_seen', e.fn.countAll<number>().as('n')])
    .groupBy(['c.id', 'c.concept', 'c.title', 'c.lang', 'c.first_seen', 'c.last_seen'])
    .orderBy('n', 'desc').orderBy('c.last_seen', 'desc').orderBy('c.id').limit(limit).execute();
  return summaries(db, rows);
}

/** Claims holding a statement of any of these articles, most statements there first. */
export async function claimsOfArticles(db: Kysely<Database>, articleIds: string[], limit: number): Promise<ClaimSummary[]> {
  if (!articleIds.length) return [];
  const rows = await claimsDb(db).selectFrom('claims as c')
    .innerJoin('claim_statements as cs', 'cs.claim_id', 'c.id')
    .select((e) => ['c.id', 'c.concept', 'c.title', 'c.lang', 'c.first_seen', 'c.last_seen', e.fn.countAll<number>().as('n')])
    .where('cs.article_id', 'in', articleIds)
    .groupBy(['c.id', 'c.concept', 'c.title', 'c.lang', 'c.first_seen', 'c.last_seen'])
    .orderBy('n', 'desc').orderBy('c.id').limit(limit).execute();
  return summaries(db, rows);
}

/** Claims an entity takes part in: about it (one of its key entities) or with a statement it made; most recently seen first. */
export async function claimsOfEntity(db: Kysely<Database>, entityId: string, limit: number): Promise<ClaimSummary[]> {
  // key_entities is a JSON array of ids: the quoted id is matched as a whole value.
  const quoted = `%${JSON.stringify(entityId).replace(/[%_\\]/g, '\\$&')}%`;
  const rows = await claimsDb(db).selectFrom('claims as c').select(COLUMNS.map((k) => `c.${k}` as const))
    .where(({ or, eb, exists, selectFrom }) => or([
      eb('c.key_entities', 'like', sql<string>`${quoted} escape '\\'`),
      exists(selectFrom('claim_statements as cs').select('cs.claim_id').whereRef('cs.claim_id', '=', 'c.id').where('cs.speaker_key', '=', entityId)),
    ]))
    .orderBy('c.last_seen', 'desc').orderBy('c.id').limit(clampLimit(limit)).execute();
  return summaries(db, rows);
}

/** Claims holding a statement of any article of a story, most statements there first. */
export async function claimsOfStory(db: Kysely<Database>, storyId: string, limit: number): Promise<ClaimSummary[]> {
  const rows = await claimsDb(db).withTables<{ story_members: { article_id: string; story_id: string } }>().selectFrom('claims as c')
    .innerJoin('claim_statements as cs', 'cs.claim_id', 'c.id')
    .select((e) => ['c.id', 'c.concept', 'c.title', 'c.lang', 'c.first_seen', 'c.last_seen', e.fn.countAll<number>().as('n')])
    .where('cs.article_id', 'in', (q) => q.selectFrom('story_members').select('article_id').where('story_id', '=', storyId))
    .groupBy(['c.id', 'c.concept', 'c.title', 'c.lang', 'c.first_seen', 'c.last_seen'])
    .orderBy('n', 'desc').orderBy('c.id').limit(limit).execute();
  return summaries(db, rows);
}

/** How many claims hold fewer than `min` statements (those the default list leaves out). */
export async function countClaimsBelow(db: Kysely<Database>, min: number): Promise<number> {
  const row = await claimsDb(db).selectFrom('claims')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where((eb) => eb(statementCount(eb), '<', min))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
