import type { Context } from 'hono';
import type { OutletRegistry } from '../outlets/index.js';
import type { Store } from '../store/index.js';

/** What every route gets, resolved once by createApp. */
export interface Site {
  store: Store;
  pageSize: number;
  /** `https://isnad.example` (no trailing slash); else the request's own origin. */
  publicUrl?: string;
  /** Whether /add, the claim corrections and the API's POST routes are served at all (not with --read-only). */
  writable: boolean;
  /** The write token; writing is refused, with a reason, while it is unset. */
  writeToken?: string;
  /** Signs the CSRF tokens of forms. */
  csrfSecret: Uint8Array;
  /** The clock (the review date of JSON-LD). */
  now: () => Date;
  /** Whether search pages are kept in memory while the store is unchanged. */
  cache: boolean;
  /** The outlets registry: who reported a statement, who republished it. */
  outlets: OutletRegistry;
  /** Whether email subscriptions are served: claim, entity, story, search and outlet pages then carry a subscribe form. */
  subscribe: boolean;
}

/** The absolute URL of a path of this site. */
export function absolute(site: Site, c: Context, pathAndQuery: string): string {
  const base = site.publicUrl ?? new URL(c.req.url).origin;
  return `${base}${pathAndQuery}`;
}

/** The path and query of the request, for canonical links of filtered pages. */
export function pathAndQuery(c: Context): string {
  const u = new URL(c.req.url);
  return `${u.pathname}${u.search}`;
}

export const entityHref = (id: string) => `/entities/${encodeURIComponent(id)}`;
export const articleHref = (id: string) => `/articles/${encodeURIComponent(id)}`;
export const claimHref = (id: string) => `/claims/${encodeURIComponent(id)}`;
export const storyHref = (id: string) => `/stories/${encodeURIComponent(id)}`;
/** An outlet's page, by the name its articles carry (`RT World News`). */
export const outletHref = (name: string) => `/outlets/${encodeURIComponent(name)}`;
