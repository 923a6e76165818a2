/** @jsxImportSource hono/jsx */
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { signToken, verifyToken, type TokenPurpose } from '../../alerts/tokens.js';
import { RateLimiter } from '../../alerts/rate-limit.js';
import { checkSubscription } from '../../alerts/validate.js';
import { addSubscription, alertsDb, confirmSubscription, getSubscriptions, listSubscriptions, unsubscribe, type NewSubscription, type Subscription } from '../../store/alerts.js';
import { CSRF_FIELD } from '../add/csrf.js';
import { SubscribeForm } from '../pages/subscribe.js';
import type { Site } from '../site.js';
import { subscribeCsrf, subscribeCsrfOk } from '../subscribe/csrf.js';
import { render } from './render.js';

// Subscriptions by email, double opt-in: POST /api/v1/subscriptions (JSON) or the form → a
// confirmation email; its signed link activates the subscription. Unsubscribe (GET shows a button,
// POST is RFC 8058's one-click) and manage pages take signed, expiring tokens (src/alerts/tokens.ts).

export interface SubscriptionRoutesOptions {
  /** ISNAD_SECRET: signs the links. */
  secret: string;
  now?: () => Date;
}

/** Requests a client IP may make in a burst, and per hour after it. */
export const IP_BURST = 10;
export const IP_PER_HOUR = 30;
/** Requests for one address in a burst, and per day after it. */
export const ADDRESS_BURST = 3;
export const ADDRESS_PER_DAY = 10;
/** Bytes of a subscription request body. */
const BODY_MAX_BYTES = 4 * 1024;
const HOUR_MS = 3600_000;

type Outcome =
  | { status: 202; body: { status: 'pending'; message: string } }
  | { status: 400 | 409 | 429; body: { error: { field: string; reason: string } }; retryAfterS?: number };

/** The fields of a subscription request (the OpenAPI document's SubscriptionRequest); any other is refused. */
const REQUEST_FIELDS = ['email', 'kind', 'target', 'mode'];

export function mountSubscriptions(app: Hono, site: Site, o: SubscriptionRoutesOptions): void {
  const now = o.now ?? (() => new Date());
  const db = alertsDb(site.store.db);
  // In the store, so that every serving process (serve --workers N, several machines) counts together.
  const byIp = new RateLimiter(site.store.db, 'ip', { burst: IP_BURST, refill: IP_PER_HOUR, perMs: HOUR_MS }, now);
  const byAddress = new RateLimiter(site.store.db, 'email', { burst: ADDRESS_BURST, refill: ADDRESS_PER_DAY, perMs: 24 * HOUR_MS }, now);
  const refuse = (status: 400 | 409 | 429, field: string, reason: string, retryAfterS?: number): Outcome =>
    ({ status, body: { error: { field, reason } }, ...(retryAfterS ? { retryAfterS } : {}) });

  const subscribe = async (c: Context, input: Record<string, unknown>): Promise<Outcome> => {
    const ip = clientIp(c);
    const byClient = await byIp.take(ip);
    if (!byClient.allowed) return refuse(429, 'ip', 'too many requests from this client; try again later', byClient.retryAfterS);
    const checked = checkSubscription(input);
    if (!checked.ok) return refuse(400, checked.field, checked.reason);
    const email = checked.value.email;
    const forAddress = await byAddress.take(email);
    if (!forAddress.allowed) return refuse(429, 'email', 'too many requests for this address; try again later', forAddress.retryAfterS);
    const missing = await missingTarget(site, checked.value);
    if (missing) return refuse(400, 'target', missing);
    const r = await addSubscription(db, checked.value, now().toISOString(), (s) => ({ kind: s.kind, target: s.target, mode: s.mode }));
    if (!r.ok) return refuse(409, 'email', 'a confirmation is already waiting for this address: follow its link first');
    return { status: 202, body: { status: 'pending', message: 'Check your inbox: the subscription starts once you follow the link we sent.' } };
  };

  const tooLarge = (c: Context) => c.json({ error: { field: 'body', reason: `is larger than ${BODY_MAX_BYTES} bytes` } }, 413);
  app.post('/api/v1/subscriptions', bodyLimit({ maxSize: BODY_MAX_BYTES, onError: tooLarge }), async (c) => {
    const input = await c.req.json().catch(() => undefined);
    if (!input || typeof input !== 'object' || Array.isArray(input)) return c.json({ error: { field: 'body', reason: 'must be a JSON object' } }, 400);
    const unknown = Object.keys(input).find((k) => !REQUEST_FIELDS.includes(k));
    if (unknown) return c.json({ error: { field: unknown, reason: `unknown field; expected ${REQUEST_FIELDS.join(', ')}` } }, 400);
    const r = await subscribe(c, input as Record<string, unknown>);
    if ('retryAfterS' in r && r.retryAfterS) c.header('Retry-After', String(r.retryAfterS));
    return c.json(r.body, r.status);
  });

  const formPage = (c: Context, v: { kind?: string; target?: string; email?: string }, notice?: Child, status: 200 | 400 | 403 | 409 | 429 = 200) =>
    render(c, site, { title: 'Subscribe', noShare: true }, <><h1>Subscribe</h1>{notice}
      <SubscribeForm kind={v.kind ?? 'entity'} target={v.target ?? ''} email={v.email} csrf={subscribeCsrf(c, site)!} /></>, status);

  app.get('/subscriptions/new', (c) => formPage(c, { kind: c.req.query('kind'), target: c.req.query('target') }));

  // The form of any claim, entity, story, search or outlet page (src/web/pages/subscribe.tsx): the origin
  // check, then the signed double-submit token, as /add does.
  app.post('/subscriptions', csrf(), bodyLimit({ maxSize: BODY_MAX_BYTES }), async (c) => {
    const form = await c.req.parseBody();
    const fields = Object.fromEntries(Object.entries(form).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const { [CSRF_FIELD]: token, ...input } = fields;
    if (!subscribeCsrfOk(c, site, token)) {
      return formPage(c, input, <p role="alert">The form had expired or did not come from this site. Please send it again.</p>, 403);
    }
    const r = await subscribe(c, input);
    if ('retryAfterS' in r && r.retryAfterS) c.header('Retry-After', String(r.retryAfterS));
    if (r.status !== 202) return formPage(c, input, <p role="alert">The {r.body.error.field} {r.body.error.reason}.</p>, r.status);
    return render(c, site, { title: 'Subscribe', noShare: true }, <><h1>Check your inbox</h1><p role="status">{r.body.message}</p></>, r.status);
  });

  /** The subscriptions a link's token names (several for a digest's unsubscribe link), or the page refusing it. */
  const withToken = async (c: Context, purpose: TokenPurpose) => {
    const t = verifyToken(o.secret, c.req.query('token') ?? '', purpose, now());
    if (!t.ok || (purpose !== 'unsubscribe' && t.subscriptionIds.length > 1)) {
      return { ok: false as const, res: page(c, site, 'Link not valid', `This link is ${!t.ok && t.reason === 'expired' ? 'expired' : 'not valid'}.`, 400) };
    }
    const subs = await getSubscriptions(db, t.subscriptionIds);
    if (!subs.length) return { ok: false as const, res: page(c, site, 'Link not valid', 'This subscription no longer exists.', 404) };
    return { ok: true as const, sub: subs[0]!, subs };
  };
  const listed = (subs: readonly Subscription[]) => <ul>{subs.map((s) => <li>{s.kind} “{s.target}”</li>)}</ul>;

  app.get('/subscriptions/confirm', async (c) => {
    const t = await withToken(c, 'confirm');
    if (!t.ok) return t.res;
    await confirmSubscription(db, t.sub.id, now().toISOString());
    return page(c, site, 'Subscribed', `You will get alerts on ${t.sub.kind} “${t.sub.target}”.`);
  });

  // GET only shows a button: link scanners that open every link must not unsubscribe anyone.
  app.get('/subscriptions/unsubscribe', async (c) => {
    const t = await withToken(c, 'unsubscribe');
    if (!t.ok) return t.res;
    return render(c, site, { title: 'Unsubscribe', noShare: true }, <><h1>Unsubscribe</h1>
      <p>Stop these alerts to {t.sub.email}?</p>{listed(t.subs)}
      <form method="post" action={`/subscriptions/unsubscribe?token=${encodeURIComponent(c.req.query('token') ?? '')}`}><button type="submit">Unsubscribe</button></form></>);
  });

  // One-click (RFC 8058): mail providers post `List-Unsubscribe=One-Click` without our cookies or origin; the token is the authority.
  // A digest's token names every subscription of the digest: one click ends them all.
  app.post('/subscriptions/unsubscribe', bodyLimit({ maxSize: BODY_MAX_BYTES }), async (c) => {
    const t = await withToken(c, 'unsubscribe');
    if (!t.ok) return t.res;
    await unsubscribe(db, t.subs.map((s) => s.id));
    return render(c, site, { title: 'Unsubscribed', noShare: true }, <><h1>Unsubscribed</h1>
      <p>No more alerts on these will be sent to {t.sub.email}:</p>{listed(t.subs)}</>);
  });

  app.get('/subscriptions/manage', async (c) => {
    const t = await withToken(c, 'manage');
    if (!t.ok) return t.res;
    const subs = await listSubscriptions(db, t.sub.email);
    return render(c, site, { title: 'Your subscriptions', noShare: true }, <><h1>Subscriptions of {t.sub.email}</h1><ul>
      {subs.map((s) => <li>{s.kind} “{s.target}” ({s.mode}, {s.status})
        {s.status !== 'unsubscribed' && <> · <a href={`/subscriptions/unsubscribe?token=${encodeURIComponent(signToken(o.secret, 'unsubscribe', s.id, now()))}`}>unsubscribe</a></>}</li>)}
    </ul></>);
  });
}

function page(c: Context, site: Site, title: string, text: string, status: 200 | 400 | 404 = 200) {
  return render(c, site, { title, noShare: true }, <><h1>{title}</h1><p>{text}</p></>, status);
}

/** The client's address as the socket saw it (forwarded headers are not trusted: they can be forged). */
function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** Why the target cannot be followed (an unknown claim or story), or undefined. Entities may be followed before they are first seen. */
async function missingTarget(site: Site, s: NewSubscription): Promise<string | undefined> {
  const db = site.store.db as unknown as import('kysely').Kysely<Record<string, { id: string }>>;
  const table = s.kind === 'claim' ? 'claims' : s.kind === 'story' ? 'stories' : undefined;
  if (!table) return undefined;
  const row = await db.selectFrom(table).select('id').where('id', '=', s.target).executeTakeFirst();
  return row ? undefined : `no ${s.kind} has this id`;
}
