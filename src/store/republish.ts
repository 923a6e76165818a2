import type { Generated, Kysely } from 'kysely';
import type { Database } from './schema.js';

// Republication rows: the signature table the in-memory index is rebuilt from, and the links.

export interface RepublishSignaturesTable {
  seq: Generated<number>;
  article_id: string;
  language: string;
  /** publishedAt, else the ingest time (ISO). */
  origin_at: string;
  /** MinHash signature, little-endian uint32s. */
  signature: Uint8Array;
  /** JSON Fingerprint (src/republish/fingerprint.ts). */
  fingerprint: string;
}

export type LinkKind = 'copy' | 'near-copy' | 'translation';

export interface RepublishLinksTable {
  /** The earlier article. */
  origin_id: string;
  /** The later one: a copy, near-copy or translation of the origin. */
  copy_id: string;
  kind: LinkKind;
  score: number;
  /** JSON CopyEvidence or TranslationEvidence. */
  evidence: string;
  created_at: string;
}

export type RepublishTables = {
  republish_signatures: RepublishSignaturesTable;
  republish_links: RepublishLinksTable;
};

export type RepublishDb = Kysely<Database & RepublishTables>;
export const republishDb = (db: Kysely<Database>): RepublishDb => db.withTables<RepublishTables>();

export interface SignatureRow {
  seq: number;
  articleId: string;
  language: string;
  originAt: string;
  signature: Uint8Array;
  fingerprint: string;
}

/** Signature rows stored after `seq`, in order (all of them from 0): how an index is rebuilt or caught up. */
export async function signaturesSince(db: Kysely<Database>, seq: number): Promise<SignatureRow[]> {
  const rows = await republishDb(db).selectFrom('republish_signatures').selectAll().where('seq', '>', seq).orderBy('seq').execute();
  return rows.map((r) => ({ seq: r.seq, articleId: r.article_id, language: r.language, originAt: r.origin_at, signature: r.signature, fingerprint: r.fingerprint }));
}

export async function saveSignature(db: Kysely<Database>, row: Omit<SignatureRow, 'seq'>): Promise<void> {
  await republishDb(db)
    .insertInto('republish_signatures')
    .values({ article_id: row.articleId, language: row.language, origin_at: row.originAt, signature: row.signature, fingerprint: row.fingerprint })
    .onConflict((oc) => oc.column('article_id').doNothing())
    .execute();
}

export async function fingerprintsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, { originAt: string; fingerprint: string }>> {
  if (!ids.length) return new Map();
  const rows = await republishDb(db).selectFrom('republish_signatures').select(['article_id', 'origin_at', 'fingerprint']).where('article_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.article_id, { originAt: r.origin_at, fingerprint: r.fingerprint }]));
}

export interface NewLink {
  originId: string;
  copyId: string;
  kind: LinkKind;
  score: number;
  evidence: object;
}

/** Links one multi-row INSERT carries at most (6 bound parameters each: well under either database's limit). */
const LINKS_PER_INSERT = 200;

/** Stores links idempotently: a pair already linked keeps its first link. */
export async function saveLinks(db: Kysely<Database>, links: NewLink[], now: string): Promise<void> {
  // One statement per LINKS_PER_INSERT links (a round trip, not one per link); rows are inserted in
  // order, so a pair listed twice keeps its first.
  for (let i = 0; i < links.length; i += LINKS_PER_INSERT) {
    await republishDb(db)
      .insertInto('republish_links')
      .values(links.slice(i, i + LINKS_PER_INSERT).map((l) => ({ origin_id: l.originId, copy_id: l.copyId, kind: l.kind, score: l.score, evidence: JSON.stringify(l.evidence), created_at: now })))
      .onConflict((oc) => oc.columns(['origin_id', 'copy_id']).doNothing())
      .execute();
  }
}

/** A link as seen from one article, with the other article's headline. */
export interface LinkView {
  kind: LinkKind;
  score: number;
  evidence: Record<string, unknown>;
  other: { id: string; title: string; outlet?: string; site?: string; language: string; publishedAt?: string; ingestedAt: string };
}

export interface ArticleLinks {
  /** Articles this one was copied or translated from (it is their copy). */
  from: LinkView[];
  /** Articles copied or translated from this one. */
  to: LinkView[];
}

/** The links of an article both ways, best score first. */
export async function linksOf(db: Kysely<Database>, articleId: string): Promise<ArticleLinks> {
  const side = async (mine: 'origin_id' | 'copy_id', theirs: 'origin_id' | 'copy_id'): Promise<LinkView[]> => {
    const rows = await republishDb(db)
      .selectFrom('republish_links as l')
      .innerJoin('articles as a', 'a.id', `l.${theirs}`)
      .select(['l.kind', 'l.score', 'l.evidence', 'a.id', 'a.title', 'a.outlet', 'a.site', 'a.language', 'a.published_at', 'a.ingested_at'])
      .where(`l.${mine}`, '=', articleId)
      .orderBy('l.score', 'desc')
      .execute();
    return rows.map((r) => ({
      kind: r.kind,
      score: r.score,
      evidence: JSON.parse(r.evidence),
      other: {
        id: r.id, title: r.title, language: r.language, ingestedAt: r.ingested_at,
        ...(r.outlet === null ? {} : { outlet: r.outlet }),
        ...(r.site === null ? {} : { site: r.site }),
        ...(r.published_at === null ? {} : { publishedAt: r.published_at }),
      },
    }));
  };
  return { from: await side('copy_id', 'origin_id'), to: await side('origin_id', 'copy_id') };
}

/** A placed article as a republication candidate: its signature row's origin time and fingerprint, its title and paragraphs. */
export interface CandidateRow { originAt: string; fingerprint: string; title: string; paragraphs: string[] }

/** fingerprintsOf and textsOf in one query: the candidates of a placement, read in one round trip. */
export async function candidateRows(db: Kysely<Database>, ids: string[]): Promise<Map<string, CandidateRow>> {
  if (!ids.length) return new Map();
  const rows = await republishDb(db).selectFrom('republish_signatures as s').innerJoin('articles as a', 'a.id', 's.article_id')
    .select(['s.article_id', 's.origin_at', 's.fingerprint', 'a.title', 'a.paragraphs']).where('s.article_id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.article_id, { originAt: r.origin_at, fingerprint: r.fingerprint, title: r.title, paragraphs: JSON.parse(r.paragraphs) as string[] }]));
}

/** Titles and paragraphs of stored articles, for an exact comparison. */
export async function textsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, { title: string; paragraphs: string[] }>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('articles').select(['id', 'title', 'paragraphs']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { title: r.title, paragraphs: JSON.parse(r.paragraphs) as string[] }]));
}
