import { formCsrf } from '../add/csrf.js';

// The claim correction forms' CSRF token: the signed double submit of src/web/add/csrf.ts, in a
// cookie of its own. Path /claims reaches the claim pages (to reuse the token: two open claim pages
// both submit) and the routes they post to (/claims/:id/merge, /claims/:id/move-in, /claims/:id/move-out).

export const CORRECT_CSRF_COOKIE = 'isnad_correct';

const forms = formCsrf({ name: CORRECT_CSRF_COOKIE, path: '/claims', maxAgeS: 2 * 3600, reuse: true }, (site) => Boolean(site.writeToken));

/** The token for this page's correction forms (setting its cookie), or undefined when writing is not configured. */
export const correctCsrf = forms.issue;
/** Whether a posted correction form's token matches this browser's cookie and our signature. */
export const correctCsrfOk = forms.ok;
