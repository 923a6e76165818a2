/** @jsxImportSource hono/jsx */
import { dirOf } from '../../model/index.js';
import type { ArticleSummary } from '../../store/index.js';
import type { OutletCount } from '../../store/web-articles.js';
import type { Params } from '../params.js';
import { articleHref, outletHref } from '../site.js';

/** One line per article: title (in its language and direction), outlet, language, date. */
export function ArticleLine({ a }: { a: ArticleSummary }) {
  return (
    <>
      <a class="title" href={articleHref(a.id)} lang={a.language} dir={dirOf(a.language)}>{a.title}</a>
      <div class="meta">
        {a.outlet ? <><a href={outletHref(a.outlet)} dir="auto">{a.outlet}</a> · </> : a.site && <><span dir="auto">{a.site}</span> · </>}
        {[languageName(a.language), a.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
      </div>
    </>
  );
}

/** A query string of the given parameters, empty ones left out. */
export function queryOf(p: Record<string, string | number | undefined>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== '') s.set(k, String(v));
  const q = s.toString();
  return q ? `?${q}` : '';
}

function Filters({ params, outlets }: { params: Params; outlets: OutletCount[] }) {
  const langLink = (lang: string | undefined, label: string) =>
    params.lang === lang ? <strong aria-current="true">{label}</strong> : <a href={`/${queryOf({ lang, outlet: params.outlet })}`}>{label}</a>;
  return (
    <form class="filters" action="/" method="get">
      <span>Language: {langLink(undefined, 'all')} · {langLink('ar', 'Arabic')} · {langLink('en', 'English')}</span>
      {params.lang && <input type="hidden" name="lang" value={params.lang} />}
      {outlets.length > 0 && (
        <label>
          Outlet{' '}
          <select name="outlet">
            <option value="">all</option>
            {outlets.map((o) => <option value={o.outlet} selected={o.outlet === params.outlet} dir="auto">{`${o.outlet} (${o.articles})`}</option>)}
          </select>
        </label>
      )}
      {outlets.length > 0 && <button type="submit">Filter</button>}
    </form>
  );
}

export function ArticleListPage({ items, next, params, outlets, notice }: { items: ArticleSummary[]; next?: string; params: Params; outlets: OutletCount[]; notice?: string }) {
  return (
    <>
      <h1>Latest articles</h1>
      <Filters params={params} outlets={outlets} />
      {notice && <p class="notice" role="status">{notice}</p>}
      {items.length === 0 ? (
        params.lang || params.outlet
          ? <p>No article matches these filters. <a href="/">Show all articles</a>.</p>
          : <p>No articles stored yet. Run <code>isnad ingest PATH</code> or <code>isnad serve --samples</code>.</p>
      ) : (
        <ul class="articles">
          {items.map((a) => <li class={dirOf(a.language)}><ArticleLine a={a} /></li>)}
        </ul>
      )}
      {next && (
        <nav class="pages" aria-label="Pages">
          <a rel="next" href={`/${queryOf({ lang: params.lang, outlet: params.outlet, cursor: next })}`}>Older articles →</a>
        </nav>
      )}
    </>
  );
}

const LANGUAGE_NAMES: Record<string, string> = { ar: 'Arabic', en: 'English', fr: 'French', ru: 'Russian', fa: 'Persian', ur: 'Urdu', und: 'unknown language' };

export function languageName(lang: string): string {
  return LANGUAGE_NAMES[lang] ?? lang;
}
