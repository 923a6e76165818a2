import type { MailConfig } from '../config/index.js';
import type { MailLinks } from './message.js';
import { signToken, type TokenPurpose } from './tokens.js';

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
  const url = (path: string, purpose: TokenPurpose, ids: number | readonly number[]) =>
    `${base}${path}?token=${encodeURIComponent(signToken(o.secret, purpose, ids, o.now()))}`;
  return {
    base,
    confirm: (id) => url('/subscriptions/confirm', 'confirm', id),
    unsubscribe: (ids) => url('/subscriptions/unsubscribe', 'unsubscribe', ids),
    manage: (id) => url('/subscriptions/manage', 'manage', id),
    unsubscribeMailto: (ids) => `mailto:${o.mailto}?subject=${encodeURIComponent(`unsubscribe ${signToken(o.secret, 'unsubscribe', ids, o.now())}`)}`,
  };
}

/** The links of the configured site (config.mail, src/config/mail.ts), signed with its secret. */
export function linksOf(mail: MailConfig & { secret: string }, now: () => Date): MailLinks {
  return mailLinks({ base: mail.publicUrl, secret: mail.secret, mailto: `unsubscribe@${mail.domain}`, now });
}
