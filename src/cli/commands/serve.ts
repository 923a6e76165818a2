import { redactLocation } from '../../store/dialect.js';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { basename, dirname } from 'node:path';
import { startAlerts } from '../../alerts/background.js';
import { ConfigError } from '../../config/index.js';
import { loadOutlets } from '../../outlets/index.js';
import { createApp } from '../../web/index.js';
import { configOf, withStore, type CommandContext } from '../context.js';
import { ingest, sourceOptions } from '../pipeline.js';
import { runIngest } from './ingest.js';

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('Serve the web pages: stored articles, one article with its statements, search.')
    .option('--port <port>', 'TCP port (env ISNAD_PORT; default 8080)')
    .option('--host <host>', 'interface to listen on (env ISNAD_HOST; default 127.0.0.1, this machine only; 0.0.0.0 for every interface)')
    .option('--samples', "ingest the project's samples/ folder first (idempotent: articles already stored are skipped)", false)
    .option('--read-only', 'serve no write route at all (no /add page, no POST /api/v1/articles)', false)
    .option('--public-url <url>', 'public origin used in canonical, share and feed links (env ISNAD_PUBLIC_URL; default: each request\'s own)')
    .addHelpText('after', '\nWriting (/add and POST /api/v1/articles) needs a token: set ISNAD_TOKEN; without it writing is disabled.\nStops on Ctrl-C.\nExample:\n  ISNAD_TOKEN=secret isnad serve --samples --port 3000')
    .action(async (opts: { port?: string; host?: string; samples: boolean; readOnly: boolean; publicUrl?: string }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      // Resolved here, at the edge: the web app never reads the environment.
      const writeToken = ctx.io.env.ISNAD_TOKEN || undefined;
      const publicUrl = opts.publicUrl ?? (ctx.io.env.ISNAD_PUBLIC_URL || undefined);
      if (publicUrl && !/^https?:\/\/[^/\s]+\/?$/.test(publicUrl)) throw new ConfigError(`--public-url must be an origin like https://isnad.example, not ${publicUrl}`);
      const mail = config.mail;
      await withStore(config, ctx, async (store) => {
        if (opts.samples) {
          ctx.io.stderr(`ingesting samples from ${config.samplesDir}\n`);
          // Relative to the folder's parent, so that sources read `samples/ar/…` on every machine.
          const from = { ...sourceOptions(config, ctx.io), cwd: dirname(config.samplesDir) };
          await runIngest(ctx, (hooks) => ingest([basename(config.samplesDir)], store, config, from, hooks));
        }
        const app = createApp({
          store,
          readOnly: opts.readOnly,
          ...(writeToken ? { writeToken } : {}),
          ...(publicUrl ? { publicUrl } : {}),
          // The user's outlets file (--outlets / ISNAD_OUTLETS) merged over the shipped registry, as `isnad outlets` shows it.
          outlets: loadOutlets(config.outletsFile),
          // Email subscriptions need ISNAD_SECRET to sign their links (src/alerts).
          ...(mail.secret && !opts.readOnly ? { subscriptions: { secret: mail.secret } } : {}),
          onError: (err, where) => ctx.io.stderr(`isnad web: ${where}: ${err.message}\n`),
        });
        const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
          const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
          s.once('error', reject);
        });
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : config.port;
        const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`;
        const n = await store.countArticles();
        ctx.io.stdout(`isnad: ${n} article${n === 1 ? '' : 's'} at ${url} (store ${redactLocation(config.dbPath)})\n`);
        if (!opts.readOnly && !writeToken) ctx.io.stderr('isnad: writing is disabled (set ISNAD_TOKEN to allow /add), or run with --read-only\n');
        const alerts = startAlerts(store.db, mail, (line) => ctx.io.stderr(`${line}\n`));
        ctx.io.onListening?.(url);
        await (ctx.io.shutdown ?? (() => new Promise<void>(() => {})))();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await alerts?.stop();
      });
    });
}
