/**
 * Step 2: the article's metadata from <meta>, <link>, JSON-LD, <time>,
 * rel=author / byline and standfirst elements, and the URL — in that order
 * of preference for each field.
 */
import { collapse, hintTokens, textOf, type El, type Page } from './dom.js';
import { hasHint, hints } from './hints.js';
import { readJsonLd } from './jsonld.js';
import { isoDate, urlDate } from './dates.js';
import { MAX_BYLINE_CHARS, MAX_META_CHARS, MAX_STANDFIRST_CHARS, TITLE_SUFFIX_MAX_WORDS } from './constants.js';

export interface Metadata {
  title?: string;
  dek?: string;
  byline?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  siteName?: string;
  canonicalUrl?: string;
  /** From markup (<html lang>, og:locale, content-language), primary subtag, lower case. */
  lang?: string;
  /** Text of the first <h1>, used to recognise the title inside the body. */
  h1?: string;
}

const DATE_KEYS = ['article:published_time', 'og:published_time', 'published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'article.published', 'og:updated_time'];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator', 'twitter:creator:name'];
const TITLE_SEPARATORS = /\s+(?:\||-|–|—|::|»|·|•|:)\s+/;

export function readMetadata(page: Page, url?: string): Metadata {
  const meta = new Map<string, string>();
  const ldScripts: string[] = [];
  let htmlLang: string | undefined;
  let titleTag: string | undefined;
  let h1: string | undefined;
  let canonical: string | undefined;
  let timeAttr: string | undefined;
  let relAuthor: string | undefined;
  let bylineEl: El | undefined;
  let standfirstEl: El | undefined;
  const h = hints();

  for (const el of page.els) {
    const a = el.attrs;
    switch (el.tag) {
      case 'html':
        htmlLang ??= a.lang || a['xml:lang'];
        break;
      case 'meta': {
        const key = (a.property || a.name || a.itemprop || a['http-equiv'] || '').toLowerCase();
        const value = a.content ?? a.datetime;
        if (key && value && !meta.has(key)) meta.set(key, collapse(value).slice(0, MAX_META_CHARS));
        break;
      }
      case 'link':
        if (/(^|\s)canonical(\s|$)/i.test(a.rel ?? '') && a.href) canonical ??= a.href;
        break;
      case 'script':
        if (el.children.length && typeof el.children[0] === 'string') ldScripts.push(el.children[0]);
        break;
      case 'title':
        titleTag ??= textOf(el, MAX_META_CHARS);
        break;
      case 'h1':
        h1 ??= textOf(el, MAX_META_CHARS) || undefined;
        break;
      case 'time':
        timeAttr ??= a.datetime;
        break;
      case 'a':
        if (/(^|\s)author(\s|$)/i.test(a.rel ?? '')) relAuthor ??= textOf(el, MAX_BYLINE_CHARS) || undefined;
        break;
    }
    if (a.itemprop === 'datePublished') timeAttr ??= a.datetime ?? a.content;
    if ((a.class || a.id) && el.tag !== 'body' && el.tag !== 'html') {
      const tokens = hintTokens(el);
      if (!bylineEl && hasHint(el, h.byline, tokens)) bylineEl = el;
      if (!standfirstEl && el.tag !== 'meta' && hasHint(el, h.standfirst, tokens)) standfirstEl = el;
    }
  }

  const ld = readJsonLd(ldScripts);
  const siteName = meta.get('og:site_name') ?? ld.publisher ?? meta.get('application-name');
  const rawTitle = meta.get('og:title') ?? meta.get('twitter:title') ?? ld.headline ?? h1 ?? titleTag;
  const standfirst = standfirstEl ? textOf(standfirstEl, MAX_STANDFIRST_CHARS) : undefined;
  const bylineText = bylineEl ? textOf(bylineEl, MAX_BYLINE_CHARS) : undefined;
  const metaAuthor = AUTHOR_KEYS.map((k) => meta.get(k)).find((v) => v && !/^(https?:|@)/.test(v));
  const date = DATE_KEYS.map((k) => isoDate(meta.get(k))).find((v) => v) ?? isoDate(ld.datePublished) ?? isoDate(timeAttr) ?? urlDate(url) ?? urlDate(canonical);

  return {
    title: rawTitle ? cleanTitle(rawTitle, siteName, h1) : undefined,
    dek: meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description') ?? ld.description ?? (standfirst || undefined),
    byline: cleanByline(metaAuthor ?? ld.author ?? relAuthor ?? bylineText),
    publishedAt: date,
    siteName,
    canonicalUrl: absolute(canonical ?? meta.get('og:url') ?? ld.url, url),
    lang: primaryTag(htmlLang ?? meta.get('og:locale') ?? meta.get('content-language') ?? meta.get('language') ?? meta.get('dc.language') ?? ld.inLanguage),
    h1,
  };
}

/** Drops a " | Site" / " - Site" part: the <h1> when it is one part, else the part naming the site, else a short last part after "|". */
export function cleanTitle(raw: string, siteName?: string, h1?: string): string {
  const title = collapse(raw);
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  // The page's <h1> is one of the parts ("Opinion | Headline", "Headline - Site"): that is the title.
  if (h1 && parts.includes(h1)) return h1;
  const site = siteName?.toLowerCase().replace(/^the\s+/, '');
  const isSite = (p: string) => !!site && (p.toLowerCase().replace(/^the\s+/, '') === site || site.includes(p.toLowerCase()) || p.toLowerCase().includes(site));
  if (isSite(parts[parts.length - 1])) return title.slice(0, title.lastIndexOf(parts[parts.length - 1])).replace(TITLE_SEPARATORS_END, '');
  if (isSite(parts[0])) return title.slice(parts[0].length).replace(/^\s*\S+\s+/, '').trim();
  const lastSep = /\s+\|\s+[^|]*$/.exec(title);
  if (lastSep && lastSep[0].split(/\s+/).length <= TITLE_SUFFIX_MAX_WORDS && lastSep.index > lastSep[0].length) return title.slice(0, lastSep.index);
  return title;
}
const TITLE_SEPARATORS_END = /\s+(?:\||-|–|—|::|»|·|•|:)\s*$/;

function cleanByline(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = collapse(raw).replace(/^(by|von|par|por|بقلم|كتب|كتبت)[:\s]+/i, '').trim();
  return s && s.length <= MAX_BYLINE_CHARS ? s : undefined;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  // An absolute URL is kept as written (an Arabic path stays readable, not percent-encoded).
  if (/^https?:\/\//i.test(href.trim())) return href.trim();
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** `ar_AR` / `en-US` → `ar` / `en`. */
function primaryTag(raw: string | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(raw ?? '');
  return m ? m[1].toLowerCase() : undefined;
}
