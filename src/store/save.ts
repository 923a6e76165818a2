import type { Kysely, Transaction } from 'kysely';
import type { Analysis, Entity } from '../model/index.js';
import { dialectOf, isUniqueViolation } from './dialect.js';
import { framedKeys, shadowText } from './keys.js';
import { articleToRow } from './rows.js';
import type { Database } from './schema.js';

export interface SaveOptions {
  /** Replace the statements, mentions and index of an article already stored (re-analysis). */
  replace?: boolean;
  /** Runs in the same transaction once the article's rows are written (alerts to the outbox); its failure stores nothing. */
  afterSave?: (trx: Transaction<Database>, analysis: Analysis, articleId: string) => Promise<unknown>;
}

export type SaveResult =
  | { status: 'stored'; id: string }
  | { status: 'replaced'; id: string }
  | { status: 'duplicate'; id: string };

/**
 * Stores an analysis — article, entities, mentions, statements and the search index — in one
 * transaction, idempotently by article id: a failure leaves nothing half-written.
 */
export async function saveAnalysis(db: Kysely<Database>, a: Analysis, now: string, opts: SaveOptions = {}): Promise<SaveResult> {
  const id = a.article.id;
  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('articles').select('seq').where('id', '=', id).executeTakeFirst();
      if (existing && !opts.replace) return { status: 'duplicate', id } as const;
      let seq: number;
      if (existing) {
        seq = existing.seq;
        await trx.deleteFrom('statements').where('article_id', '=', id).execute();
        await trx.deleteFrom('mentions').where('article_id', '=', id).execute();
        await trx.deleteFrom('articles_fts').where('rowid', '=', seq).execute();
        const { id: _id, ingested_at: _at, ...row } = articleToRow(a.article, a.extractor, now);
        await trx.updateTable('articles').set(row).where('id', '=', id).execute();
      } else {
        const inserted = await trx.insertInto('articles').values(articleToRow(a.article, a.extractor, now)).returning('seq').executeTakeFirstOrThrow();
        seq = inserted.seq;
      }
      await saveEntities(trx, id, a.entities);
      await saveStatements(trx, a);
      const { title, dek, text } = a.article;
      await trx.insertInto('articles_fts').values({ rowid: seq, keys: shadowText(title, dek, text) }).execute();
      await opts.afterSave?.(trx, a, id);
      return { status: existing ? 'replaced' : 'stored', id } as const;
    });
  } catch (e) {
    // Another writer stored the same article between our check and our insert.
    if (isUniqueViolation(e) && !opts.replace) {
      const there = await db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
      if (there) return { status: 'duplicate', id };
    }
    throw e;
  }
}

/** Rows one multi-row INSERT carries at most (well under either database's limit of bound parameters). */
const ROWS_PER_INSERT = 200;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) out.push(rows.slice(i, i + ROWS_PER_INSERT));
  return out;
}

/**
 * The entities, those already stored left as they are: one statement, in id order, so that concurrent
 * writers take the rows' locks in the same order and never deadlock on two entities they share.
 */
async function upsertEntities(db: Transaction<Database>, entities: Entity[]): Promise<void> {
  const rows = [...entities].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((e) => ({ id: e.id, type: e.type, name: e.name, names: JSON.stringify(e.names), country: e.country ?? null }));
  for (const chunk of chunks(rows)) await db.insertInto('entities').values(chunk).onConflict((oc) => oc.column('id').doNothing()).execute();
}

async function saveEntities(trx: Transaction<Database>, articleId: string, entities: Entity[]): Promise<void> {
  // PostgreSQL: only the entities not stored yet are inserted. An INSERT … ON CONFLICT of a row that
  // another open transaction wrote (or re-wrote) waits for that transaction to end, so a country named
  // in most articles would make concurrent writers (workers) queue behind each other's whole article.
  let fresh = entities;
  if (entities.length && dialectOf(trx) === 'postgres') {
    const stored = new Set((await trx.selectFrom('entities').select('id').where('id', 'in', entities.map((e) => e.id)).execute()).map((r) => r.id));
    fresh = entities.filter((e) => !stored.has(e.id));
  }
  await upsertEntities(trx, fresh);
  const mentions = [];
  for (const e of entities) {
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ article_id: articleId, entity_id: e.id, start: m.start, end: m.end, text: m.text, via: m.via });
    }
  }
  for (const chunk of chunks(mentions)) await trx.insertInto('mentions').values(chunk).execute();
}

async function saveStatements(trx: Transaction<Database>, a: Analysis): Promise<void> {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const names = (entity?: string) => {
    const e = entity ? byId.get(entity) : undefined;
    return e ? [e.name, e.names.ar, e.names.en] : [];
  };
  // Entities named inside a statement's content: "الجيش الكوري الشمالي" makes it about North Korea.
  const namedIn = (start: number, end: number) =>
    a.entities.filter((e) => e.mentions.some((m) => m.start >= start && m.end <= end)).flatMap((e) => names(e.id));
  const rows = a.statements.map((s, ordinal) => ({
    id: `${a.article.id}:${ordinal}`,
    article_id: a.article.id,
    ordinal,
    speaker_text: s.speaker.text,
    speaker_entity: s.speaker.entity ?? null,
    cue: s.cue.text,
    stance: s.stance,
    content: s.content.text,
    content_start: s.content.start,
    content_end: s.content.end,
    direct: s.direct ? 1 : 0,
    targets: JSON.stringify(s.targets),
    time_value: s.time?.value ?? null,
    time_text: s.time?.text ?? null,
    rule: s.rule,
    sentence: s.sentence,
    speaker_keys: framedKeys(s.speaker.text, ...names(s.speaker.entity)),
    about_keys: framedKeys(...s.targets.flatMap((t) => [t.text, ...names(t.entity)]), s.content.text, ...namedIn(s.content.start, s.content.end)),
  }));
  for (const chunk of chunks(rows)) await trx.insertInto('statements').values(chunk).execute();
}
