import { Option, type Command } from 'commander';
import { linksOf } from '../../alerts/links.js';
import { smtpMailer } from '../../alerts/mailer.js';
import { drainOutbox } from '../../alerts/sender.js';
import { alertsDb, listOutbox, outboxCounts, type OutboxRow, type OutboxStatus } from '../../store/alerts.js';
import { OUTBOX_STATUSES } from '../../store/migrations/005-alerts.js';
import { configOf, FORMATS, withStore, type CommandContext, type Format } from '../context.js';
import { EXIT_REJECTED, EXIT_USAGE } from '../io.js';

export function registerOutbox(program: Command, ctx: CommandContext): void {
  program
    .command('outbox')
    .description('Messages waiting to be sent (confirmations, alerts, digests), and those that failed; --send sends what is due through ISNAD_SMTP_URL.')
    .addOption(new Option('--status <status>', 'only rows with this status').choices([...OUTBOX_STATUSES]))
    .option('--send', 'send what is due now (needs ISNAD_SMTP_URL and ISNAD_SECRET)')
    .addOption(new Option('--format <format>', 'json: an array of rows; text: a line a row').choices(FORMATS).default('text'))
    .action(async (opts: { status?: OutboxStatus; send?: boolean; format: Format }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const mail = config.mail;
      const now = ctx.io.now ?? (() => new Date());
      await withStore(config, ctx, async (store) => {
        const db = alertsDb(store.db);
        if (opts.send) {
          if (!mail.smtpUrl || !mail.secret) {
            ctx.io.stderr('isnad: outbox --send needs ISNAD_SMTP_URL (where to send) and ISNAD_SECRET (signs the links); the messages stay in the outbox.\n');
            ctx.exit(EXIT_USAGE);
            return;
          }
          const mailer = smtpMailer({ url: mail.smtpUrl, from: mail.from });
          try {
            const r = await drainOutbox({ db: store.db, mailer, links: linksOf({ ...mail, secret: mail.secret }, now), domain: mail.domain, now });
            ctx.io.stderr(`isnad: outbox: ${r.sent} sent, ${r.retried} to retry, ${r.failed} failed\n`);
            for (const e of r.errors) ctx.io.stderr(`isnad: outbox: ${e}\n`);
            if (r.failed || r.retried) ctx.exit(EXIT_REJECTED);
          } finally {
            mailer.close();
          }
        }
        const rows = await listOutbox(db, opts.status ? { status: opts.status } : {});
        if (opts.format === 'json') ctx.io.stdout(JSON.stringify(rows.map(({ payload, ...r }) => ({ ...r, payload: JSON.parse(payload) as unknown })), null, 2) + '\n');
        else {
          const c = await outboxCounts(db);
          ctx.io.stdout(`${c.queued} queued, ${c.sending} sending, ${c.sent} sent, ${c.failed} failed${mail.smtpUrl ? '' : ' (no ISNAD_SMTP_URL: nothing is sent)'}\n`);
          for (const r of rows) ctx.io.stdout(outboxLine(r) + '\n');
        }
      });
    });
}

function outboxLine(r: OutboxRow): string {
  const when = r.status === 'sent' ? `sent ${r.sent_at}` : `next ${r.next_attempt_at}`;
  return [r.id, r.status, r.kind, `subscription ${r.subscription_id ?? '-'}`, `attempts ${r.attempts}`, when, ...(r.last_error ? [`error: ${r.last_error}`] : [])].join('\t');
}
