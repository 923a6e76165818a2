import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_EVERY_SECONDS, formatEvery, parseEvery } from '../../feeds/index.js';
import { feedsStore, type FeedWithCounts } from '../../store/feeds.js';
import { configOf, FORMATS, withStore, type CommandContext, type Format } from '../context.js';
import { EXIT_REJECTED } from '../io.js';

/** Commander parser of a feed URL: http(s) only, written as the URL parser writes it. */
function feedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('not a URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('only http and https feeds are followed.');
  return url.href;
}

function every(value: string): number {
  const r = parseEvery(value);
  if (!r.ok) throw new InvalidArgumentError(`${r.message}.`);
  return r.seconds;
}

export function registerFeeds(program: Command, ctx: CommandContext): void {
  const feeds = program
    .command('feeds')
    .description('The feeds (RSS, Atom, JSON Feed) that `isnad watch` follows: add, list, remove.');

  feeds
    .command('add')
    .description('Follow a feed: `isnad watch` polls it (due at once) and stores each new item.')
    .argument('<url>', 'the feed\'s http(s) URL', feedUrl)
    .option('--every <interval>', 'how often to poll: 90s, 15m, 2h, 1d (a bare number is minutes)', every, DEFAULT_EVERY_SECONDS)
    .action(async (url: string, opts: { every: number }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const now = (ctx.io.now ?? (() => new Date()))().toISOString();
      const r = await withStore(config, ctx, (store) => feedsStore(store.db).add(url, opts.every, now));
      ctx.io.stdout(`${r.status === 'added' ? 'following' : 'already following'}: feed ${r.feed.id} ${r.feed.url} every ${formatEvery(r.feed.everySeconds)}\n`);
    });

  feeds
    .command('list')
    .description('The feeds followed: when each was polled, when it is due, what came of its items, its last error.')
    .addOption(new Option('--format <format>', 'json: an array of feeds; text: a line a feed').choices(FORMATS).default('text'))
    .action(async (opts: { format: Format }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const list = await withStore(config, ctx, (store) => feedsStore(store.db).list());
      if (opts.format === 'json') ctx.io.stdout(JSON.stringify(list, null, 2) + '\n');
      else if (!list.length) ctx.io.stdout('no feeds followed (isnad feeds add URL)\n');
      else for (const f of list) ctx.io.stdout(feedLine(f) + '\n');
    });

  feeds
    .command('remove')
    .description('Stop following a feed (its stored articles stay).')
    .argument('<url-or-id>', 'the feed\'s URL or its number in `isnad feeds list`')
    .action(async (which: string, _opts: unknown, cmd: Command) => {
      const config = configOf(cmd, ctx);
      // A URL is matched as `feeds add` wrote it (lower-case host, a slash after a bare host).
      const key = /^\d+$/.test(which) ? Number(which) : URL.canParse(which) ? new URL(which).href : which;
      const gone = await withStore(config, ctx, (store) => feedsStore(store.db).remove(key));
      if (gone) ctx.io.stdout(`no longer following: feed ${gone.id} ${gone.url}\n`);
      else {
        ctx.io.stderr(`isnad: ${which}: no such feed (see isnad feeds list)\n`);
        ctx.exit(EXIT_REJECTED);
      }
    });
}

function feedLine(f: FeedWithCounts): string {
  const polled = f.lastPolledAt ? `polled ${f.lastPolledAt}` : 'never polled';
  const items = `${f.items.stored} stored, ${f.items['fetch-failed-kept-feed-text']} kept from the feed's text, ${f.items.rejected} rejected`;
  return [`${f.id}`, f.url, `every ${formatEvery(f.everySeconds)}`, polled, `next ${f.nextPollAt}`, items, ...(f.error ? [`error: ${f.error}`] : [])].join('\t');
}
