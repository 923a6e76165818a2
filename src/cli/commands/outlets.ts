import { Option, type Command } from 'commander';
import { loadOutlets } from '../../outlets/index.js';
import { configOf, FORMATS, type CommandContext, type Format } from '../context.js';
import { outletBlock, outletLine } from '../format/outlet.js';
import { EXIT_REJECTED } from '../io.js';

export function registerOutlets(program: Command, ctx: CommandContext): void {
  const outlets = program
    .command('outlets')
    .description('The outlets registry (data/outlets/outlets.tsv, plus --outlets FILE / ISNAD_OUTLETS): names, domains, country, ownership and its source.')
    .addHelpText('after', '\nExamples:\n  isnad outlets list\n  isnad outlets show "RT World News"\n  isnad outlets show www.bbc.co.uk/arabic\n  isnad --outlets my-outlets.tsv outlets list');
  outlets
    .command('list')
    .description('List every outlet: id, name, country, ownership (- when not known), domains.')
    .addOption(new Option('--format <format>', 'text: one outlet a line, tab-separated; json: an array of records').choices(FORMATS).default('text'))
    .action((opts: { format: Format }, cmd: Command) => {
      const registry = loadOutlets(configOf(cmd, ctx).outletsFile);
      if (opts.format === 'json') ctx.io.stdout(JSON.stringify(registry.records, null, 2) + '\n');
      else ctx.io.stdout(registry.records.map(outletLine).join('\n') + '\n');
    });
  outlets
    .command('show')
    .description('Show one outlet, found by a name (RT World News, روسيا اليوم), a domain or URL (bbc.co.uk/arabic), or its id.')
    .argument('<name-or-domain>', 'a name, a domain or URL, or an id')
    .addOption(new Option('--format <format>', 'text: the record with the source of its ownership label; json: the record').choices(FORMATS).default('text'))
    .action((query: string, opts: { format: Format }, cmd: Command) => {
      const r = loadOutlets(configOf(cmd, ctx).outletsFile).find(query);
      if (!r) {
        ctx.io.stderr(`isnad: no outlet matches "${query}" (isnad outlets list shows them all)\n`);
        ctx.exit(EXIT_REJECTED);
        return;
      }
      ctx.io.stdout(opts.format === 'json' ? JSON.stringify(r, null, 2) + '\n' : outletBlock(r).join('\n') + '\n');
    });
}
