import type { ConfigFlags, Env } from './index.js';

// The mail settings of subscriptions and alerts (src/alerts), resolved with the rest of the config,
// once, at the edge: flag > env ISNAD_* > default (STYLE.md §12). No stage reads the environment.

/** Where links in emails point when neither --public-url nor ISNAD_PUBLIC_URL is given. */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:8080';
export const DEFAULT_MAIL_FROM = 'isnad <alerts@localhost>';

export interface MailConfig {
  /** ISNAD_SMTP_URL (`smtp://…`, `smtps://…`); unset: messages wait in the outbox. */
  readonly smtpUrl: string | undefined;
  /** ISNAD_SECRET: signs confirmation and unsubscribe links; unset: subscriptions are not served. */
  readonly secret: string | undefined;
  /** --public-url / ISNAD_PUBLIC_URL: the site's origin in links, no trailing slash. */
  readonly publicUrl: string;
  /** ISNAD_MAIL_FROM: `isnad <alerts@isnad.example>`. */
  readonly from: string;
  /** The From address's domain: Message-IDs and the mailto unsubscribe address. */
  readonly domain: string;
}


export function resolveMail(flags: ConfigFlags, env: Env): { ok: true; mail: MailConfig } | { ok: false; problem: string } {
  const smtpUrl = env.ISNAD_SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^\s/]+/i.test(smtpUrl)) return { ok: false, problem: 'ISNAD_SMTP_URL must be an smtp:// or smtps:// URL' };
  const from = env.ISNAD_MAIL_FROM || DEFAULT_MAIL_FROM;
  const domain = /@([^@<>\s]+)>?\s*$/.exec(from)?.[1];
  if (!domain || /[\r\n]/.test(from)) return { ok: false, problem: `ISNAD_MAIL_FROM must be one address, like "isnad <alerts@isnad.example>", not ${JSON.stringify(from)}` };
  const publicUrl = flags.publicUrl ?? (env.ISNAD_PUBLIC_URL || DEFAULT_PUBLIC_URL);
  if (!/^https?:\/\/[^/\s]+\/?$/.test(publicUrl)) return { ok: false, problem: `the public URL must be an origin like https://isnad.example, not ${publicUrl}` };
  return {
    ok: true,
    mail: Object.freeze({ smtpUrl, secret: env.ISNAD_SECRET || undefined, publicUrl: publicUrl.replace(/\/+$/, ''), from, domain }),
  };
}
