import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { MailConfig } from '../config/index.js';
import { linksOf } from './links.js';
import { smtpMailer } from './mailer.js';
import { startSender, type BackgroundSender } from './sender.js';

/**
 * The outbox sender `isnad serve` runs beside the web app, when ISNAD_SMTP_URL and ISNAD_SECRET are
 * set; otherwise undefined and messages wait in the outbox (`isnad outbox`). Errors and each drain's
 * failures go to `log` (STYLE.md §16).
 */
export function startAlerts(db: Kysely<Database>, mail: MailConfig, log: (line: string) => void, now: () => Date = () => new Date()): BackgroundSender | undefined {
  if (!mail.smtpUrl || !mail.secret) return undefined;
  const mailer = smtpMailer({ url: mail.smtpUrl, from: mail.from });
  const sender = startSender({
    db, mailer, links: linksOf({ ...mail, secret: mail.secret }, now), domain: mail.domain, now,
    onError: (e) => log(`isnad alerts: ${e.message}`),
    onReport: (r) => { for (const e of r.errors) log(`isnad alerts: ${e}`); },
  });
  return { stop: async () => { await sender.stop(); mailer.close(); } };
}
