import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Io } from '../cli/io.js';
import { main } from '../cli/main.js';
import { startTestServer, type TestServer } from './test-server.js';

let dir: string;
let server: TestServer;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), stdoutIsTTY: false, stderrIsTTY: false,
    stdin: (async function* () {})(), env: { ISNAD_DB: join(dir, 'isnad.db') }, cwd: dir, now: () => new Date('2024-10-15T12:00:00Z'),
  };
  return { code: await main(['node', 'isnad', ...args], io), out, err };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-fetch-cli-'));
  server = await startTestServer((req, res) => {
    if (req.url === '/robots.txt') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Envoy denies troop report\n\nThe envoy denied the report on Monday, his office said in a statement.');
  });
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

it('isnad extract refuses a loopback URL unless --allow-private is given', async () => {
  const refused = await run(['extract', `${server.url}/a`]);
  expect(refused).toMatchObject({ code: 1, err: `${server.url}/a: rejected (private-address): 127.0.0.1 is a private, loopback or link-local address (use --allow-private to fetch it)\n` });
  expect(server.requests).toEqual([]);
  const allowed = await run(['extract', '--allow-private', '--format', 'json', `${server.url}/a`]);
  expect(allowed.code).toBe(0);
  expect(JSON.parse(allowed.out)).toMatchObject({ title: 'Envoy denies troop report', url: `${server.url}/a` });
});

it('isnad ingest and analyze take --allow-private too', async () => {
  expect((await run(['ingest', '--allow-private', `${server.url}/a`])).err).toContain('stored 1');
  expect((await run(['analyze', '--allow-private', '--format', 'json', `${server.url}/b`])).code).toBe(0);
});
