/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout, type PageMeta } from '../pages/layout.js';
import { absolute, pathAndQuery, type Site } from '../site.js';

type Meta = Omit<PageMeta, 'url'> & { path?: string };

/** A full page; its canonical URL is the request's path and query unless given. */
export function render(c: Context, site: Site, meta: Meta, body: Child, status: ContentfulStatusCode = 200) {
  return c.html(page(c, site, meta, body), status);
}

/** The HTML of a full page, as a string (for pages kept in memory). */
export async function renderHtml(c: Context, site: Site, meta: Meta, body: Child): Promise<string> {
  return String(await page(c, site, meta, body).toString());
}

function page(c: Context, site: Site, meta: Meta, body: Child) {
  const { path, ...rest } = meta;
  const url = absolute(site, c, path ?? pathAndQuery(c));
  return <Layout {...rest} url={url} canAdd={site.writable}>{body}</Layout>;
}

export function notFound(c: Context, site: Site, what: string) {
  return render(c, site, { title: 'Not found', noShare: true }, <><h1>{what}</h1><p><a href="/">Latest articles</a> · <a href="/search">Search</a></p></>, 404);
}
