import { Option, type Command } from 'commander';
import { expandInputs, isRejection, readInput, type SourceResult } from '../../source/index.js';
import { configOf, FORMATS, type CommandContext, type Format } from '../context.js';
import { articleText } from '../format/article.js';
import { EXIT_REJECTED } from '../io.js';
import { processSource, rejectionLine, sourceOptions } from '../pipeline.js';

export function registerExtract(program: Command, ctx: CommandContext): void {
  program
    .command('extract')
    .description('Extract the clean article (title, dek, outlet, paragraphs; boilerplate removed) from a file, folder, URL or stdin.')
    .argument('<inputs...>', 'files (.txt .html .htm .jsonl .warc .warc.gz), folders (read recursively), globs, http(s) URLs, or - for stdin')
    .option('--allow-private', 'also fetch URLs on loopback, private and link-local addresses (a local mirror, an intranet outlet)', false)
    .addOption(new Option('--format <format>', 'json: the article object; text: readable text. Several inputs (or a folder, or JSONL) print JSONL, one article a line with its source, unless --format text is given').choices(FORMATS).default('text'))
    .addHelpText('after', '\nExamples:\n  isnad extract article.html\n  isnad extract --format json https://example.org/news/1\n  cat page.html | isnad extract -')
    .action(async (args: string[], opts: { format: Format; allowPrivate: boolean }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const sopts = { ...sourceOptions(config, ctx.io), allowPrivate: opts.allowPrivate };
      const inputs = await expandInputs(args, sopts.cwd);
      const several = inputs.length > 1 || inputs.some((i) => !isRejection(i) && (i.kind === 'jsonl' || i.kind === 'warc'));
      const format = several && cmd.getOptionValueSource('format') === 'default' ? 'jsonl' : opts.format;
      for (const input of inputs) {
        const items: AsyncIterable<SourceResult> | SourceResult[] = isRejection(input) ? [input] : readInput(input, sopts);
        for await (const item of items) {
          const p = processSource(item, config, false);
          if (!p.ok) {
            ctx.io.stderr(rejectionLine(p) + '\n');
            ctx.exit(EXIT_REJECTED);
          } else if (format === 'jsonl' || (format === 'json' && several)) {
            ctx.io.stdout(JSON.stringify(p.article) + '\n');
          } else if (format === 'json') {
            ctx.io.stdout(JSON.stringify(p.article, null, 2) + '\n');
          } else {
            ctx.io.stdout(several ? `==> ${p.source} <==\n${articleText(p.article)}\n` : articleText(p.article));
          }
        }
      }
    });
}
