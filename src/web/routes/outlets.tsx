/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { listArticlesBy } from '../../store/web-articles.js';
import { OutletPage } from '../pages/outlet.js';
import { SubscribeBox } from '../pages/subscribe.js';
import { outletHref, type Site } from '../site.js';
import { subscribeCsrf } from '../subscribe/csrf.js';
import { notFound, render } from './render.js';

/** Articles per page of an outlet. */
export const OUTLET_PAGE_SIZE = 50;

/**
 * /outlets/:name — an outlet by the name its articles carry (`RT World News`, as the home page's
 * filter and outlet subscriptions name it): the registry's record for it, and its articles.
 */
export function mountOutlets(app: Hono, site: Site): void {
  app.get('/outlets/:name', async (c) => {
    const name = c.req.param('name');
    const raw = new URL(c.req.url).searchParams.get('cursor');
    const cursor = raw && /^\d{1,15}$/.test(raw) ? raw : undefined;
    const page = await listArticlesBy(site.store.db, { outlet: name, limit: OUTLET_PAGE_SIZE, cursor });
    const record = site.outlets.find(name);
    if (!page.items.length && !record && !cursor) return notFound(c, site, 'No such outlet');
    const href = outletHref(name);
    const csrf = subscribeCsrf(c, site);
    const description = record ? `${name}: ${record.country}${record.ownership ? `, ${record.ownership}` : ''}` : `Articles of ${name}`;
    return render(c, site, { title: name, description, path: cursor ? `${href}?cursor=${cursor}` : href },
      <OutletPage name={name} record={record} items={page.items} next={page.nextCursor} nextHref={(n) => `${href}?cursor=${n}`}
        subscribe={csrf && <SubscribeBox kind="outlet" target={name} csrf={csrf} />} />);
  });
}
