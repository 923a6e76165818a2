import { Option, type Command } from 'commander';
import { LANGS, type Lang } from '../../model/index.js';
import { configOf, FORMATS, positiveInt, withStore, type CommandContext, type Format } from '../context.js';
import { highlighterFor } from '../format/highlight.js';

export function registerSearch(program: Command, ctx: CommandContext): void {
  program
    .command('search')
    .description('Search stored articles. Arabic words match whatever their diacritics, alef/yeh/teh-marbuta forms and proclitics (الكرملين finds بالكرملين, والكرملين); every word must match.')
    .argument('<query...>', 'words to look for')
    .option('--limit <n>', 'at most this many results', positiveInt, 20)
    .addOption(new Option('--lang <lang>', 'only articles in this language').choices(LANGS.filter((l) => l !== 'und')))
    .addOption(new Option('--format <format>', 'text: outlet, title and a snippet with the matches highlighted; json: an array of results').choices(FORMATS).default('text'))
    .addHelpText('after', '\nExamples:\n  isnad search الكرملين\n  isnad search --lang en --limit 5 Pyongyang')
    .action(async (words: string[], opts: { limit: number; lang?: Lang; format: Format }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const highlight = opts.format === 'json' ? (w: string) => w : highlighterFor(ctx.io);
      const hits = await withStore(config, ctx, (store) => store.search(words.join(' '), { limit: opts.limit, lang: opts.lang, highlight }));
      if (opts.format === 'json') {
        ctx.io.stdout(JSON.stringify(hits, null, 2) + '\n');
        return;
      }
      if (!hits.length) {
        ctx.io.stderr(`no article matches ${words.join(' ')}\n`);
        return;
      }
      for (const h of hits) {
        const meta = [h.outlet ?? h.site ?? h.source, h.language, h.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
        ctx.io.stdout(`${h.title}\n  ${meta} · ${h.id}\n  ${h.snippet}\n\n`);
      }
    });
}
