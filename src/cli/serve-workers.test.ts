// `isnad serve --workers N` as a person runs it: a real child process whose node:cluster workers
// share one loopback port; one worker killed is replaced; Ctrl-C (SIGINT) stops them all; the
// subscription rate limits hold for the site, not per process (one SQLite file for both workers).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IP_BURST } from '../web/routes/subscriptions.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/jobs/test-cli.ts');
/** Requests past the burst: with per-process buckets, round robin would let all of these through. */
const EXTRA = 5;

/** Resolves with the first match of `re` in the stream's text so far, or rejects after `ms`. */
function waitFor(read: () => string, re: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((res, rej) => {
    const started = Date.now();
    const tick = () => {
      const m = read().match(re);
      if (m) return res(m);
      if (Date.now() - started > ms) return rej(new Error(`no ${re} within ${ms} ms in:\n${read()}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

/** The pids of `pid`'s child processes that run the CLI (procps `ps`; tsx's esbuild service is a child too). */
const childrenOf = (pid: number): number[] =>
  execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n')
    .filter((line) => line.includes('test-cli.ts')).map((line) => Number(line.trim().split(/\s+/)[0]));

/** A POST on a connection of its own (no keep-alive), so that the cluster hands each to the next worker. */
function post(url: string, body: unknown): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((res, rej) => {
    const data = JSON.stringify(body);
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), connection: 'close' } }, (r) => {
      r.resume();
      r.on('end', () => res({ status: r.statusCode!, retryAfter: r.headers['retry-after'] }));
    });
    req.on('error', rej);
    req.end(data);
  });
}

describe('isnad serve --workers', () => {
  let child: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Starts `isnad serve --workers 2` on a fresh store; its URL once listening, and its output so far. */
  async function serveTwo(env: Record<string, string> = {}) {
    dir = mkdtempSync(join(tmpdir(), 'isnad-serve-workers-'));
    const io = { out: '', err: '' };
    const c = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--workers', '2', '--port', '0', '--host', '127.0.0.1'], {
      cwd: ROOT, env: { ...process.env, ISNAD_DB: join(dir, 'isnad.db'), ISNAD_DEBUG: '', ...env },
    });
    child = c;
    c.stdout!.on('data', (b: Buffer) => { io.out += b.toString(); });
    c.stderr!.on('data', (b: Buffer) => { io.err += b.toString(); });
    const [, url] = await waitFor(() => io.out, /at (http:\/\/127\.0\.0\.1:\d+\/)/, 90_000);
    expect(io.out).toContain('2 worker processes');
    return { c, url: url!, io };
  }

  /** Ctrl-C: the primary and its workers exit cleanly. */
  async function stop(c: ChildProcess) {
    const exited = new Promise<number | null>((r) => c.once('exit', (code) => r(code)));
    c.kill('SIGINT');
    expect(await exited).toBe(0);
  }

  it('serves from two processes on one port, replaces one that dies, and stops them all on Ctrl-C', async () => {
    const { c, url, io } = await serveTwo();
    const workers = childrenOf(c.pid!);
    expect(workers).toHaveLength(2);
    for (let i = 0; i < 6; i++) expect((await fetch(url)).status).toBe(200);

    process.kill(workers[0]!, 'SIGKILL');
    await waitFor(() => io.err, new RegExp(`worker ${workers[0]} exited \\(SIGKILL\\); starting another`), 30_000);
    // The replacement listens on the same port; until it does, the survivor answers.
    await waitFor(() => (childrenOf(c.pid!).length === 2 ? 'two' : ''), /two/, 60_000);
    for (let i = 0; i < 6; i++) expect((await fetch(url)).status).toBe(200);

    const serving = childrenOf(c.pid!);
    await stop(c);
    // No worker outlives the primary (signal 0 only asks whether the pid exists).
    expect(serving.filter((pid) => { try { process.kill(pid, 0); return true; } catch { return false; } })).toEqual([]);
  }, 180_000);

  it('refuses a subscription request after the burst whichever worker answers it', async () => {
    // Round robin: the primary hands connections to the workers in turn (Linux's default, made explicit).
    const { c, url, io } = await serveTwo({ ISNAD_SECRET: 'test secret', NODE_CLUSTER_SCHED_POLICY: 'rr' });
    const answers = [];
    for (let i = 0; i < IP_BURST + EXTRA; i++) {
      answers.push(await post(`${url}api/v1/subscriptions`, { email: `reader${i}@example.org`, kind: 'entity', target: 'person:peskov' }));
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(IP_BURST).fill(202), ...Array(EXTRA).fill(429)]);
    for (const a of answers.slice(IP_BURST)) expect(Number(a.retryAfter)).toBeGreaterThan(0);
    expect(io.err).not.toMatch(/isnad web:/);
    await stop(c);
  }, 180_000);
});
