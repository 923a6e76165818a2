import type { MailLinks } from './message.js';
import { signToken } from './tokens.js';

// The signed links of emails, for the site at `base` (ISNAD_PUBLIC_URL).

export interface LinkOptions {
  base: string;
  secret: string;
  /** Address that unsubscribes by mail (List-Unsubscribe's mailto); its subject carries the token. */
  mailto: string;
  now: () => Date;
}

export function mailLinks(o: LinkOptions): MailLinks {
  const base = o.base.replace(/\/+$/, '');
  const url = (path: string, purpose: 'confirm' | 'unsubscribe' | 'manage', id: number) =>
    `${base}${path}?token=${encodeURIComponent(signToken(o.secret, purpose, id, o.now()))}`;
  return {
    base,
    confirm: (id) => url('/subscriptions/confirm', 'confirm', id),
    unsubscribe: (id) => url('/subscriptions/unsubscribe', 'unsubscribe', id),
    manage: (id) => url('/subscriptions/manage', 'manage', id),
    unsubscribeMailto: (id) => `mailto:${o.mailto}?subject=${encodeURIComponent(`unsubscribe ${signToken(o.secret, 'unsubscribe', id, o.now())}`)}`,
  };
}
