import type { Hono } from 'hono';
import { CSS } from './style.js';

/**
 * The one script: progressive enhancement of the share box's "Copy link" button (shown only
 * when the clipboard is there). Served from /static/app.js so that the CSP can forbid inline code.
 */
export const APP_JS = `document.addEventListener('DOMContentLoaded', function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = 'Copied';
      }, function () {
        field.select();
      });
    });
  });
});
`;

/** The site icon: a chain link's two rings (isnad: a chain of transmission). */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57d0"/><circle cx="12" cy="16" r="6" fill="none" stroke="#fff" stroke-width="3"/><circle cx="20" cy="16" r="6" fill="none" stroke="#fff" stroke-width="3"/></svg>`;

/** Seconds browsers may cache the stylesheet and script. */
const STATIC_MAX_AGE_S = 3600;

export function mountStatic(app: Hono): void {
  const cache = `public, max-age=${STATIC_MAX_AGE_S}`;
  app.get('/static/app.js', (c) => c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': cache }));
  app.get('/static/icon.svg', (c) => c.body(ICON_SVG, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': cache }));
  app.get('/favicon.ico', (c) => c.redirect('/static/icon.svg', 301));
  app.get('/static/style.css', (c) => c.body(CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': cache }));
}
