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

/** Seconds browsers may cache the stylesheet and script. */
const STATIC_MAX_AGE_S = 3600;

export function mountStatic(app: Hono): void {
  const cache = `public, max-age=${STATIC_MAX_AGE_S}`;
  app.get('/static/app.js', (c) => c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': cache }));
  app.get('/static/style.css', (c) => c.body(CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': cache }));
}
