import type { Lang } from '../model/index.js';
import type { Store, StoredArticle } from '../store/index.js';
import { candidateRows, saveLinks, saveSignature, signaturesSince, type NewLink } from '../store/republish.js';
import { COPY_TEXT_CACHE, NUM_HASHES } from './constants.js';
import { compareCopyTexts, copyText, type CopyText } from './copies.js';
import { hashString } from './hash.js';
import { anchorsOf, fingerprint, type Fingerprint } from './fingerprint.js';
import { minhash, shingles, signatureBytes, signatureFromBytes } from './minhash.js';
import { RepublicationIndex } from './republication-index.js';
import { isTranslation } from './translation.js';

export type PlaceRepublicationResult =
  | { ok: true; articleId: string; status: 'placed' | 'already-placed'; links: NewLink[] }
  | { ok: false; articleId: string; reason: 'not-found' };

interface Cached { index: RepublicationIndex; seq: number }
const INDEXES = new WeakMap<Store, Cached>();

/** The store's republication index: built from its signature table once, then caught up with rows others added. */
export async function republicationIndex(store: Store): Promise<RepublicationIndex> {
  let c = INDEXES.get(store);
  if (!c) INDEXES.set(store, (c = { index: new RepublicationIndex(), seq: 0 }));
  for (const r of await signaturesSince(store.db, c.seq)) {
    const fp = JSON.parse(r.fingerprint) as Fingerprint;
    c.index.add({ id: r.articleId, language: r.language as Lang, signature: signatureFromBytes(r.signature), anchors: anchorsOf(fp), ...(fp.names ? { names: fp.names } : {}) });
    c.seq = r.seq;
  }
  return c.index;
}

/**
 * Copy-comparison texts of recently placed or compared articles, by id, most recent last: a wire story's origin is compared
 * with each of its copies as they arrive, and shingling it again each time costs more than the rest of the placement.
 * An entry is used only for the same text (`check`): re-extraction may change an article's paragraphs under its id.
 */
const COPY_TEXTS = new Map<string, { check: number; text: CopyText }>();

const textCheck = (t: { title: string; paragraphs: readonly string[] }) => hashString(`${t.title}\n${t.paragraphs.join('\n')}`);

function rememberCopyText(id: string, t: { title: string; paragraphs: readonly string[] }, text: CopyText, check = textCheck(t)): void {
  COPY_TEXTS.delete(id);
  if (COPY_TEXTS.size >= COPY_TEXT_CACHE) COPY_TEXTS.delete(COPY_TEXTS.keys().next().value!);
  COPY_TEXTS.set(id, { check, text });
}

/** The copy-comparison text of a stored article, from the cache when it holds the same text. */
function copyTextOf(id: string, t: { title: string; paragraphs: string[] }): CopyText {
  const check = textCheck(t);
  const hit = COPY_TEXTS.get(id);
  const text = hit && hit.check === check ? hit.text : copyText(t);
  rememberCopyText(id, t, text, check);
  return text;
}

/** True when a (published at `at`, stored already) came before b: the earlier is the origin. */
export const isEarlier = (at: string, bt: string): boolean => {
  const a = Date.parse(at), b = Date.parse(bt);
  return Number.isNaN(a) || Number.isNaN(b) ? at <= bt : a <= b;
};

/**
 * Finds what a stored article copies or translates, and what copies or translates it, among the
 * articles placed before it; stores its signature and the links (origin = the earlier one). Idempotent.
 */
export async function placeRepublication(
  store: Store, articleId: string, now: () => Date = () => new Date(),
  /** The article as stored, when the caller has it already read (src/ingest). */
  loaded?: StoredArticle,
): Promise<PlaceRepublicationResult> {
  const stored = loaded ?? (await store.getArticle(articleId));
  if (!stored) return { ok: false, articleId, reason: 'not-found' };
  const index = await republicationIndex(store);
  if (index.has(articleId)) return { ok: true, articleId, status: 'already-placed', links: [] };
  const { article } = stored;
  const sh = shingles(article);
  const signature = minhash(sh, NUM_HASHES);
  const fp = fingerprint({ article, entities: stored.entities });
  const originAt = article.publishedAt ?? stored.ingestedAt;
  const links: NewLink[] = [];
  const orient = (otherId: string, otherAt: string) =>
    isEarlier(otherAt, originAt) ? { originId: otherId, copyId: articleId } : { originId: articleId, copyId: otherId };

  // The candidates of both kinds, read in one query.
  const copies = index.copyCandidates(signature, articleId);
  const translations = index.translationCandidates({ anchors: anchorsOf(fp), names: fp.names, words: fp.words }, article.language, articleId);
  const rows = await candidateRows(store.db, [...copies, ...translations].map((c) => c.id));

  // 1. Copies and near-copies: LSH candidates, then an exact shingle comparison.
  const mine = copyText(article, sh);
  rememberCopyText(articleId, article, mine);
  for (const c of copies) {
    const m = rows.get(c.id);
    if (!m) continue;
    const ends = orient(c.id, m.originAt);
    const theirs = copyTextOf(c.id, m);
    const r = ends.originId === articleId ? compareCopyTexts(mine, theirs) : compareCopyTexts(theirs, mine);
    if (r.match) links.push({ ...ends, kind: r.kind, score: r.score, evidence: r.evidence });
  }

  // 2. Translations: articles in another language sharing anchors, then the evidence of what survives translation.
  const linked = new Set(links.map((l) => (l.originId === articleId ? l.copyId : l.originId)));
  for (const c of translations) {
    const m = rows.get(c.id);
    if (!m || linked.has(c.id)) continue;
    const ends = orient(c.id, m.originAt);
    const other = JSON.parse(m.fingerprint) as Fingerprint;
    const r = ends.originId === articleId ? isTranslation(fp, other) : isTranslation(other, fp);
    if (r.match) links.push({ ...ends, kind: 'translation', score: r.score, evidence: r.evidence });
  }

  // 3. The signature row and the links, then the in-memory index.
  await store.db.transaction().execute(async (trx) => {
    await saveSignature(trx, { articleId, language: article.language, originAt, signature: signatureBytes(signature), fingerprint: JSON.stringify(fp) });
    await saveLinks(trx, links, now().toISOString());
  });
  index.add({ id: articleId, language: article.language, signature, anchors: anchorsOf(fp), ...(fp.names ? { names: fp.names } : {}) });
  return { ok: true, articleId, status: 'placed', links };
}
