import { sql, type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Stance } from '../model/index.js';
import { dialectOf, type Dialect } from './dialect.js';
import { queryKeys } from './keys.js';
import { SPEAKER_ROWID_SHIFT } from './migrations/018-sqlite-speaker-fts.js';
import type { ArticlesTable, Database } from './schema.js';

// How the search's statement filter ("an article with a statement of this speaker and/or stance") is
// answered: from the list of a rare speaker's statements (SQLite: migration 018's FTS5 index; PostgreSQL:
// the GIN index of migration 015), from the list of a rare stance's statements (migration 009), or else
// article by article, where a common filter finds a page's articles among the first ones looked at.
// Measured on bench/web.ts stores (see the constants).

/**
 * SQLite: the FTS5 index of each statement's speaker keys and stance (migration 018, kept by triggers), its rowid
 * the statement's article `seq` and ordinal; PostgreSQL has none (migration 015). The column of the table's own
 * name is FTS5's handle for `match`.
 */
export interface SpeakerIndexTable {
  rowid: number;
  keys: string;
  stance: Stance;
  statement_speakers: string;
}

export type SpeakerKeysTables = {
  statement_speakers: SpeakerIndexTable;
};

/** The tables the search reads. */
export type SearchDatabase = Database & SpeakerKeysTables;

/**
 * Statements of one stance up to which the statement filter is answered from the list of their articles
 * (read once, through the stance's index) rather than article by article: a rare stance (a denial, a
 * doubt) is then one short read, where a common one (most statements assert) is found sooner by
 * looking in each candidate article. Measured with bench/web.ts (10,000 articles, 93,000 statements).
 */
export const RARE_STANCE_STATEMENTS = 5000;

/**
 * Statements of a speaker key (of the stance asked for, if any) up to which the filter is answered from
 * that key's list: read from the speakers' index alone, each checked against the whole speaker.
 * Above it the speaker is common enough for the other plans to find a page sooner. Tuned by forcing
 * either plan on every speaker × stance of a bench/web.ts store of 10,000 articles (CPU per search):
 * the list wins up to ~2,500 (6 against 12 ms at 400–700 statements, 12 against 12 at 1,500–2,500)
 * and loses above (16 against 12 ms at 2,500–5,000).
 */
export const RARE_SPEAKER_STATEMENTS = 2000;

export interface SearchPlanOptions {
  /** RARE_STANCE_STATEMENTS unless given (the tests check that every plan finds the same pages; not cached). */
  rareStance?: number;
  /** RARE_SPEAKER_STATEMENTS unless given (likewise). */
  rareSpeaker?: number;
}

/** What the filter is about. */
export interface StatementFilter {
  speaker?: string;
  stance?: Stance;
}

export type StatementPlan =
  | { kind: 'per-article' }
  | { kind: 'stance-list' }
  /** Through `key`, the speaker's rarest key (of the stance). */
  | { kind: 'speaker-list'; key: string };

/**
 * A key `speaker_keys like '% k %'` matches exactly when it is one of its space-separated keys: no LIKE
 * wildcard, escape, space, or ASCII capital (SQLite's LIKE ignores ASCII case; stored keys are lower case).
 * And a letter or digit, so that the speakers' FTS5 index holds a word of it (a key of punctuation alone has none).
 */
const LISTED_KEY = /^(?=.*[\p{L}\p{N}])[^\s%_\\A-Z]+$/u;

/** The plan: the rarest listed speaker key if rare enough, else the stance's list if rare enough, else per article. */
export async function statementPlan(db: Kysely<SearchDatabase>, f: StatementFilter, opts: SearchPlanOptions = {}): Promise<StatementPlan> {
  const rareSpeaker = opts.rareSpeaker ?? RARE_SPEAKER_STATEMENTS;
  let best: { key: string; n: number } | undefined;
  const keys = queryKeys(f.speaker ?? '');
  // SQLite's list is its FTS5 index, which answers for keys that are one of its words only (all that queries make).
  const listable = dialectOf(db) === 'postgres' || keys.every((k) => ONE_FTS_WORD.test(k));
  for (const key of listable ? keys.filter((k) => LISTED_KEY.test(k)) : []) {
    // Counting past the rarest key so far tells nothing more.
    const n = await countUpTo(db, keyStatements(db, key, f.stance), Math.min(rareSpeaker, best?.n ?? rareSpeaker));
    if (!best || n < best.n) best = { key, n };
    if (n === 0) break;
  }
  if (best && best.n <= rareSpeaker) return { kind: 'speaker-list', key: best.key };
  if (!f.stance) return { kind: 'per-article' };
  const rareStance = opts.rareStance ?? RARE_STANCE_STATEMENTS;
  const n = await countUpTo(db, db.selectFrom('statements').select('article_id').where('stance', '=', f.stance), rareStance);
  return n <= rareStance ? { kind: 'stance-list' } : { kind: 'per-article' };
}

/**
 * The statements whose speaker has `key` among its keys (of `stance`): SQLite's speaker index alone (a key of
 * several FTS5 words is read as their phrase: a superset, which the filter then checks key by key), PostgreSQL's GIN index.
 */
function keyStatements(db: Kysely<SearchDatabase>, key: string, stance: Stance | undefined): SelectQueryBuilder<SearchDatabase, any, any> {
  if (dialectOf(db) === 'postgres') {
    const q = db.selectFrom('statements as s').select('s.id').where(speakerHolds(key));
    return stance ? q.where('s.stance', '=', stance) : q;
  }
  return db.selectFrom('statement_speakers').select('rowid').where(speakerMatch([key], stance));
}

/** SQLite: the speaker index's rows holding every key (and `stance`), as an FTS5 query of quoted phrases (no operator read from a key). */
const speakerMatch = (keys: readonly string[], stance: Stance | undefined) => {
  const phrase = (v: string) => `"${v.replaceAll('"', '""')}"`;
  const terms = [...keys.map((k) => `keys : ${phrase(k)}`), ...(stance ? [`stance : ${phrase(stance)}`] : [])];
  return sql<SqlBool>`statement_speakers match ${terms.join(' AND ')}`;
};

/**
 * A key the speakers' index reads as one word (letters, digits, marks, format controls and migration 018's token
 * characters: apostrophes and hyphens): its match is exactly `like '% k %'`.
 */
const ONE_FTS_WORD = /^[\p{L}\p{N}\p{M}\p{Cf}'’-]+$/u;

/** PostgreSQL: `s.speaker_keys` holds `key`, spelled as migration 015's index is for the planner to find the statements through it. */
const speakerHolds = (key: string) => sql<SqlBool>`string_to_array(btrim(${sql.ref('s.speaker_keys')}), ' ') @> array[${key}]::text[]`;

/** Rows of `q`, counting at most `max` + 1 of them. */
async function countUpTo(db: Kysely<SearchDatabase>, q: SelectQueryBuilder<SearchDatabase, any, any>, max: number): Promise<number> {
  const r = await db.selectFrom(q.limit(max + 1).as('x')).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The statement filter as a condition on `articles as a` (`dialect`: the database the plan was made on). */
export function statementCondition(
  eb: ExpressionBuilder<SearchDatabase & { a: ArticlesTable }, 'a'>, f: StatementFilter, plan: StatementPlan, dialect: Dialect,
): Expression<SqlBool> {
  const keys = queryKeys(f.speaker ?? '');
  if (plan.kind === 'speaker-list' && dialect === 'sqlite') {
    // Every key one word of the index (the plan's condition): the index alone answers, a match being the keys
    // themselves, its rowids giving the articles (half the search's CPU, against reading each statement).
    return eb('a.seq', 'in', eb.selectFrom('statement_speakers').select(sql<number>`rowid >> ${sql.lit(SPEAKER_ROWID_SHIFT)}`.as('seq')).where(speakerMatch(keys, f.stance)));
  }
  // Only columns of the index statements_article_filters (migration 009): covering lookups.
  let st = eb.selectFrom('statements as s').select('s.article_id');
  if (f.stance) st = st.where('s.stance', '=', f.stance);
  for (const k of keys) st = st.where('s.speaker_keys', 'like', `% ${k} %`);
  // PostgreSQL: the key's statements through its GIN index, each checked for the stance and every key.
  if (plan.kind === 'speaker-list') return eb('a.id', 'in', st.where(speakerHolds(plan.key)));
  return plan.kind === 'stance-list' ? eb('a.id', 'in', st) : eb.exists(st.whereRef('s.article_id', '=', 'a.id'));
}
