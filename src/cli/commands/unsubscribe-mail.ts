import type { Command } from 'commander';
import { followsLabel } from '../../alerts/message.js';
import { MESSAGE_MAX_BYTES, readUnsubscribeMail, unsubscribeNamed, type MailUnsubscribe, type Refusal } from '../../alerts/unsubscribe-mail.js';
import { ConfigError } from '../../config/index.js';
import { alertsDb } from '../../store/alerts.js';
import { configOf, withStore, type CommandContext } from '../context.js';

// `isnad unsubscribe-mail`: what an MTA pipes the mail sent to unsubscribe@DOMAIN into (the mailto of
// List-Unsubscribe). It answers in sysexits(3) codes, which pipe transports turn into a bounce (5xx),
// a retry (4xx) or delivery, and in one line: never a stack trace into a bounce message.

/** The message carries no usable token: the MTA bounces it. */
export const EX_DATAERR = 65;
/** The token is good but its subscriptions no longer exist: "no such user". */
export const EX_NOUSER = 67;
/** The store cannot be reached: the MTA keeps the message and tries again later. */
export const EX_TEMPFAIL = 75;
/** ISNAD_SECRET (or another setting) is missing or wrong. */
export const EX_CONFIG = 78;

/** Each refusal's line and code. */
const REFUSALS: Record<Refusal, { code: number; line: string }> = {
  'unreadable': { code: EX_DATAERR, line: 'the input is not a mail message (expected one raw RFC 5322 message on stdin)' },
  'no-token': { code: EX_DATAERR, line: 'no unsubscribe token in the Subject or the body (expected the Subject "unsubscribe TOKEN" of an alert\'s List-Unsubscribe)' },
  'malformed': { code: EX_DATAERR, line: 'the unsubscribe token is malformed (cut or changed on the way?)' },
  'bad-signature': { code: EX_DATAERR, line: 'the unsubscribe token was not signed by this site (forged, or ISNAD_SECRET changed since)' },
  'wrong-purpose': { code: EX_DATAERR, line: 'the token is not an unsubscribe token (a confirmation or manage link\'s?)' },
  'expired': { code: EX_DATAERR, line: 'the unsubscribe token has expired: use the unsubscribe link of a recent alert' },
  'unknown-subscription': { code: EX_NOUSER, line: 'the subscriptions of this token no longer exist' },
};

export function registerUnsubscribeMail(program: Command, ctx: CommandContext): void {
  program
    .command('unsubscribe-mail')
    .description('Read one mail message on stdin, as an MTA pipes it, and unsubscribe what the token in its Subject (or body) names.')
    .addHelpText('after', `
Alert emails offer List-Unsubscribe: <mailto:unsubscribe@DOMAIN?subject=unsubscribe TOKEN>, DOMAIN
being ISNAD_MAIL_FROM's. Deliver that address to this command. Example, in /etc/aliases (Postfix or
Exim; then run newaliases):
  unsubscribe: "|/usr/local/bin/isnad unsubscribe-mail"
A pipe runs with a bare environment: give it ISNAD_DB and ISNAD_SECRET as serve has them (Postfix's
import_environment, Exim's pipe transport environment), or alias to a script that sets them and runs this.
Exit codes (sysexits): 0 unsubscribed (or already), ${EX_DATAERR} no valid token (bounced), ${EX_NOUSER} its
subscriptions no longer exist, ${EX_TEMPFAIL} the store is unavailable (the MTA retries), ${EX_CONFIG} ISNAD_SECRET
or the configuration is wrong.
Reads at most ${MESSAGE_MAX_BYTES / 1024 / 1024} MiB of a message.`)
    .action(async (_opts: unknown, cmd: Command) => {
      const fail = (code: number, line: string) => {
        ctx.io.stderr(`isnad unsubscribe-mail: ${line}\n`);
        ctx.exit(code);
      };
      let config;
      try {
        config = configOf(cmd, ctx);
      } catch (e) {
        if (e instanceof ConfigError) return fail(EX_CONFIG, e.message);
        throw e;
      }
      const secret = config.mail.secret;
      if (!secret) return fail(EX_CONFIG, 'ISNAD_SECRET is not set: it signs the unsubscribe tokens this command checks');
      const raw = await readBounded(ctx.io.stdin, MESSAGE_MAX_BYTES);
      const token = await readUnsubscribeMail(raw, secret, (ctx.io.now ?? (() => new Date()))());
      if (!token.ok) return fail(REFUSALS[token.reason].code, REFUSALS[token.reason].line);
      let r: MailUnsubscribe;
      try {
        r = await withStore(config, ctx, (store) => unsubscribeNamed(alertsDb(store.db), token.subscriptionIds));
      } catch (e) {
        return fail(EX_TEMPFAIL, `the store is unavailable, try again later: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      if (!r.ok) return fail(REFUSALS[r.reason].code, REFUSALS[r.reason].line);
      const what = r.subscriptions.map(followsLabel).join(', ');
      ctx.io.stdout(`${r.changed ? 'unsubscribed' : 'already unsubscribed'}: ${r.email} from ${what}\n`);
    });
}

/** Stdin up to `max` bytes; the rest is read and dropped, so the MTA's pipe never breaks. */
async function readBounded(stdin: AsyncIterable<Uint8Array | string>, max: number): Promise<Uint8Array> {
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (size < max) kept.push(b.subarray(0, max - size));
    size += b.length;
  }
  return Buffer.concat(kept);
}
