import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { TEST_PG_URL } from '../store/testing.js';

// Test helpers of src/jobs: a PostgreSQL database of the test's own, and isnad as a child process.

const ROOT = resolve(import.meta.dirname, '../..');
/** Runs the CLI from source (no build needed): node + tsx loader. */
const ENTRY = join(ROOT, 'src/jobs/test-cli.ts');

export interface TestPg {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database on the test server (CREATE DATABASE with a random name), dropped by `drop`. */
export async function createTestPg(): Promise<TestPg> {
  const name = `isnad_jobs_test_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface Child {
  proc: ChildProcess;
  /** Resolves with the exit code (or the signal's name) and what it wrote. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  stderr: () => string;
}

/** Starts `isnad ARGS` as a child process with `env` added. */
export function isnad(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd, env: { ...process.env, ISNAD_DEBUG: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d) => (stdout += d));
  proc.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((ok) =>
    proc.on('close', (code, signal) => ok({ code, signal, stdout, stderr })));
  return { proc, done, stderr: () => stderr };
}

/** Waits until `check` is true, trying every `everyMs`, failing after `timeoutMs`. */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 200): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
