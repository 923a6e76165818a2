import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/index.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerArticle } from './commands/article.js';
import { registerClaim } from './commands/claim.js';
import { registerClaims } from './commands/claims.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerFeeds } from './commands/feeds.js';
import { registerImport } from './commands/import.js';
import { registerIngest } from './commands/ingest.js';
import { registerMigrate } from './commands/migrate.js';
import { registerOutbox } from './commands/outbox.js';
import { registerOutlets } from './commands/outlets.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerStatements } from './commands/statements.js';
import { registerSubscriptions } from './commands/subscriptions.js';
import { registerUnsubscribeMail } from './commands/unsubscribe-mail.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';
import type { CommandContext } from './context.js';
import { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, processIo, type Io } from './io.js';

export const VERSION = '0.1.0';

/**
 * The isnad command line. `argv` is like process.argv (node, script, args...).
 * Returns the exit code: 0 done, 1 input rejected, 2 usage error.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code = EXIT_OK;
  const ctx: CommandContext = { io, exit: (c) => (code = Math.max(code, c)) };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (e instanceof ConfigError) {
      io.stderr(`isnad: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`isnad: ${err.message}\n`);
    if (io.env.ISNAD_DEBUG === '1' && err.stack) io.stderr(`${err.stack}\n`);
    // Unexpected: the contract has three codes, and this is not a usage error.
    return EXIT_REJECTED;
  }
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('isnad')
    .description('Who said what in the news, in Arabic and English: extract articles, find attributed statements, store and search them.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .option('--outlets <file>', 'your outlets file (same columns as data/outlets/outlets.tsv), merged over the shipped registry by id (env ISNAD_OUTLETS)')
    .option('--db <path>', 'the store: a SQLite file, or a PostgreSQL URL postgres://user@host/db (env ISNAD_DB; default $XDG_DATA_HOME/isnad/isnad.db or ~/.local/share/isnad/isnad.db)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) })
    .addHelpText('after', `
Exit codes: 0 done, 1 an input was rejected (the message names it and says why), 2 usage error.
Environment: ISNAD_DB, ISNAD_OUTLETS, ISNAD_PORT, ISNAD_HOST, ISNAD_MAX_BYTES, ISNAD_FETCH_TIMEOUT_MS, ISNAD_DEBUG=1 (stack traces).`);
  registerExtract(program, ctx);
  registerAnalyze(program, ctx);
  registerIngest(program, ctx);
  registerSearch(program, ctx);
  registerStatements(program, ctx);
  registerArticle(program, ctx);
  registerClaims(program, ctx);
  registerClaim(program, ctx);
  registerServe(program, ctx);
  registerFeeds(program, ctx);
  registerWatch(program, ctx);
  registerWorker(program, ctx);
  registerMigrate(program, ctx);
  registerExport(program, ctx);
  registerImport(program, ctx);
  registerSubscriptions(program, ctx);
  registerUnsubscribeMail(program, ctx);
  registerOutbox(program, ctx);
  registerOutlets(program, ctx);
  return program;
}
