import type { Command } from 'commander';
import { redactLocation } from '../../store/index.js';
import { configOf, withStore, type CommandContext } from '../context.js';

export function registerMigrate(program: Command, ctx: CommandContext): void {
  program
    .command('migrate')
    .description('Create the store or bring its schema up to date (every command does so when it opens the store), and print its version: the last migration applied.')
    .addHelpText('after', '\nExamples:\n  isnad migrate\n  isnad --db postgres://isnad@db.example/isnad migrate')
    .action(async (_opts: unknown, cmd: Command) => {
      const config = configOf(cmd, ctx);
      await withStore(config, ctx, async (store) => {
        const applied = store.applied.length ? `applied ${store.applied.join(', ')}` : 'up to date';
        ctx.io.stderr(`isnad: ${redactLocation(store.path)} (${store.dialect}): ${applied}\n`);
        ctx.io.stdout(`${(await store.version()) ?? 'none'}\n`);
      });
    });
}
