import { InvalidArgumentError, type Command } from 'commander';
import { resolveConfig, type Config } from '../config/index.js';
import { openStore, type Store } from '../store/index.js';
import type { Io } from './io.js';

/** What every command's action gets: the io and a place to put its exit code. */
export interface CommandContext {
  io: Io;
  /** Records an exit code; the highest wins. */
  exit: (code: number) => void;
}

/** The command's configuration, resolved once: flag > env ISNAD_* > default. */
export function configOf(cmd: Command, ctx: CommandContext): Config {
  return resolveConfig(cmd.optsWithGlobals(), ctx.io.env, { cwd: ctx.io.cwd, ...(ctx.io.env.HOME ? { home: ctx.io.env.HOME } : {}) });
}

/** Runs `fn` with the store open, and closes it whatever happens. */
export async function withStore<T>(config: Config, ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ path: config.dbPath, ...(ctx.io.now ? { now: ctx.io.now } : {}) });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Commander argument parser for a positive integer (`--limit`). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

export type Format = 'json' | 'text';
export const FORMATS: Format[] = ['json', 'text'];
