/** @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { storeArticle } from '../../ingest/index.js';
import { ADD_MAX_BYTES, analysePasted, type Pasted } from '../add/analyse.js';
import { CSRF_COOKIE, CSRF_FIELD, csrfOk, issueCsrf, sameSecret, type CsrfCookie } from '../add/csrf.js';
import { AddPage, type AddView } from '../pages/add.js';
import { articleHref, type Site } from '../site.js';
import { render } from './render.js';

/** The form's CSRF cookie: for /add only, two hours, a new token per form shown. */
const CSRF: CsrfCookie = { name: CSRF_COOKIE, path: '/add', maxAgeS: 2 * 3600, reuse: false };
/** Bytes of form body accepted: the text plus the other fields. */
const FORM_MAX_BYTES = ADD_MAX_BYTES + 16 * 1024;

/** /add: the form that pastes a text in, behind the write token and CSRF checks. */
export function mountAdd(app: Hono, site: Site): void {
  const show = (c: Context, view: Omit<AddView, 'enabled' | 'csrf'>, status: 200 | 400 | 403 | 413 | 422 = 200) => {
    if (!site.writeToken) return render(c, site, { title: 'Add an article', path: '/add', noShare: true }, <AddPage enabled={false} />, 403);
    const token = issueCsrf(c, site.csrfSecret, CSRF);
    c.header('Cache-Control', 'no-store');
    return render(c, site, { title: 'Add an article', path: '/add', noShare: true }, <AddPage enabled csrf={token} {...view} />, status);
  };

  app.get('/add', (c) => (site.writeToken ? show(c, {}) : render(c, site, { title: 'Add an article', path: '/add', noShare: true }, <AddPage enabled={false} />)));

  app.post('/add',
    csrf(),
    bodyLimit({ maxSize: FORM_MAX_BYTES, onError: (c) => show(c, { error: `The text is too long (more than ${ADD_MAX_BYTES / 1024} KB).` }, 413) }),
    async (c) => {
      if (!site.writeToken) return show(c, {}, 403);
      const form = await c.req.parseBody();
      const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
      const value: Pasted = { text: field('text'), url: field('url').trim() || undefined, outlet: field('outlet').trim() || undefined };
      if (!csrfOk(c, site.csrfSecret, CSRF, field(CSRF_FIELD))) {
        return show(c, { value, error: 'The form had expired or did not come from this site. Please send it again.' }, 403);
      }
      if (!sameSecret(field('token'), site.writeToken)) return show(c, { value, error: 'Wrong write token.' }, 403);
      if (!value.text.trim()) return show(c, { value, error: 'Paste a text first.' }, 400);
      const r = analysePasted(value, 'web:add');
      if (!r.ok) return show(c, { value, error: `The text was not stored (${r.reason}): ${r.message}` }, 422);
      // The one store path: claims, story and the alerts they cause, as `isnad ingest` stores (src/ingest).
      const saved = await storeArticle(site.store, r.analysis, { now: site.now });
      return c.redirect(articleHref(saved.id), 303);
    });
}
