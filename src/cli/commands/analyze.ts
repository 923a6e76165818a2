import { Option, type Command } from 'commander';
import { loadOutlets } from '../../outlets/index.js';
import { expandInputs, isRejection, readInput, type SourceResult } from '../../source/index.js';
import { configOf, FORMATS, type CommandContext, type Format } from '../context.js';
import { analysisJson, analysisText } from '../format/article.js';
import { EXIT_REJECTED } from '../io.js';
import { processSource, rejectionLine, sourceOptions } from '../pipeline.js';

export function registerAnalyze(program: Command, ctx: CommandContext): void {
  program
    .command('analyze')
    .description('Analyse articles: who said what (speaker → stance → content), about whom, when. Nothing is stored.')
    .argument('<inputs...>', 'files (.txt .html .htm .jsonl .warc .warc.gz), folders (read recursively), globs, http(s) URLs, or - for stdin')
    .option('--allow-private', 'also fetch URLs on loopback, private and link-local addresses (a local mirror, an intranet outlet)', false)
    .addOption(new Option('--format <format>', 'json: {article, entities, statements, ...} (several inputs: one object a line, JSONL); text: the article with each statement under its sentence').choices(FORMATS).default('text'))
    .addHelpText('after', '\nStances: assert, deny, accuse, doubt, warn, demand.\nExamples:\n  isnad analyze samples/rt-dprk-troops.ar.txt\n  isnad analyze --format json samples/ > analyses.jsonl')
    .action(async (args: string[], opts: { format: Format; allowPrivate: boolean }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const registry = loadOutlets(config.outletsFile);
      const sopts = { ...sourceOptions(config, ctx.io), allowPrivate: opts.allowPrivate };
      const inputs = await expandInputs(args, sopts.cwd);
      const several = inputs.length > 1 || inputs.some((i) => !isRejection(i) && (i.kind === 'jsonl' || i.kind === 'warc'));
      for (const input of inputs) {
        const items: AsyncIterable<SourceResult> | SourceResult[] = isRejection(input) ? [input] : readInput(input, sopts);
        for await (const item of items) {
          const p = processSource(item, config, true);
          if (!p.ok) {
            ctx.io.stderr(rejectionLine(p) + '\n');
            ctx.exit(EXIT_REJECTED);
          } else if (opts.format === 'json') {
            ctx.io.stdout(JSON.stringify(analysisJson(p.analysis!), null, several ? undefined : 2) + '\n');
          } else {
            const text = analysisText(p.analysis!, registry);
            ctx.io.stdout(several ? `==> ${p.source} <==\n${text}\n` : text);
          }
        }
      }
    });
}
