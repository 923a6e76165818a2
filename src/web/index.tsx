/** @jsxImportSource hono/jsx */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { loadOutlets, type OutletRegistry } from '../outlets/index.js';
import type { Store } from '../store/index.js';
import { apiError, mountApi } from './routes/api.js';
import { mountAdd } from './routes/add.js';
import { mountClaims } from './routes/claims.js';
import { mountCorrections } from './routes/corrections.js';
import { mountStories } from './routes/stories.js';
import { mountFeeds } from './routes/feeds.js';
import { mountOutlets } from './routes/outlets.js';
import { mountPages } from './routes/pages.js';
import { notFound, render } from './routes/render.js';
import { mountSearch } from './routes/search.js';
import { mountSubscriptions, type SubscriptionRoutesOptions } from './routes/subscriptions.js';
import { securityHeaders } from './security.js';
import type { Site } from './site.js';
import { mountStatic } from './static.js';

export interface AppOptions {
  store: Store;
  /** Articles per page of the list. */
  pageSize?: number;
  /** Where unexpected errors go (the page only says that one happened). */
  onError?: (err: Error, where: string) => void;
  /** Serve no write route at all (`isnad serve --read-only`). */
  readOnly?: boolean;
  /** The token that allows writing (ISNAD_TOKEN); unset: writing is disabled, with a message. */
  writeToken?: string;
  /** Public origin for canonical and share links (`https://isnad.example`); default: the request's. */
  publicUrl?: string;
  /** Email subscriptions (ISNAD_SECRET signs their links); unset: not served. */
  subscriptions?: SubscriptionRoutesOptions;
  /** The clock (JSON-LD review dates); default: the system's. */
  now?: () => Date;
  /** Keep answered search pages in memory while the store is unchanged (default: true; SQLite only). */
  cache?: boolean;
  /** The outlets registry (with the user's file merged, from Config.outletsFile); default: the shipped one. */
  outlets?: OutletRegistry;
  /** Signs the forms' CSRF tokens; processes serving one site (`serve --workers`) share it. Default: random, per process. */
  csrfSecret?: Uint8Array;
}

const DEFAULT_PAGE_SIZE = 50;

/** The web views: server-rendered pages, JSON API, Atom feeds. Escaped by default; one small script. */
export function createApp(opts: AppOptions): Hono {
  const { onError = logError } = opts;
  const site: Site = Object.freeze({
    store: opts.store,
    pageSize: opts.pageSize ?? DEFAULT_PAGE_SIZE,
    writable: !opts.readOnly,
    ...(opts.writeToken && !opts.readOnly ? { writeToken: opts.writeToken } : {}),
    ...(opts.publicUrl ? { publicUrl: opts.publicUrl.replace(/\/+$/, '') } : {}),
    csrfSecret: opts.csrfSecret ?? randomBytes(32),
    now: opts.now ?? (() => new Date()),
    cache: opts.cache ?? true,
    outlets: opts.outlets ?? loadOutlets(),
    subscribe: Boolean(opts.subscriptions),
  });
  const app = new Hono();
  app.use(securityHeaders);
  mountStatic(app);
  // Before the API's catch-all 404 under /api/v1.
  if (opts.subscriptions) mountSubscriptions(app, site, opts.subscriptions);
  mountApi(app, site);
  mountFeeds(app, site);
  mountPages(app, site);
  mountClaims(app, site);
  mountStories(app, site);
  mountOutlets(app, site);
  mountSearch(app, site);
  if (site.writable) mountAdd(app, site);
  if (site.writable) mountCorrections(app, site);

  app.notFound((c) => notFound(c, site, 'Page not found'));
  app.onError((err, c) => {
    // Expected refusals (a cross-site form post): their status, not a logged error.
    if (err instanceof HTTPException && err.status < 500) {
      if (c.req.path.startsWith('/api/')) return apiError(c, 403, 'origin', err.message || 'refused');
      return render(c, site, { title: 'Refused', noShare: true }, <><h1>Refused</h1><p>{err.message || 'This request was refused.'}</p></>, err.status);
    }
    onError(err, `${c.req.method} ${c.req.path}`);
    if (c.req.path.startsWith('/api/')) return apiError(c, 500, 'server', 'an unexpected error; it was logged');
    return render(c, site, { title: 'Error', noShare: true }, <><h1>Something went wrong</h1><p>The error was logged.</p></>, 500);
  });
  return app;
}

function logError(err: Error, where: string): void {
  console.error(`isnad web: ${where}: ${err.message}`);
}
