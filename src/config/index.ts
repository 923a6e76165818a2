import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveMail, type MailConfig } from './mail.js';

export type { MailConfig } from './mail.js';

/** Everything a command needs to know about its surroundings, resolved once (flag > env ISNAD_* > default). */
export interface Config {
  /** The store: a SQLite file (resolved to an absolute path), or a PostgreSQL URL as given. */
  readonly dbPath: string;
  /** Which database `dbPath` names: `postgres://…` or `postgresql://…` is PostgreSQL, anything else SQLite. */
  readonly dbDialect: 'sqlite' | 'postgres';
  /** `serve`: TCP port. */
  readonly port: number;
  /** `serve`: interface to listen on. localhost by default: exposing the store is a choice. */
  readonly host: string;
  /** Folder ingested by `serve --samples`. */
  readonly samplesDir: string;
  /** Inputs larger than this many bytes are rejected without being read. */
  readonly maxBytes: number;
  /** URL fetches give up after this many milliseconds. */
  readonly fetchTimeoutMs: number;
  readonly userAgent: string;
  /** ISNAD_DEBUG=1: print stacks of unexpected errors. */
  readonly debug: boolean;
  /** `--outlets` / ISNAD_OUTLETS: the user's outlets file (absolute), merged over data/outlets/outlets.tsv. */
  readonly outletsFile?: string;
  /** Subscriptions and alerts: SMTP server, link secret, public origin, From (src/config/mail.ts). */
  readonly mail: MailConfig;
}

/** Flags a command may carry; undefined means "not given". */
export interface ConfigFlags {
  db?: string;
  port?: string | number;
  host?: string;
  outlets?: string;
  /** `serve --public-url`: the origin of links in pages and emails. */
  publicUrl?: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Default port of `serve`. */
export const DEFAULT_PORT = 8080;
/** Default host of `serve`: loopback only, so a laptop does not publish its store to the network. */
export const DEFAULT_HOST = '127.0.0.1';
/** 10 MiB: larger than any news article page, small enough to hold in memory. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** 15 s for one URL fetch, headers and body together. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const USER_AGENT = 'isnad/0.1 (+https://github.com/isnad)';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Where relative paths are resolved from, and the home folder; the process's by default. */
export interface ConfigPlace {
  cwd?: string;
  home?: string;
}

export function resolveConfig(flags: ConfigFlags, env: Env, place: ConfigPlace = {}): Config {
  const cwd = place.cwd ?? process.cwd();
  const home = place.home ?? homedir();
  const db = flags.db ?? env.ISNAD_DB ?? defaultDbPath(env, home);
  const dbDialect = POSTGRES_URL.test(db) ? 'postgres' : 'sqlite';
  const outlets = flags.outlets ?? env.ISNAD_OUTLETS;
  const mail = resolveMail(flags, env);
  if (!mail.ok) throw new ConfigError(mail.problem);
  return Object.freeze({
    dbPath: dbDialect === 'postgres' ? db : resolve(cwd, db),
    dbDialect,
    port: parsePort(flags.port ?? env.ISNAD_PORT ?? DEFAULT_PORT),
    host: flags.host ?? env.ISNAD_HOST ?? DEFAULT_HOST,
    samplesDir: resolve(cwd, env.ISNAD_SAMPLES ?? join(projectRoot(), 'samples')),
    maxBytes: positiveInt(env.ISNAD_MAX_BYTES ?? DEFAULT_MAX_BYTES, 'ISNAD_MAX_BYTES'),
    fetchTimeoutMs: positiveInt(env.ISNAD_FETCH_TIMEOUT_MS ?? DEFAULT_FETCH_TIMEOUT_MS, 'ISNAD_FETCH_TIMEOUT_MS'),
    userAgent: USER_AGENT,
    debug: env.ISNAD_DEBUG === '1',
    ...(outlets ? { outletsFile: resolve(cwd, outlets) } : {}),
    mail: mail.mail,
  });
}

/** A store location naming a PostgreSQL database rather than a SQLite file. */
const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** `$XDG_DATA_HOME/isnad/isnad.db`, else `~/.local/share/isnad/isnad.db`. */
export function defaultDbPath(env: Env, home: string): string {
  const data = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(data, 'isnad', 'isnad.db');
}

function parsePort(v: string | number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`invalid port: ${v}`);
  return n;
}

function positiveInt(v: string | number, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a positive integer, not ${v}`);
  return n;
}

/** The folder holding isnad's package.json, found from this file whether it runs from src/ or dist/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"isnad"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}
