import { InvalidArgumentError, Option, type Command } from 'commander';
import { alertsDb, listSubscriptions, unsubscribe, type Subscription } from '../../store/alerts.js';
import { configOf, FORMATS, withStore, type CommandContext, type Format } from '../context.js';
import { EXIT_REJECTED } from '../io.js';

const subscriptionId = (v: string) => {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a subscription number (see isnad subscriptions list).');
  return Number(v);
};

export function registerSubscriptions(program: Command, ctx: CommandContext): void {
  const subs = program.command('subscriptions').description('Email subscriptions (made on the web site, confirmed by email): list, remove.');

  subs
    .command('list')
    .description('Every subscription: address, what it follows, how, its status.')
    .option('--email <address>', 'only this address\'s')
    .addOption(new Option('--format <format>', 'json: an array; text: a line each').choices(FORMATS).default('text'))
    .action(async (opts: { email?: string; format: Format }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const list = await withStore(config, ctx, (store) => listSubscriptions(alertsDb(store.db), opts.email?.toLowerCase()));
      if (opts.format === 'json') ctx.io.stdout(JSON.stringify(list, null, 2) + '\n');
      else if (!list.length) ctx.io.stdout('no subscriptions\n');
      else for (const s of list) ctx.io.stdout(line(s) + '\n');
    });

  subs
    .command('remove')
    .description('Unsubscribe (what was still queued for it is dropped; the row stays, marked unsubscribed).')
    .argument('<id>', 'the subscription\'s number', subscriptionId)
    .action(async (id: number, _opts: unknown, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const done = await withStore(config, ctx, (store) => unsubscribe(alertsDb(store.db), id));
      if (done) ctx.io.stdout(`unsubscribed: subscription ${id}\n`);
      else {
        ctx.io.stderr(`isnad: ${id}: no such active subscription (see isnad subscriptions list)\n`);
        ctx.exit(EXIT_REJECTED);
      }
    });
}

const line = (s: Subscription) => [s.id, s.email, `${s.kind} ${s.target}`, s.mode, s.status, `since ${s.confirmed_at ?? s.created_at}`].join('\t');
