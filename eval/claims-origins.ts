/**
 * The republication detector's translation links among a gold set's articles, so the eval groups claims with the
 * origins the store would pass (a translation's statements join their counterparts' claims).
 */
import type { ClaimSource } from '../src/claims/index.js';
import { anchorsOf, fingerprint, isEarlier, RepublicationIndex, signature, translationEvidence, type Fingerprint } from '../src/republish/index.js';
import { ANALYSES, FALLBACK_DATE } from './claims-sources.js';

/**
 * The republication detector's decision on translations, as the store makes it (src/republish/place.ts
 * placeRepublication), over the articles in date order: each is compared with the candidates the index finds among
 * those before it (shared anchors and names), by the evidence that survives translation, the earlier one the origin.
 * Copies are left out: their statements are the echo copy rule's (src/claims/translated.ts), and the store passes claim
 * placement its translation links alone (src/ingest). Returns, for each article, the articles placed before it (in
 * `sources` order, as groupClaims places them) that it translates or that translate it, best link first
 * (PlaceOptions `origins`).
 */
export function originsOf(sources: readonly ClaimSource[]): Map<string, ClaimSource[]> {
  const index = new RepublicationIndex();
  const seen = new Map<string, { fp: Fingerprint; at: string }>();
  const links: { a: string; b: string; score: number }[] = [];
  const dated = sources.map((src) => ({ src, a: ANALYSES.get(src.articleId)! })).map((x) => ({ ...x, at: x.a.article.publishedAt ?? FALLBACK_DATE }));
  for (const { a, at } of [...dated].sort((x, y) => (isEarlier(x.at, y.at) ? (isEarlier(y.at, x.at) ? 0 : -1) : 1))) {
    const { article } = a;
    const fp = fingerprint({ article, entities: a.entities });
    for (const c of index.translationCandidates({ anchors: anchorsOf(fp), names: fp.names, words: fp.words }, article.language, article.id)) {
      const o = seen.get(c.id)!;
      const r = isEarlier(o.at, at) ? translationEvidence(o.fp, fp) : translationEvidence(fp, o.fp);
      if (r.match) links.push({ a: article.id, b: c.id, score: r.score });
    }
    // As the store indexes it (src/republish/place.ts): its signature too, which translation candidates do not read.
    index.add({ id: article.id, language: article.language, signature: signature(article), anchors: anchorsOf(fp), ...(fp.names ? { names: fp.names } : {}) });
    seen.set(article.id, { fp, at });
  }
  const order = new Map(sources.map((src, i) => [src.articleId, i]));
  const out = new Map<string, ClaimSource[]>();
  for (const l of links.sort((x, y) => y.score - x.score)) {
    const [first, last] = order.get(l.a)! < order.get(l.b)! ? [l.a, l.b] : [l.b, l.a];
    out.set(last, [...(out.get(last) ?? []), sources[order.get(first)!]]);
  }
  return out;
}
