/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout, type PageMeta } from '../pages/layout.js';
import { absolute, pathAndQuery, type Site } from '../site.js';

/** A full page; its canonical URL is the request's path and query unless given. */
export function render(c: Context, site: Site, meta: Omit<PageMeta, 'url'> & { path?: string }, body: Child, status: ContentfulStatusCode = 200) {
  const { path, ...rest } = meta;
  const url = absolute(site, c, path ?? pathAndQuery(c));
  return c.html(<Layout {...rest} url={url} canAdd={site.writable}>{body}</Layout>, status);
}

export function notFound(c: Context, site: Site, what: string) {
  return render(c, site, { title: 'Not found', noShare: true }, <><h1>{what}</h1><p><a href="/">Latest articles</a> · <a href="/search">Search</a></p></>, 404);
}
