/** @jsxImportSource hono/jsx */
import { dirOf, LANGS, STANCES } from '../../model/index.js';
import type { SearchHit } from '../../store/index.js';
import type { OutletCount } from '../../store/web-articles.js';
import type { Params } from '../params.js';
import { ArticleLine, languageName, queryOf } from './article-list.js';
import { STANCE_LABELS } from './statement.js';

export interface SearchView {
  params: Params;
  hits: SearchHit[];
  /** Whether anything was asked (words or filters). */
  asked: boolean;
  next?: string;
  outlets: OutletCount[];
  /** A parameter that was ignored, and why. */
  notice?: string;
  /** 1-based number of the first hit. */
  first: number;
}

const paramsQuery = (p: Params, cursor?: string): string =>
  queryOf({ q: p.q, lang: p.lang, outlet: p.outlet, speaker: p.speaker, stance: p.stance, from: p.from, to: p.to, cursor });

function SearchForm({ params, outlets }: { params: Params; outlets: OutletCount[] }) {
  return (
    <form class="search-form" action="/search" method="get">
      <label class="wide">Words <input type="search" name="q" value={params.q ?? ''} dir="auto" /></label>
      <label>Language
        <select name="lang">
          <option value="">any</option>
          {LANGS.filter((l) => l !== 'und').map((l) => <option value={l} selected={params.lang === l}>{languageName(l)}</option>)}
        </select>
      </label>
      <label>Outlet
        <select name="outlet">
          <option value="">any</option>
          {outlets.map((o) => <option value={o.outlet} selected={params.outlet === o.outlet} dir="auto">{o.outlet}</option>)}
        </select>
      </label>
      <label>Speaker <input type="text" name="speaker" value={params.speaker ?? ''} dir="auto" placeholder="بيسكوف, Peskov" /></label>
      <label>Stance
        <select name="stance">
          <option value="">any</option>
          {STANCES.map((s) => <option value={s} selected={params.stance === s}>{STANCE_LABELS[s]}</option>)}
        </select>
      </label>
      <label>From <input type="date" name="from" value={params.from ?? ''} /></label>
      <label>To <input type="date" name="to" value={params.to ?? ''} /></label>
      <button type="submit">Search</button>
    </form>
  );
}

function Help() {
  return (
    <div class="help">
      <p>Type words to look for, in Arabic or English; every word must be in the article.</p>
      <ul>
        <li>Arabic words match whatever their diacritics and attached prefixes: <a href="/search?q=%D8%A7%D9%84%D9%83%D8%B1%D9%85%D9%84%D9%8A%D9%86" lang="ar" dir="rtl">الكرملين</a> also finds <span lang="ar" dir="rtl">بالكرملين</span>.</li>
        <li>Narrow by speaker and stance to find, say, articles where someone <em>denies</em> something.</li>
        <li>Dates are the articles' publication dates.</li>
      </ul>
    </div>
  );
}

export function SearchPage(v: SearchView) {
  const { params, hits } = v;
  return (
    <>
      <h1>{params.q ? <>Search: <bdi>{params.q}</bdi></> : 'Search'}</h1>
      <SearchForm params={params} outlets={v.outlets} />
      {v.notice && <p class="notice" role="status">{v.notice}</p>}
      {!v.asked ? <Help /> : (
        <>
          <p class="meta" role="status">
            {hits.length === 0
              ? (v.first > 1 ? 'No more results.' : 'No article matches every word and filter. Try fewer words, or another spelling.')
              : `Results ${v.first}–${v.first + hits.length - 1}`}
            {' · '}<a href={`/search/feed.atom${paramsQuery(params)}`}>Atom</a> · <a href={`/search/feed.rss${paramsQuery(params)}`}>RSS</a> feed of this search
          </p>
          {hits.length > 0 && <ol class="results" start={v.first}>
            {hits.map((h) => (
              <li class={dirOf(h.language)}>
                <ArticleLine a={h} />
                <p class="snippet" lang={h.language} dir={dirOf(h.language)}>
                  {h.fragments.map((f) => (f.hit ? <mark>{f.text}</mark> : f.text))}
                </p>
              </li>
            ))}
          </ol>}
          {v.next && <nav class="pages" aria-label="Pages"><a rel="next" href={`/search${paramsQuery(params, v.next)}`}>More results →</a></nav>}
        </>
      )}
    </>
  );
}

export { paramsQuery as searchQuery };
