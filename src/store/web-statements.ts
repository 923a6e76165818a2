import { sql, type Kysely } from 'kysely';
import type { Lang, Stance } from '../model/index.js';
import { queryKeys } from './keys.js';
import { clampLimit, type StatementHit } from './queries.js';
import { rowToStatementHit } from './rows.js';
import type { Database } from './schema.js';

export interface StatementQuery {
  /** Words all found in the speaker's text or its entity's names. */
  speaker?: string;
  stance?: Stance;
  /** Words all found in the targets or the content. */
  about?: string;
  lang?: Lang;
  /** Statements whose speaker is this entity. */
  speakerEntity?: string;
  /** Statements about this entity: a target, or a mention inside the content. */
  aboutEntity?: string;
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** A statement with the article it was said in, and when that article was stored (feeds). */
export interface StatementWithArticle extends Omit<StatementHit, 'article'> {
  article: StatementHit['article'] & { ingestedAt: string };
}

export interface StatementPage {
  items: StatementWithArticle[];
  nextCursor?: string;
}

/** A cursor is `<article seq>.<ordinal>` of the last statement of the previous page. */
export function parseStatementCursor(cursor: string): { seq: number; ordinal: number } | undefined {
  const m = /^(\d{1,15})\.(\d{1,9})$/.exec(cursor);
  return m ? { seq: Number(m[1]), ordinal: Number(m[2]) } : undefined;
}

/** Statements matching every filter, newest articles first, in text order within one, by pages. */
export async function listStatementPage(db: Kysely<Database>, f: StatementQuery = {}): Promise<StatementPage> {
  const limit = clampLimit(f.limit);
  let q = db
    .selectFrom('statements as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .selectAll('s')
    .select(['a.seq as a_seq', 'a.title as a_title', 'a.outlet as a_outlet', 'a.language as a_language', 'a.published_at as a_published_at', 'a.ingested_at as a_ingested_at'])
    .orderBy('a.seq', 'desc')
    .orderBy('s.ordinal')
    .limit(limit + 1);
  if (f.stance) q = q.where('s.stance', '=', f.stance);
  if (f.lang) q = q.where('a.language', '=', f.lang);
  if (f.speakerEntity) q = q.where('s.speaker_entity', '=', f.speakerEntity);
  if (f.aboutEntity) {
    const id = f.aboutEntity;
    // Targets are JSON; the quoted id is matched as a whole value.
    const inTargets = `%"entity":${JSON.stringify(id).replace(/[%_\\]/g, '\\$&')}%`;
    q = q.where(({ or, exists, selectFrom, eb }) => or([
      eb('s.targets', 'like', sql<string>`${inTargets} escape '\\'`),
      exists(selectFrom('mentions as m').select('m.entity_id')
        .whereRef('m.article_id', '=', 's.article_id')
        .where('m.entity_id', '=', id)
        .whereRef('m.start', '>=', 's.content_start')
        .whereRef('m.end', '<=', 's.content_end')),
    ]));
  }
  for (const k of queryKeys(f.speaker ?? '')) q = q.where('s.speaker_keys', 'like', `% ${k} %`);
  for (const k of queryKeys(f.about ?? '')) q = q.where('s.about_keys', 'like', `% ${k} %`);
  const after = f.cursor === undefined ? undefined : parseStatementCursor(f.cursor);
  if (after) {
    q = q.where(({ or, and, eb }) => or([
      eb('a.seq', '<', after.seq),
      and([eb('a.seq', '=', after.seq), eb('s.ordinal', '>', after.ordinal)]),
    ]));
  }
  const rows = await q.execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => {
      const hit = rowToStatementHit(r);
      return { ...hit, article: { ...hit.article, ingestedAt: r.a_ingested_at } };
    }),
    ...(rows.length > limit ? { nextCursor: `${last.a_seq}.${last.ordinal}` } : {}),
  };
}
