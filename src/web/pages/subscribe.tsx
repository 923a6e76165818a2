/** @jsxImportSource hono/jsx */
import { EMAIL_MAX_CHARS as EMAIL_MAX, TARGET_MAX_CHARS as TARGET_MAX } from '../../alerts/validate.js';
import { SUBSCRIPTION_KINDS } from '../../store/migrations/005-alerts.js';
import { CSRF_FIELD } from '../add/csrf.js';

export type SubscribeKind = (typeof SUBSCRIPTION_KINDS)[number];

const WHAT: Record<SubscribeKind, string> = {
  claim: 'this claim', entity: 'statements by and about this entity', story: 'this story', search: 'this search', outlet: 'this outlet',
};

/** Immediate or daily: two radio buttons, immediate checked. */
function ModeChoice({ id }: { id: string }) {
  return <fieldset class="mode">
    <legend>How often</legend>
    <label><input type="radio" name="mode" value="immediate" checked id={`${id}-immediate`} /> an email per new statement</label>
    <label><input type="radio" name="mode" value="digest" id={`${id}-digest`} /> a daily digest</label>
  </fieldset>;
}

/**
 * "Get alerts by email" on a claim, entity, story, search or outlet page: what is followed is fixed
 * by the page (hidden fields); the reader gives an address and picks immediate or daily. Works without JS.
 */
export function SubscribeBox({ kind, target, csrf }: { kind: SubscribeKind; target: string; csrf: string }) {
  const id = 'subscribe';
  return <section class="subscribe" aria-labelledby={`${id}-h`}>
    <h2 id={`${id}-h`}>Get alerts by email</h2>
    <form method="post" action="/subscriptions" class="subscribe">
      <p class="meta">New statements on {WHAT[kind]}, sent to you once you confirm your address.</p>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name={CSRF_FIELD} value={csrf} />
      <label for={`${id}-email`}>Email</label>
      <input type="email" id={`${id}-email`} name="email" required maxlength={EMAIL_MAX} autocomplete="email" />
      <ModeChoice id={id} />
      <button type="submit">Subscribe</button>
    </form>
  </section>;
}

/** The stand-alone form (/subscriptions/new, and again after a refusal): every field editable. */
export function SubscribeForm(props: { kind: string; target: string; csrf: string; email?: string }) {
  return <form method="post" action="/subscriptions" class="subscribe">
    <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
    <label>Email <input type="email" name="email" value={props.email ?? ''} required maxlength={EMAIL_MAX} autocomplete="email" /></label>
    <label>Follow <select name="kind">{SUBSCRIPTION_KINDS.map((k) => <option value={k} selected={k === props.kind}>{k}</option>)}</select></label>
    <label>What <input type="text" name="target" value={props.target} required maxlength={TARGET_MAX} /></label>
    <ModeChoice id="subscribe-new" />
    <button type="submit">Subscribe</button>
  </form>;
}
