import { formCsrf } from '../add/csrf.js';

// The subscribe forms' CSRF token: the signed double submit of src/web/add/csrf.ts, in a cookie of
// its own. One token per browser, kept while it is valid, so that two open pages both submit; the
// cookie's life is renewed by every page that shows a form. Path /: the cookie must reach the pages
// (to be reused) as well as POST /subscriptions.

export const SUBSCRIBE_CSRF_COOKIE = 'isnad_subscribe';

const forms = formCsrf({ name: SUBSCRIBE_CSRF_COOKIE, path: '/', maxAgeS: 12 * 3600, reuse: true }, (site) => Boolean(site.subscribe));

/** The token to put in this page's subscribe form (setting its cookie), or undefined when subscriptions are not served. */
export const subscribeCsrf = forms.issue;
/** Whether a posted form's token matches this browser's cookie and our signature. */
export const subscribeCsrfOk = forms.ok;
