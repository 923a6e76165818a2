import { Option, type Command } from 'commander';
import { LANGS, STANCES, type Lang, type Stance } from '../../model/index.js';
import { configOf, FORMATS, positiveInt, withStore, type CommandContext, type Format } from '../context.js';
import { loadOutlets, statementChain } from '../../outlets/index.js';
import { chainLines } from '../format/outlet.js';
import { statementLines } from '../format/statement.js';

export function registerStatements(program: Command, ctx: CommandContext): void {
  program
    .command('statements')
    .description('List stored statements (speaker → stance → content), filtered by speaker, stance and what they are about.')
    .option('--speaker <words>', "words all found in the speaker's name or description, or its entity's names (بيسكوف, Peskov)")
    .addOption(new Option('--stance <stance>', 'only this stance').choices(STANCES))
    .option('--about <words>', 'words all found in the targets of the statement or its content ("كوريا الشمالية")')
    .addOption(new Option('--lang <lang>', 'only statements from articles in this language').choices(LANGS.filter((l) => l !== 'und')))
    .option('--limit <n>', 'at most this many statements', positiveInt, 50)
    .addOption(new Option('--format <format>', 'text: one statement a block with its article; json: an array').choices(FORMATS).default('text'))
    .addHelpText('after', '\nExamples:\n  isnad statements --speaker بيسكوف\n  isnad statements --stance deny --about "كوريا الشمالية"')
    .action(async (opts: { speaker?: string; stance?: Stance; about?: string; lang?: Lang; limit: number; format: Format }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const { format, ...filter } = opts;
      const registry = loadOutlets(config.outletsFile);
      const hits = await withStore(config, ctx, async (store) => {
        const found = await store.listStatements(filter);
        // The chain needs the article's site and URLs: one read per article listed.
        const origins = new Map<string, Awaited<ReturnType<typeof store.getArticle>>>();
        for (const id of new Set(found.map((s) => s.article.id))) origins.set(id, await store.getArticle(id));
        return found.map((s) => ({ ...s, chain: statementChain(s, { ...s.article, ...origins.get(s.article.id)?.article }, registry) }));
      });
      if (format === 'json') {
        ctx.io.stdout(JSON.stringify(hits, null, 2) + '\n');
        return;
      }
      if (!hits.length) ctx.io.stderr('no statement matches\n');
      for (const s of hits) {
        const meta = [s.article.outlet, s.article.publishedAt?.slice(0, 10), s.article.id].filter(Boolean).join(' · ');
        ctx.io.stdout([...statementLines(s, s.article.language, ''), ...chainLines(s.chain), `  — ${s.article.title}`, `    ${meta}`, ''].join('\n') + '\n');
      }
    });
}
