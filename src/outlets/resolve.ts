/**
 * Which registered outlet wrote an article, and which site republished it, from what the
 * article says (Article.outlet, Article.site: names) and where it was found (canonicalUrl, url).
 */
import type { Article } from '../model/index.js';
import { hostAndPath } from './registry.js';
import type { OutletRecord, OutletRegistry, UnlistedSite } from './types.js';

export interface ResolvedOutlet {
  /** The original outlet, when the registry knows it. */
  outlet?: OutletRecord;
  /** The republishing site, when apart from the outlet: a record, or its name and domain as found. */
  site?: OutletRecord | UnlistedSite;
}

export type ArticleOrigin = Pick<Article, 'outlet' | 'site' | 'url' | 'canonicalUrl'>;

export function resolveOutlet(article: ArticleOrigin, registry: OutletRegistry): ResolvedOutlet {
  // 1. The outlet: its name, else (no name given) the canonical URL's domain, else the URL's.
  const outlet = article.outlet
    ? registry.byName(article.outlet)
    : [article.canonicalUrl, article.url].map((u) => (u ? registry.byDomain(u) : undefined)).find(Boolean);
  // 2. The site: its name, else the domain it was found at when that is not the outlet's.
  const urlDomain = article.url ? hostAndPath(article.url)?.host : undefined;
  const urlRecord = article.url ? registry.byDomain(article.url) : undefined;
  let site: OutletRecord | UnlistedSite | undefined;
  if (article.site) {
    site = registry.byName(article.site) ?? { name: article.site, ...(urlDomain ? { domain: urlDomain } : {}) };
  } else if (urlDomain && outlet && urlRecord !== outlet) {
    site = urlRecord ?? { name: urlDomain, domain: urlDomain };
  }
  // 3. A site that is the outlet itself is no republication.
  if (site && outlet && isRecord(site) && site.id === outlet.id) site = undefined;
  return { ...(outlet ? { outlet } : {}), ...(site ? { site } : {}) };
}

export function isRecord(x: OutletRecord | UnlistedSite): x is OutletRecord {
  return 'id' in x;
}
