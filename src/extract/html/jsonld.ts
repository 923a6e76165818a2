/**
 * The article fields of a page's JSON-LD (schema.org NewsArticle & co.),
 * read defensively: any shape, any nesting of @graph, bad JSON ignored.
 */
import { MAX_JSONLD_CHARS, MAX_JSONLD_NODES } from './constants.js';

export interface JsonLdArticle {
  headline?: string;
  description?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
  inLanguage?: string;
  articleBody?: string;
}

const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report|WebPage|Posting|LiveBlog/i;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v.name ?? v['@value']);
  return undefined;
}

function names(v: Json | undefined): string | undefined {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out = list.map((x) => str(x)).filter((x): x is string => !!x && !/^https?:/.test(x));
  return out.length ? [...new Set(out)].join(', ') : undefined;
}

/** Every object in the script texts, @graph and arrays flattened (iteratively, bounded). */
function objects(scripts: string[]): { [k: string]: Json }[] {
  const out: { [k: string]: Json }[] = [];
  const stack: Json[] = [];
  for (const s of scripts) {
    if (s.length > MAX_JSONLD_CHARS) continue;
    try {
      stack.push(JSON.parse(s.trim().replace(/^<!--|-->$/g, '')) as Json);
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_JSONLD_NODES) {
    const v = stack.pop()!;
    if (Array.isArray(v)) for (let k = v.length - 1; k >= 0; k--) stack.push(v[k]);
    else if (v && typeof v === 'object') {
      out.push(v);
      if (Array.isArray(v['@graph'])) stack.push(v['@graph']);
    }
  }
  return out;
}

/** The first article-typed object's fields (falling back to any object with a headline). */
export function readJsonLd(scripts: string[]): JsonLdArticle {
  const objs = objects(scripts);
  const typeOf = (o: { [k: string]: Json }) => [o['@type']].flat().map(String).join(' ');
  const art =
    objs.find((o) => /Article|BlogPosting|Report|LiveBlog/i.test(typeOf(o))) ??
    objs.find((o) => ARTICLE_TYPE.test(typeOf(o)) && o.headline !== undefined) ??
    objs.find((o) => o.headline !== undefined);
  const site = objs.find((o) => /^(WebSite|NewsMediaOrganization|Organization)$/i.test(typeOf(o)));
  if (!art) return { publisher: str(site?.name) };
  return {
    headline: str(art.headline) ?? str(art.name),
    description: str(art.description),
    author: names(art.author) ?? names(art.creator),
    datePublished: str(art.datePublished) ?? str(art.dateCreated),
    publisher: str(art.publisher) ?? str(art.sourceOrganization) ?? str(site?.name),
    url: str(art.url) ?? str(art.mainEntityOfPage as Json),
    inLanguage: str(art.inLanguage),
    articleBody: str(art.articleBody),
  };
}
