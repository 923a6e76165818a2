/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { listOutlets } from '../../store/web-articles.js';
import { hasCriteria, searchArticles } from '../../store/web-search.js';
import { SearchPage, searchQuery } from '../pages/search.js';
import { SubscribeBox } from '../pages/subscribe.js';
import { readParams, type ParamName } from '../params.js';
import type { Site } from '../site.js';
import { subscribeCsrf } from '../subscribe/csrf.js';
import { render } from './render.js';

/** Results per search page. */
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_PARAMS: readonly ParamName[] = ['q', 'lang', 'outlet', 'speaker', 'stance', 'from', 'to', 'cursor'];

/** The search page: words and filters; never an error page, whatever the query. */
export function mountSearch(app: Hono, site: Site): void {
  app.get('/search', async (c) => {
    const r = readParams(new URL(c.req.url).searchParams, SEARCH_PARAMS);
    const p = r.params;
    const offset = p.cursor && /^\d+$/.test(p.cursor) ? Number(p.cursor) : 0;
    const asked = hasCriteria(p);
    const [page, outlets] = await Promise.all([
      asked ? searchArticles(site.store.db, { ...p, limit: SEARCH_PAGE_SIZE, offset }, { cache: site.cache }) : { items: [] },
      listOutlets(site.store.db),
    ]);
    let notice = r.ok ? undefined : `Ignored ${r.error.field}: ${r.error.reason}.`;
    if (!asked && p.q) notice = 'Those characters hold no word to look for: try letters or digits.';
    const title = p.q ? `Search: ${p.q}` : 'Search';
    // Alerts follow the words (src/alerts): offered once there are words to follow.
    const csrf = asked && p.q ? subscribeCsrf(c, site) : undefined;
    return render(c, site, { title, query: p.q, path: `/search${searchQuery(p)}`, feed: asked ? `/search/feed.atom${searchQuery({ ...p, cursor: undefined })}` : undefined },
      <><SearchPage params={p} hits={page.items} asked={asked} next={'nextOffset' in page && page.nextOffset ? String(page.nextOffset) : undefined}
        outlets={outlets} notice={notice} first={offset + 1} />
      {csrf && p.q && <SubscribeBox kind="search" target={p.q} csrf={csrf} />}</>);
  });
}
