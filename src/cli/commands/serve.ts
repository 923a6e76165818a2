import { redactLocation } from '../../store/dialect.js';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
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
    .option('--workers <n>', 'processes serving the pages, all on the one port (node:cluster): a number, or "auto" for one per core (env ISNAD_WORKERS; default 1: this process serves)')
    .addHelpText('after', '\nWriting (/add and POST /api/v1/articles) needs a token: set ISNAD_TOKEN; without it writing is disabled.\nStops on Ctrl-C.\nWith --workers N (N > 1), this process ingests --samples and sends the alerts, and N worker processes serve;\neach keeps its own page caches; the subscription rate limits live in the store, shared by every worker\n(and by every isnad serve on one PostgreSQL).\nExample:\n  ISNAD_TOKEN=secret isnad serve --samples --port 3000')
    .action(async (opts: { port?: string; host?: string; samples: boolean; readOnly: boolean; publicUrl?: string; workers?: string }, cmd: Command) => {
      const config = configOf(cmd, ctx);
      const workers = workersOf(opts.workers ?? (ctx.io.env.ISNAD_WORKERS || undefined));
      // Resolved here, at the edge: the web app never reads the environment.
      const writeToken = ctx.io.env.ISNAD_TOKEN || undefined;
      const publicUrl = opts.publicUrl ?? (ctx.io.env.ISNAD_PUBLIC_URL || undefined);
      if (publicUrl && !/^https?:\/\/[^/\s]+\/?$/.test(publicUrl)) throw new ConfigError(`--public-url must be an origin like https://isnad.example, not ${publicUrl}`);
      const mail = config.mail;
      const appOf = (store: Parameters<typeof createApp>[0]['store'], csrfSecret?: Uint8Array) => createApp({
        store,
        readOnly: opts.readOnly,
        ...(writeToken ? { writeToken } : {}),
        ...(publicUrl ? { publicUrl } : {}),
        // The user's outlets file (--outlets / ISNAD_OUTLETS) merged over the shipped registry, as `isnad outlets` shows it.
        outlets: loadOutlets(config.outletsFile),
        // Email subscriptions need ISNAD_SECRET to sign their links (src/alerts).
        ...(mail.secret && !opts.readOnly ? { subscriptions: { secret: mail.secret } } : {}),
        ...(csrfSecret ? { csrfSecret } : {}),
        onError: (err, where) => ctx.io.stderr(`isnad web: ${where}: ${err.message}\n`),
      });

      // A worker of `--workers N`: serves, nothing else (the primary ingests and sends alerts).
      if (cluster.isWorker) {
        const secret = Buffer.from(ctx.io.env[WORKER_CSRF_ENV] ?? '', 'hex');
        await withStore(config, ctx, async (store) => {
          const server = await listen(appOf(store, secret.length ? secret : undefined), config.port, config.host);
          await Promise.race([(ctx.io.shutdown ?? (() => new Promise<void>(() => {})))(), new Promise<void>((r) => process.once('disconnect', () => r()))]);
          await new Promise<void>((resolve) => server.close(() => resolve()));
        });
        return;
      }

      await withStore(config, ctx, async (store) => {
        if (opts.samples) {
          ctx.io.stderr(`ingesting samples from ${config.samplesDir}\n`);
          // Relative to the folder's parent, so that sources read `samples/ar/…` on every machine.
          const from = { ...sourceOptions(config, ctx.io), cwd: dirname(config.samplesDir) };
          await runIngest(ctx, (hooks) => ingest([basename(config.samplesDir)], store, config, from, hooks));
        }
        let port: number;
        let stop: () => Promise<void>;
        if (workers > 1) {
          const pool = startWorkers(workers, (line) => ctx.io.stderr(`${line}\n`));
          port = (await pool.listening) || config.port;
          stop = pool.stop;
        } else {
          const server = await listen(appOf(store), config.port, config.host);
          const address = server.address();
          port = typeof address === 'object' && address ? address.port : config.port;
          stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
        }
        const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`;
        const n = await store.countArticles();
        ctx.io.stdout(`isnad: ${n} article${n === 1 ? '' : 's'} at ${url} (store ${redactLocation(config.dbPath)})${workers > 1 ? `, ${workers} worker processes` : ''}\n`);
        if (!opts.readOnly && !writeToken) ctx.io.stderr('isnad: writing is disabled (set ISNAD_TOKEN to allow /add), or run with --read-only\n');
        const alerts = startAlerts(store.db, mail, (line) => ctx.io.stderr(`${line}\n`));
        ctx.io.onListening?.(url);
        await (ctx.io.shutdown ?? (() => new Promise<void>(() => {})))();
        await stop();
        await alerts?.stop();
      });
  });
}

/** The environment variable by which the primary hands its workers the shared CSRF secret (hex). */
const WORKER_CSRF_ENV = 'ISNAD_WORKER_CSRF_SECRET';
/** Workers at most: more processes than this only contend for the store. */
const MAX_WORKERS = 64;

/** `--workers`: a count, or `auto` (one per core); default 1. */
export function workersOf(v: string | undefined): number {
  if (v === undefined || v === '') return 1;
  if (v === 'auto') return availableParallelism();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) throw new ConfigError(`--workers must be auto or a whole number from 1 to ${MAX_WORKERS}, not ${v}`);
  return n;
}

function listen(app: ReturnType<typeof createApp>, port: number, hostname: string): Promise<ReturnType<typeof serve>> {
  return new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname }, () => resolve(s));
    s.once('error', reject);
  });
}

/**
 * Forks `n` workers running this same command (node:cluster shares the listening port among them,
 * port 0 included); one that dies is replaced. `listening` is the port once all listen.
 */
function startWorkers(n: number, log: (line: string) => void): { listening: Promise<number>; stop: () => Promise<void> } {
  const env = { [WORKER_CSRF_ENV]: randomBytes(32).toString('hex') };
  let stopping = false;
  let ready = 0;
  let port = 0;
  const listening = new Promise<number>((resolve) => {
    cluster.on('listening', (_w, address) => {
      port = address.port;
      if (++ready === n) resolve(port);
    });
  });
  cluster.on('exit', (w, code, signal) => {
    if (stopping) return;
    log(`isnad: worker ${w.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork(env);
  });
  for (let i = 0; i < n; i++) cluster.fork(env);
  const stop = async () => {
    stopping = true;
    const all = Object.values(cluster.workers ?? {}).filter((w): w is NonNullable<typeof w> => Boolean(w));
    await Promise.all(all.map((w) => new Promise<void>((resolve) => {
      if (w.isDead()) return resolve();
      w.once('exit', () => resolve());
      w.disconnect();
    })));
  };
  return { listening, stop };
}
