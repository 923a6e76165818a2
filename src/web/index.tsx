/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { LANGS, type Lang } from '../model/index.js';
import type { Store } from '../store/index.js';
import { ArticlePage } from './pages/article.js';
import { ArticleListPage } from './pages/article-list.js';
import { Layout } from './pages/layout.js';
import { SearchPage } from './pages/search.js';

export interface AppOptions {
  store: Store;
  /** Articles per page of the list. */
  pageSize?: number;
  /** Where unexpected errors go (the page only says that one happened). */
  onError?: (err: Error, where: string) => void;
}

/** Results on the search page. */
export const SEARCH_LIMIT = 50;
const DEFAULT_PAGE_SIZE = 50;

const langParam = (v?: string): Lang | undefined => (LANGS as readonly string[]).includes(v ?? '') ? (v as Lang) : undefined;

/** The web views: server-rendered, escaped by default, no scripts. */
export function createApp({ store, pageSize = DEFAULT_PAGE_SIZE, onError = logError }: AppOptions): Hono {
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  app.get('/', async (c) => {
    const lang = langParam(c.req.query('lang'));
    const page = await store.listArticles({ limit: pageSize, cursor: c.req.query('cursor'), lang });
    return c.html(<Layout title="Articles"><ArticleListPage items={page.items} next={page.nextCursor} lang={lang} /></Layout>);
  });

  app.get('/articles/:id', async (c) => {
    const stored = await store.getArticle(c.req.param('id'));
    if (!stored) return c.html(<Layout title="Not found"><h1>No such article</h1><p><a href="/">All articles</a></p></Layout>, 404);
    return c.html(<Layout title={stored.article.title} titleLang={stored.article.language}><ArticlePage stored={stored} /></Layout>);
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 500);
    const hits = q.trim() ? await store.search(q, { limit: SEARCH_LIMIT, lang: langParam(c.req.query('lang')) }) : [];
    return c.html(<Layout title={q ? `Search: ${q}` : 'Search'} query={q}><SearchPage query={q} hits={hits} /></Layout>);
  });

  app.notFound((c) => c.html(<Layout title="Not found"><h1>Page not found</h1><p><a href="/">All articles</a></p></Layout>, 404));
  app.onError((err, c) => {
    onError(err, `${c.req.method} ${c.req.path}`);
    return c.html(<Layout title="Error"><h1>Something went wrong</h1><p>The error was logged.</p></Layout>, 500);
  });
  return app;
}

function logError(err: Error, where: string): void {
  console.error(`isnad web: ${where}: ${err.message}`);
}
