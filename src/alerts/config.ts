import type { Env } from '../config/index.js';
import { mailLinks } from './links.js';
import type { MailLinks } from './message.js';

// The mail settings, resolved once from the environment at the edge (STYLE.md §12).

/** Where links in emails point when ISNAD_PUBLIC_URL is unset. */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:8080';
export const DEFAULT_MAIL_FROM = 'isnad <alerts@localhost>';

export interface AlertsConfig {
  /** ISNAD_SMTP_URL; unset: messages wait in the outbox. */
  readonly smtpUrl: string | undefined;
  /** ISNAD_SECRET: signs confirmation and unsubscribe links; unset: subscriptions are not served. */
  readonly secret: string | undefined;
  /** ISNAD_PUBLIC_URL: the site's origin in links. */
  readonly publicUrl: string;
  /** ISNAD_MAIL_FROM. */
  readonly from: string;
  /** The From address's domain: Message-IDs and the mailto unsubscribe address. */
  readonly domain: string;
}

export function alertsConfig(env: Env): AlertsConfig {
  const from = env.ISNAD_MAIL_FROM ?? DEFAULT_MAIL_FROM;
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return Object.freeze({
    smtpUrl: env.ISNAD_SMTP_URL || undefined,
    secret: env.ISNAD_SECRET || undefined,
    publicUrl: (env.ISNAD_PUBLIC_URL ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, ''),
    from,
    domain,
  });
}

export function linksOf(c: AlertsConfig & { secret: string }, now: () => Date): MailLinks {
  return mailLinks({ base: c.publicUrl, secret: c.secret, mailto: `unsubscribe@${c.domain}`, now });
}
