import type { ArticleHome } from '../entities/index.js';
import type { Article } from '../model/index.js';
import { loadOutlets, resolveOutlet, type OutletRegistry } from '../outlets/index.js';

/**
 * The article's home for the entity stage: the country of the outlet that wrote it (data/outlets/outlets.tsv), by the
 * outlet's name or the article's URL; undefined when neither tells a registered outlet. A republishing site's country
 * is not the home: the words are the outlet's.
 */
export function articleHome(article: Pick<Article, 'outlet' | 'site' | 'url' | 'canonicalUrl'>, registry?: OutletRegistry): ArticleHome | undefined {
  // Most inputs name no outlet and have no URL (text files, tests): the registry is not loaded for them.
  if (!article.outlet && !article.url && !article.canonicalUrl) return undefined;
  const { outlet } = resolveOutlet(article, registry ?? loadOutlets());
  return outlet ? { country: outlet.country } : undefined;
}
